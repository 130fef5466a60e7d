package io.github.mlgate.deployment;

import io.github.mlgate.drift.Bins;
import io.github.mlgate.drift.CategoricalSample;
import io.github.mlgate.drift.Drift;
import io.github.mlgate.drift.NumericSample;
import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.evaluation.EvaluationRequest;
import io.github.mlgate.evaluation.PredictionScores;
import io.github.mlgate.evaluation.Task;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model on labelled production data: the drift of its scores from the evaluation's, and the monitoring criteria
 * judged on the production predictions with the evaluation gate's own metrics.
 */
final class ProductionPredictions {

    /** The name the scores take among the watched fields. */
    static final String SCORES = "(model scores)";

    /** The name a multiclass model's predicted classes take among the watched fields. */
    static final String CLASSES = "(predicted classes)";

    private static final String CRITERIA_CHECK = "production-criteria";
    private static final String CRITERIA_DESCRIPTION =
            "monitoring.criteria are judged on labelled production predictions";

    private ProductionPredictions() {}

    /**
     * Compares the production scores with the evaluated ones, by the numeric rule, and adds them to the summary.
     *
     * @return the summary with the scores as one more field; the summary as it was when they cannot be read
     */
    static DriftSummary scoreDrift(
            MonitorRequest request, MonitoringPlan plan, DriftSummary summary, Findings findings) {
        EvaluationRequest evaluation = request.evaluation();
        Path base = request.projectDirectory();
        Path evaluated = base.resolve(evaluation.predictionsFile());
        Path production = base.resolve(plan.predictions());
        if (evaluation.format().task() == Task.MULTICLASS) {
            return classDrift(evaluation, plan, summary, base, evaluated, production, findings);
        }
        NumericSample before = scores(evaluated, base, evaluation, plan, findings);
        NumericSample after = scores(production, base, evaluation, plan, findings);
        if (before == null || after == null) {
            return summary;
        }
        DriftRule rule =
                plan.numeric() != null ? plan.numeric() : DriftRule.byDefault(true, before.size(), before.distinct());
        return judged(
                new Output(SCORES, "number", "scores"),
                rule,
                rule.method().measure(before, after),
                Bins.sturges(before, after),
                " Their median is " + Numbers.format(before.median()) + " in the evaluation and "
                        + Numbers.format(after.median()) + " in production.",
                summary,
                ProjectFiles.display(base, evaluated),
                ProjectFiles.display(base, production),
                plan,
                findings);
    }

    /**
     * A multiclass model's scores are one column per class; what it hands on is its predicted class, so its prediction
     * drift is the drift of the predicted classes' shares (as Evidently measures a classifier's prediction drift), by
     * the categorical rule.
     */
    private static DriftSummary classDrift(
            EvaluationRequest evaluation,
            MonitoringPlan plan,
            DriftSummary summary,
            Path base,
            Path evaluated,
            Path production,
            Findings findings) {
        CategoricalSample before = classes(evaluated, base, evaluation, findings);
        CategoricalSample after = classes(production, base, evaluation, findings);
        if (before == null || after == null) {
            return summary;
        }
        DriftRule rule = plan.categorical() != null
                ? plan.categorical()
                : DriftRule.byDefault(false, before.size(), before.distinct());
        Bins bins = Bins.categories(before, after);
        return judged(
                new Output(CLASSES, "string", "predicted classes"),
                rule,
                rule.method().measure(before, after),
                bins,
                MonitorGate.mostMoved(bins, "the evaluation", "production"),
                summary,
                ProjectFiles.display(base, evaluated),
                ProjectFiles.display(base, production),
                plan,
                findings);
    }

    /**
     * What of the model's output is watched.
     *
     * @param field its name among the watched fields
     * @param type its type there
     * @param what what a finding calls it
     */
    private record Output(String field, String type, String what) {}

    /**
     * Judges the drift of the model's output against its rule and adds it to the summary as one more watched field.
     *
     * @param shift where the two samples differ, as a sentence that follows the verdict
     */
    private static DriftSummary judged(
            Output output,
            DriftRule rule,
            Drift drift,
            Bins bins,
            String shift,
            DriftSummary summary,
            String evaluated,
            String production,
            MonitoringPlan plan,
            Findings findings) {
        boolean crosses = drift.crosses(rule.threshold());
        if (crosses) {
            findings.error(
                    "prediction-drift",
                    "The model's " + output.what() + " drifted from the evaluation (" + evaluated + ") to production ("
                            + production + "): " + MonitorGate.describe(drift) + " is "
                            + (drift.method().isTest() ? "below" : "above") + " its bound "
                            + Numbers.bound(rule.threshold()) + " (" + rule.source() + ")." + shift,
                    plan.locate("predictions"));
        }
        long[] sizes = {
            java.util.Arrays.stream(bins.reference()).sum(),
            java.util.Arrays.stream(bins.current()).sum()
        };
        List<DriftSummary.FieldDrift> fields = new ArrayList<>(summary.fields());
        fields.add(new DriftSummary.FieldDrift(
                output.field(),
                output.type(),
                drift.method().label(),
                drift.value(),
                drift.statistic(),
                rule.threshold(),
                crosses,
                rule.source(),
                sizes[0],
                sizes[1],
                ShownBins.of(bins)));
        return new DriftSummary(summary.reference(), summary.current(), fields);
    }

    /** A multiclass predictions file's predicted classes, counted, or null when it cannot be read. */
    private static CategoricalSample classes(Path file, Path base, EvaluationRequest evaluation, Findings findings) {
        Map<String, Long> counts = PredictionScores.predictedClasses(
                file, ProjectFiles.display(base, file), evaluation.format(), findings, evaluation.predictionsCache());
        return counts == null || counts.isEmpty() ? null : CategoricalSample.of(counts);
    }

    /** A predictions file's scores, NaN left out, or null when the file cannot be read (its findings say why). */
    private static NumericSample scores(
            Path file, Path base, EvaluationRequest evaluation, MonitoringPlan plan, Findings findings) {
        String shown = ProjectFiles.display(base, file);
        Findings reading = new Findings();
        double[] scores =
                PredictionScores.read(file, shown, evaluation.format(), reading, evaluation.predictionsCache());
        reading.list().forEach(findings::add);
        if (scores == null) {
            if (reading.list().stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
                findings.info(
                        "prediction-drift",
                        "The predictions file " + shown + " has no score column: the scores' drift is not measured.",
                        plan.locate("predictions"));
            }
            return null;
        }
        double[] values =
                Arrays.stream(scores).filter(score -> !Double.isNaN(score)).toArray();
        return values.length == 0 ? null : NumericSample.of(values, values.length);
    }

    /**
     * Judges the monitoring criteria on the production predictions, as the evaluation gate judges the scope's on the
     * test set; their metrics go to {@code monitor/metrics.json} of the output directory.
     *
     * @throws IOException when the metrics cannot be written
     */
    static void judge(
            MonitorRequest request, MonitoringPlan plan, List<CheckResult> results, Map<String, Record> sections)
            throws IOException {
        if (plan.criteria().isEmpty()) {
            return;
        }
        Path base = request.projectDirectory();
        if (plan.predictions() == null) {
            Findings findings = new Findings();
            findings.error(
                    "no-evidence",
                    "monitoring.criteria are judged on labelled production predictions: name their file in"
                            + " monitoring.predictions.",
                    plan.locate("criteria"));
            results.add(CheckResult.ran(CRITERIA_CHECK, CRITERIA_DESCRIPTION, findings.list()));
            return;
        }
        Path production = base.resolve(plan.predictions());
        if (!Files.isRegularFile(production)) {
            results.add(CheckResult.skipped(
                    CRITERIA_CHECK,
                    CRITERIA_DESCRIPTION,
                    "the production predictions " + ProjectFiles.display(base, production) + " do not exist"));
            return;
        }
        EvaluationRequest evaluation = request.evaluation();
        Path output = evaluation.outputDirectory().resolve("monitor");
        EvaluationRequest onProduction = new EvaluationRequest(
                base,
                evaluation.scopeFile(),
                production,
                evaluation.format(),
                output.resolve("no-metrics-file.json"),
                null,
                null,
                null,
                MonitoringPlan.PRODUCTION,
                evaluation.minSliceSize(),
                evaluation.confidence(),
                evaluation.resamples(),
                evaluation.seed(),
                output,
                evaluation.policy(),
                new io.github.mlgate.evaluation.PredictionsCache(),
                Set.of(production),
                null,
                null);
        Files.createDirectories(output);
        EvaluationGate.measureAndJudge(onProduction, plan.criteria(), results, sections);
    }
}
