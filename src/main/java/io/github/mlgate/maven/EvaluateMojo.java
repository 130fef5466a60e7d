package io.github.mlgate.maven;

import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.evaluation.EvaluationRequest;
import io.github.mlgate.evaluation.PredictionsFormat;
import io.github.mlgate.evaluation.Task;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Evaluates the model, the exit of the modelling stage: computes its metrics from the predictions (and reads any
 * metrics file, latencies and model size), then judges every model success criterion of the scope document. A
 * criterion whose metric is not measured fails. The measured metrics go to {@code target/mlgate/metrics.json}. See
 * {@code docs/evaluation.md}.
 */
@Mojo(name = "evaluate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class EvaluateMojo extends AbstractGateMojo {

    /**
     * The scope document whose {@code successCriteria.model} are judged. When not set, {@code src/ml/scope.yaml},
     * {@code .yml} or {@code .json}.
     */
    @Parameter(property = "mlgate.scopeFile")
    private File scopeFile;

    /** The predictions CSV, one row per test example with a header row; the gate scores it itself. */
    @Parameter(property = "mlgate.predictions", defaultValue = "${project.build.directory}/ml/predictions.csv")
    private File predictionsFile;

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

    /** Slices with fewer rows are reported, not judged. */
    @Parameter(property = "mlgate.minSliceSize", defaultValue = "30")
    private int minSliceSize;

    /**
     * A metrics file written by a training tool: {@code {"metrics": {...}, "slices": {"col=value": {...}}}}. Metrics
     * computed from the predictions take precedence over the same names here.
     */
    @Parameter(property = "mlgate.metrics", defaultValue = "${project.build.directory}/ml/metrics.json")
    private File metricsFile;

    /** Measured latencies in milliseconds: one per line, or a CSV column named by {@code latencyColumn}. */
    @Parameter(property = "mlgate.latencyFile")
    private File latencyFile;

    /** The CSV column of {@code latencyFile} holding the latencies; unset for one number per line. */
    @Parameter(property = "mlgate.latencyColumn")
    private String latencyColumn;

    /** The model artifact (a file or a directory) whose size becomes {@code model_size_mb}. */
    @Parameter(property = "mlgate.modelFile")
    private File modelFile;

    /** The dataset the evidence comes from; criteria naming another dataset fail as not measured. */
    @Parameter(property = "mlgate.dataset", defaultValue = "test")
    private String dataset;

    /**
     * A confidence level (for example {@code 0.95}) for every criterion that sets none: the gate then judges the
     * least favourable bound of a bootstrap interval (the lower bound against {@code min}, the upper against
     * {@code max}) instead of the measured value. Unset: measured values are judged.
     */
    @Parameter(property = "mlgate.confidence")
    private Double confidence;

    /** How many bootstrap resamples a confidence interval takes. */
    @Parameter(property = "mlgate.bootstrap.resamples", defaultValue = "1000")
    private int bootstrapResamples;

    /** The bootstrap's seed: the same seed, data and resamples give the same intervals. */
    @Parameter(property = "mlgate.bootstrap.seed", defaultValue = "20261126")
    private long bootstrapSeed;

    /** Skips the evaluation gate alone. */
    @Parameter(property = "mlgate.evaluate.skip", defaultValue = "false")
    private boolean skipEvaluate;

    @Override
    protected String gateName() {
        return EvaluationGate.NAME;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipEvaluate;
    }

    @Override
    protected GateResult runGate(Path projectDirectory, GatePolicy policy) throws MojoExecutionException {
        Task parsedTask;
        try {
            parsedTask = Task.named(task);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "mlgate:evaluate cannot run: task is '" + task + "'; use binary, multiclass or regression.");
        }
        if (!(decisionThreshold >= 0 && decisionThreshold <= 1)) {
            throw new MojoExecutionException("mlgate:evaluate cannot run: decisionThreshold is " + decisionThreshold
                    + "; use a value in [0, 1].");
        }
        if (confidence != null && !(confidence > 0 && confidence < 1)) {
            throw new MojoExecutionException("mlgate:evaluate cannot run: confidence is " + confidence
                    + "; use a level between 0 and 1, such" + " as 0.95.");
        }
        if (bootstrapResamples < 100) {
            throw new MojoExecutionException("mlgate:evaluate cannot run: bootstrapResamples is " + bootstrapResamples
                    + "; use 100 or more (1000 is usual).");
        }
        if (minSliceSize < 1) {
            throw new MojoExecutionException(
                    "mlgate:evaluate cannot run: minSliceSize is " + minSliceSize + "; use 1 or more.");
        }
        PredictionsFormat format = new PredictionsFormat(
                parsedTask,
                labelColumn,
                predictionColumn,
                scoreColumn,
                positiveLabel,
                decisionThreshold,
                sliceColumns == null ? List.of() : sliceColumns);
        EvaluationRequest request = new EvaluationRequest(
                projectDirectory,
                path(scopeFile),
                predictionsFile.toPath(),
                format,
                metricsFile.toPath(),
                path(latencyFile),
                latencyColumn,
                path(modelFile),
                dataset,
                minSliceSize,
                confidence,
                bootstrapResamples,
                bootstrapSeed,
                outputDirectory(),
                policy);
        try {
            return new EvaluationGate().run(request);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "mlgate:evaluate cannot write " + EvaluationGate.METRICS_OUTPUT + ": " + e.getMessage(), e);
        }
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
