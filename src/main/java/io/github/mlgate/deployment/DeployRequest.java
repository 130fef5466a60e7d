package io.github.mlgate.deployment;

import io.github.mlgate.gate.GatePolicy;
import java.nio.file.Path;

/**
 * What the deploy gate needs to run.
 *
 * @param projectDirectory the project's base directory
 * @param deploymentFile the deployment document, or null for the default locations
 * @param scopeFile the scope document, or null for the default locations
 * @param dataPackage the data package descriptor, or null for the default locations
 * @param predictionsFile the predictions file whose scores the served model must reproduce
 * @param scoreColumn the predictions column the model's score is compared with
 * @param policy what counts as a violation
 * @param maxRecordBytes the most bytes a data record may take
 * @param allowOutsideProject whether data files may lie outside the project directory
 * @param runtime loads the model as it will be served
 * @param dataset the dataset the evaluation's evidence is for; the served model's latency and size stand for it
 * @param latencyFile the evaluation's latency file, or null: without one, the served model's timings judge the scope's
 *     latency criteria
 * @param modelFile the evaluation's model file, or null: without one, the served model's size judges the scope's
 *     {@code model_size_mb} criteria
 */
public record DeployRequest(
        Path projectDirectory,
        Path deploymentFile,
        Path scopeFile,
        Path dataPackage,
        Path predictionsFile,
        String scoreColumn,
        GatePolicy policy,
        long maxRecordBytes,
        boolean allowOutsideProject,
        ModelRuntime runtime,
        String dataset,
        Path latencyFile,
        Path modelFile) {}
