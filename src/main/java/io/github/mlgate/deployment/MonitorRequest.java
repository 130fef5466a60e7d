package io.github.mlgate.deployment;

import io.github.mlgate.evaluation.EvaluationRequest;
import io.github.mlgate.gate.GatePolicy;
import java.nio.file.Path;

/**
 * What the monitor gate needs to run.
 *
 * @param projectDirectory the project's base directory
 * @param deploymentFile the deployment document, or null for the default locations
 * @param dataPackage the data package descriptor, or null for the default locations
 * @param policy what counts as a violation
 * @param maxRecordBytes the most bytes a data record may take
 * @param allowOutsideProject whether data files may lie outside the project directory
 * @param evaluation how the evaluation reads and judges predictions, for the production predictions
 */
public record MonitorRequest(
        Path projectDirectory,
        Path deploymentFile,
        Path dataPackage,
        GatePolicy policy,
        long maxRecordBytes,
        boolean allowOutsideProject,
        EvaluationRequest evaluation) {}
