package io.github.mlgate.maven;

import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.evaluation.EvaluationRequest;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.lifecycle.GateRun;
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
public class EvaluateMojo extends AbstractEvidenceMojo {

    /** Slices with fewer rows are reported, not judged. */
    @Parameter(property = "mlgate.minSliceSize", defaultValue = "30")
    private int minSliceSize;

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
    protected List<GateRun> runGates(Path projectDirectory, GatePolicy policy) throws MojoExecutionException {
        GateSettings settings = settings();
        settings.minSliceSize = minSliceSize;
        settings.latencyFile = latencyFile;
        settings.latencyColumn = latencyColumn;
        settings.modelFile = modelFile;
        settings.dataset = dataset;
        settings.confidence = confidence;
        EvaluationRequest request = settings.evaluationRequest(projectDirectory, outputDirectory(), policy);
        try {
            return ranNow(new EvaluationGate().run(request));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "mlgate:evaluate cannot write " + EvaluationGate.METRICS_OUTPUT + ": " + e.getMessage(), e);
        }
    }
}
