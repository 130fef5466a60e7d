package io.github.mlgate.data;

import io.github.mlgate.csv.CsvReader;
import io.github.mlgate.data.engine.SqlEngines;
import io.github.mlgate.data.resource.DataProgress;
import io.github.mlgate.gate.GatePolicy;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the data gate needs to run.
 *
 * @param projectDirectory the project's base directory
 * @param dataPackage the descriptor, or null for {@code src/ml/datapackage.yaml}, {@code .yml} or {@code .json}
 * @param maxReportedErrors how many errors of each code are reported one by one; every error is counted
 * @param outputDirectory where {@code profile/<resource>.json} is written, or null to write no profile files
 * @param policy what counts as a violation
 * @param progress hears how far long work has got
 * @param progressIntervalNanos the least time between two progress reports
 * @param maxRecordBytes the most bytes a record (a row with its line break) may take
 * @param allowOutsideProject whether data and schema files may lie outside the project directory
 * @param engines opens connections to the engines that check Parquet files and tables where they are
 */
public record DataRequest(
        Path projectDirectory,
        Path dataPackage,
        int maxReportedErrors,
        Path outputDirectory,
        GatePolicy policy,
        DataProgress progress,
        long progressIntervalNanos,
        long maxRecordBytes,
        boolean allowOutsideProject,
        SqlEngines engines) {

    /**
     * A request whose engines' drivers are on the plugin's class path.
     *
     * @param projectDirectory the project's base directory
     * @param dataPackage the descriptor, or null for the default locations
     * @param maxReportedErrors errors of each code reported one by one
     * @param outputDirectory where profiles are written, or null
     * @param policy what counts as a violation
     * @param progress hears how far long work has got
     * @param progressIntervalNanos the least time between two progress reports
     * @param maxRecordBytes the most bytes a record may take
     * @param allowOutsideProject whether data and schema files may lie outside the project directory
     */
    public DataRequest(
            Path projectDirectory,
            Path dataPackage,
            int maxReportedErrors,
            Path outputDirectory,
            GatePolicy policy,
            DataProgress progress,
            long progressIntervalNanos,
            long maxRecordBytes,
            boolean allowOutsideProject) {
        this(
                projectDirectory,
                dataPackage,
                maxReportedErrors,
                outputDirectory,
                policy,
                progress,
                progressIntervalNanos,
                maxRecordBytes,
                allowOutsideProject,
                SqlEngines.ON_CLASS_PATH);
    }

    /**
     * A request without progress reports.
     *
     * @param projectDirectory the project's base directory
     * @param dataPackage the descriptor, or null for the default locations
     * @param maxReportedErrors errors of each code reported one by one
     * @param outputDirectory where profiles are written, or null
     * @param policy what counts as a violation
     */
    public DataRequest(
            Path projectDirectory, Path dataPackage, int maxReportedErrors, Path outputDirectory, GatePolicy policy) {
        this(
                projectDirectory,
                dataPackage,
                maxReportedErrors,
                outputDirectory,
                policy,
                DataProgress.NONE,
                DataProgress.DEFAULT_INTERVAL,
                CsvReader.DEFAULT_MAX_RECORD_BYTES,
                false);
    }

    /**
     * This request with other rules for reading data files.
     *
     * @param maxBytes the most bytes a record may take
     * @param outsideProject whether data and schema files may lie outside the project
     * @return the request
     */
    public DataRequest reading(long maxBytes, boolean outsideProject) {
        return new DataRequest(
                projectDirectory,
                dataPackage,
                maxReportedErrors,
                outputDirectory,
                policy,
                progress,
                progressIntervalNanos,
                maxBytes,
                outsideProject,
                engines);
    }

    /** Checks the required parts. */
    public DataRequest {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(engines, "engines");
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
    }
}
