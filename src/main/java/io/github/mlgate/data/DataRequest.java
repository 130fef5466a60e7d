package io.github.mlgate.data;

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
 */
public record DataRequest(
        Path projectDirectory, Path dataPackage, int maxReportedErrors, Path outputDirectory, GatePolicy policy) {

    /** Checks the required parts. */
    public DataRequest {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(policy, "policy");
    }
}
