package io.github.mlgate.baseline;

import io.github.mlgate.evaluation.PredictionsCache;
import io.github.mlgate.evaluation.PredictionsFormat;
import io.github.mlgate.gate.GatePolicy;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the baseline gate needs to run.
 *
 * @param projectDirectory the project's base directory; relative paths resolve against it
 * @param scopeFile the scope document with the baselines and comparisons, or null for the default locations
 * @param predictionsFile the candidate's predictions
 * @param metricsFile the candidate's metrics file
 * @param format how to read the candidate's and the baselines' predictions
 * @param defaultVersionRange the range of an artifact baseline that names none, usually {@code (,<this version>)}
 * @param failOnMissing whether a baseline whose evidence cannot be found is an error (else a warning)
 * @param resamples resamples of a paired bootstrap significance test
 * @param seed the bootstrap's seed
 * @param resolver finds earlier releases' metrics
 * @param policy what counts as a violation
 * @param predictionsCache the build's last read predictions, shared with the evaluation gate
 */
public record BaselineRequest(
        Path projectDirectory,
        Path scopeFile,
        Path predictionsFile,
        Path metricsFile,
        PredictionsFormat format,
        String defaultVersionRange,
        boolean failOnMissing,
        int resamples,
        long seed,
        ReleaseResolver resolver,
        GatePolicy policy,
        PredictionsCache predictionsCache) {

    /** Checks the required parts. */
    public BaselineRequest {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(predictionsFile, "predictionsFile");
        Objects.requireNonNull(metricsFile, "metricsFile");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(defaultVersionRange, "defaultVersionRange");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(predictionsCache, "predictionsCache");
    }
}
