package io.github.mlgate.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the gates that measure the model from its evidence: where the scope document, the predictions
 * and the metrics file are, how to read the predictions, and the bootstrap's settings.
 */
public abstract class AbstractEvidenceMojo extends AbstractGateMojo {

    /** The scope document. When not set, {@code src/ml/scope.yaml}, {@code .yml} or {@code .json}. */
    @Parameter(property = "mlgate.scopeFile")
    private File scopeFile;

    /** The predictions CSV, one row per test example with a header row; the gate scores it itself. */
    @Parameter(property = "mlgate.predictions", defaultValue = "${project.build.directory}/ml/predictions.csv")
    private File predictionsFile;

    /**
     * A metrics file written by a training tool: {@code {"metrics": {...}, "slices": {"col=value": {...}}}}. Metrics
     * computed from the predictions take precedence over the same names here.
     */
    @Parameter(property = "mlgate.metrics", defaultValue = "${project.build.directory}/ml/metrics.json")
    private File metricsFile;

    /** What the model predicts: {@code binary}, {@code multiclass} or {@code regression}. */
    @Parameter(property = "mlgate.task", defaultValue = "binary")
    private String task;

    /** The predictions column holding the actual value or class. */
    @Parameter(property = "mlgate.labelColumn", defaultValue = "label")
    private String labelColumn;

    /**
     * The predictions column holding the predicted value or class. For classification it may be left out when
     * scores are given: binary predictions then apply {@code decisionThreshold}, multiclass ones take the class
     * with the highest score.
     */
    @Parameter(property = "mlgate.predictionColumn", defaultValue = "prediction")
    private String predictionColumn;

    /**
     * Binary: the column with the probability of the positive class. Multiclass: the prefix of one column per
     * class, {@code <scoreColumn>_<class>}.
     */
    @Parameter(property = "mlgate.scoreColumn", defaultValue = "score")
    private String scoreColumn;

    /** Binary: the value of the positive class in the label and prediction columns. */
    @Parameter(property = "mlgate.positiveLabel", defaultValue = "1")
    private String positiveLabel;

    /** Binary without a prediction column: a score at or above this predicts the positive class. */
    @Parameter(property = "mlgate.decisionThreshold", defaultValue = "0.5")
    private double decisionThreshold;

    /** Columns whose values define slices; every metric is also computed per value ({@code column=value}). */
    @Parameter(property = "mlgate.sliceColumns")
    private List<String> sliceColumns;

    /** How many bootstrap resamples a confidence interval or a paired significance test takes. */
    @Parameter(property = "mlgate.bootstrap.resamples", defaultValue = "1000")
    private int bootstrapResamples;

    /** The bootstrap's seed: the same seed, data and resamples give the same intervals and p-values. */
    @Parameter(property = "mlgate.bootstrap.seed", defaultValue = "20261126")
    private long bootstrapSeed;

    /**
     * This goal's settings of the gates: the scope document, the evidence and how to read it.
     *
     * @return the settings, for a goal to complete with its own
     */
    GateSettings settings() {
        GateSettings settings = new GateSettings();
        settings.goal = gateName();
        settings.scopeFile = scopeFile;
        settings.predictionsFile = predictionsFile;
        settings.metricsFile = metricsFile;
        settings.task = task;
        settings.labelColumn = labelColumn;
        settings.predictionColumn = predictionColumn;
        settings.scoreColumn = scoreColumn;
        settings.positiveLabel = positiveLabel;
        settings.decisionThreshold = decisionThreshold;
        settings.sliceColumns = sliceColumns;
        settings.bootstrapResamples = bootstrapResamples;
        settings.bootstrapSeed = bootstrapSeed;
        return settings;
    }
}
