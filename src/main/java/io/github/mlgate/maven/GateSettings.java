package io.github.mlgate.maven;

import io.github.mlgate.baseline.BaselineRequest;
import io.github.mlgate.baseline.ReleaseResolver;
import io.github.mlgate.data.DataProgress;
import io.github.mlgate.data.DataRequest;
import io.github.mlgate.evaluation.EvaluationRequest;
import io.github.mlgate.evaluation.PredictionsFormat;
import io.github.mlgate.evaluation.Task;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.lifecycle.CheckRequest;
import io.github.mlgate.lifecycle.LifecycleCheck;
import io.github.mlgate.scope.ScopeRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The settings of every gate, as the goals that run them all ({@code check} and {@code report}) are configured:
 * checked once here and turned into the engine's {@link CheckRequest}, so both goals run the gates alike.
 */
final class GateSettings {

    String goal;
    File scopeFile;
    File dataPackage;
    int maxReportedErrors;
    File predictionsFile;
    File metricsFile;
    String task;
    String labelColumn;
    String predictionColumn;
    String scoreColumn;
    String positiveLabel;
    double decisionThreshold;
    List<String> sliceColumns;
    int bootstrapResamples;
    long bootstrapSeed;
    int minSliceSize;
    File latencyFile;
    String latencyColumn;
    File modelFile;
    String dataset;
    Double confidence;
    String onMissing;
    String versionRange;
    String gates;
    boolean force;
    final Map<String, String> switchedOff = new LinkedHashMap<>();

    /**
     * The request of one run of every gate.
     *
     * @param projectDirectory the project's base directory
     * @param outputDirectory where outputs and stored results go
     * @param toolVersion the plugin's version
     * @param policy what counts as a violation
     * @param resolver resolves earlier releases for artifact baselines
     * @param progress receives the data gate's progress
     * @return the request
     * @throws MojoExecutionException when a setting has a value the gates cannot use
     */
    CheckRequest request(
            Path projectDirectory,
            Path outputDirectory,
            String toolVersion,
            GatePolicy policy,
            ReleaseResolver resolver,
            DataProgress progress)
            throws MojoExecutionException {
        return new CheckRequest(
                outputDirectory,
                toolVersion,
                selected(),
                !force,
                new ScopeRequest(projectDirectory, path(scopeFile), policy),
                dataRequest(projectDirectory, outputDirectory, policy, progress),
                evaluationRequest(projectDirectory, outputDirectory, policy),
                baselineRequest(projectDirectory, policy, resolver),
                switchedOff);
    }

    /**
     * The data gate's request.
     *
     * @param projectDirectory the project's base directory
     * @param outputDirectory where the profiles go
     * @param policy what counts as a violation
     * @param progress receives progress on long work
     * @return the request
     * @throws MojoExecutionException when a setting has a value the gate cannot use
     */
    DataRequest dataRequest(Path projectDirectory, Path outputDirectory, GatePolicy policy, DataProgress progress)
            throws MojoExecutionException {
        if (maxReportedErrors < 0) {
            throw cannotRun("maxReportedErrors is " + maxReportedErrors + "; use 0 or more.");
        }
        return new DataRequest(
                projectDirectory,
                path(dataPackage),
                maxReportedErrors,
                outputDirectory,
                policy,
                progress,
                DataRequest.DEFAULT_PROGRESS_INTERVAL);
    }

    /**
     * The evaluation gate's request.
     *
     * @param projectDirectory the project's base directory
     * @param outputDirectory where {@code metrics.json} goes
     * @param policy what counts as a violation
     * @return the request
     * @throws MojoExecutionException when a setting has a value the gate cannot use
     */
    EvaluationRequest evaluationRequest(Path projectDirectory, Path outputDirectory, GatePolicy policy)
            throws MojoExecutionException {
        PredictionsFormat format = format();
        if (confidence != null && !(confidence > 0 && confidence < 1)) {
            throw cannotRun("confidence is " + confidence + "; use a level between 0 and 1, such as 0.95.");
        }
        if (minSliceSize < 1) {
            throw cannotRun("minSliceSize is " + minSliceSize + "; use 1 or more.");
        }
        return new EvaluationRequest(
                projectDirectory,
                path(scopeFile),
                path(predictionsFile),
                format,
                path(metricsFile),
                path(latencyFile),
                latencyColumn,
                path(modelFile),
                dataset,
                minSliceSize,
                confidence,
                bootstrapResamples,
                bootstrapSeed,
                outputDirectory,
                policy);
    }

    /**
     * The baseline gate's request.
     *
     * @param projectDirectory the project's base directory
     * @param policy what counts as a violation
     * @param resolver resolves earlier releases for artifact baselines
     * @return the request
     * @throws MojoExecutionException when a setting has a value the gate cannot use
     */
    BaselineRequest baselineRequest(Path projectDirectory, GatePolicy policy, ReleaseResolver resolver)
            throws MojoExecutionException {
        PredictionsFormat format = format();
        if (!"fail".equals(onMissing) && !"warn".equals(onMissing)) {
            throw cannotRun("onMissing is '" + onMissing + "'; use fail or warn.");
        }
        return new BaselineRequest(
                projectDirectory,
                path(scopeFile),
                path(predictionsFile),
                path(metricsFile),
                format,
                versionRange,
                "fail".equals(onMissing),
                bootstrapResamples,
                bootstrapSeed,
                resolver,
                policy);
    }

    /**
     * Records a gate's own skip switch.
     *
     * @param gate the gate
     * @param skipped whether {@code mlgate.<gate>.skip} is set
     */
    void switchOff(String gate, boolean skipped) {
        if (skipped) {
            switchedOff.put(gate, "skipped by mlgate." + gate + ".skip");
        }
    }

    private List<String> selected() throws MojoExecutionException {
        List<String> names = new ArrayList<>();
        if (gates == null || gates.isBlank()) {
            return names;
        }
        for (String part : gates.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!LifecycleCheck.GATES.contains(name)) {
                throw cannotRun("gates names '" + part.strip() + "', which is not a gate; use any of "
                        + String.join(", ", LifecycleCheck.GATES) + ".");
            }
            names.add(name);
        }
        return names;
    }

    /**
     * How to read the predictions, checked.
     *
     * @return the format
     * @throws MojoExecutionException when a setting has a value the gates cannot use
     */
    PredictionsFormat format() throws MojoExecutionException {
        Task parsedTask;
        try {
            parsedTask = Task.named(task);
        } catch (IllegalArgumentException e) {
            throw cannotRun("task is '" + task + "'; use binary, multiclass or regression.");
        }
        if (!(decisionThreshold >= 0 && decisionThreshold <= 1)) {
            throw cannotRun("decisionThreshold is " + decisionThreshold + "; use a value in [0, 1].");
        }
        if (bootstrapResamples < 100) {
            throw cannotRun("bootstrapResamples is " + bootstrapResamples + "; use 100 or more (1000 is usual).");
        }
        return new PredictionsFormat(
                parsedTask,
                labelColumn,
                predictionColumn,
                scoreColumn,
                positiveLabel,
                decisionThreshold,
                sliceColumns == null ? List.of() : sliceColumns);
    }

    private MojoExecutionException cannotRun(String problem) {
        return new MojoExecutionException("mlgate:" + goal + " cannot run: " + problem);
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
