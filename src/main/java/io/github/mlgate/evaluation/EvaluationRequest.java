package io.github.mlgate.evaluation;

import io.github.mlgate.gate.GatePolicy;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the evaluation gate needs to run.
 *
 * @param projectDirectory the project's base directory; relative paths resolve against it
 * @param scopeFile the scope document holding the success criteria, or null for the default locations
 * @param predictionsFile the predictions CSV; used when it exists
 * @param format how to read the predictions
 * @param metricsFile a metrics file written by a training tool; used when it exists
 * @param latencyFile measured latencies, or null
 * @param latencyColumn the CSV column of the latencies, or null for one number per line
 * @param modelFile the model artifact whose size is measured, or null
 * @param dataset the dataset the evidence is for
 * @param minSliceSize slices with fewer rows are reported, not judged
 * @param confidence the confidence level for criteria that set none, or null to judge measured values
 * @param resamples how many bootstrap resamples an interval takes
 * @param seed the bootstrap's seed, so intervals are reproducible
 * @param outputDirectory where {@code metrics.json} is written
 * @param policy what counts as a violation
 * @param predictionsCache the build's last read predictions, shared with the baseline gate
 * @param configuredEvidence the evidence files the user named (rather than left at their default locations): each must
 *     exist
 * @param deploymentDocument the deployment document when the project has one, else null: the deploy gate then times
 *     the served model and judges the latency and size criteria no file here speaks for
 * @param deployAbsent why the deploy gate does not run in this build, or null when it does: the criteria it would
 *     judge are then errors here
 */
public record EvaluationRequest(
        Path projectDirectory,
        Path scopeFile,
        Path predictionsFile,
        PredictionsFormat format,
        Path metricsFile,
        Path latencyFile,
        String latencyColumn,
        Path modelFile,
        String dataset,
        int minSliceSize,
        Double confidence,
        int resamples,
        long seed,
        Path outputDirectory,
        GatePolicy policy,
        PredictionsCache predictionsCache,
        java.util.Set<Path> configuredEvidence,
        Path deploymentDocument,
        String deployAbsent) {

    /** Checks the required parts. */
    public EvaluationRequest {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(predictionsFile, "predictionsFile");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(metricsFile, "metricsFile");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(predictionsCache, "predictionsCache");
        configuredEvidence = java.util.Set.copyOf(configuredEvidence);
    }
}
