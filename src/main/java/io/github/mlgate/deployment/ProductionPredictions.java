package io.github.mlgate.deployment;

import io.github.mlgate.csv.CsvReader;
import io.github.mlgate.csv.Dialect;
import io.github.mlgate.drift.Bins;
import io.github.mlgate.drift.Drift;
import io.github.mlgate.drift.NumericSample;
import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.evaluation.EvaluationRequest;
import io.github.mlgate.evaluation.Task;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.gate.ProjectFiles;
import java.io.BufferedInputStream;
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
        if (evaluation.format().task() == Task.MULTICLASS) {
            findings.info(
                    "prediction-drift",
                    "The scores of a multiclass model are one column per class: their drift is not measured.",
                    plan.locate("predictions"));
            return summary;
        }
        String column = evaluation.format().task() == Task.REGRESSION
                ? evaluation.format().predictionColumn()
                : evaluation.format().scoreColumn();
        Path base = request.projectDirectory();
        Path evaluated = base.resolve(evaluation.predictionsFile());
        Path production = base.resolve(plan.predictions());
        NumericSample before = column(evaluated, ProjectFiles.display(base, evaluated), column, plan, findings);
        NumericSample after = column(production, ProjectFiles.display(base, production), column, plan, findings);
        if (before == null || after == null) {
            return summary;
        }
        DriftRule rule =
                plan.numeric() != null ? plan.numeric() : DriftRule.byDefault(true, before.size(), before.distinct());
        Drift drift = rule.method().measure(before, after);
        boolean crosses = drift.crosses(rule.threshold());
        if (crosses) {
            findings.error(
                    "prediction-drift",
                    "The model's scores drifted from the evaluation (" + ProjectFiles.display(base, evaluated)
                            + ") to production (" + ProjectFiles.display(base, production) + "): "
                            + MonitorGate.describe(drift) + " is "
                            + (drift.method().isTest() ? "below" : "above") + " its bound "
                            + Numbers.bound(rule.threshold()) + " (" + rule.source() + "). Their median is "
                            + Numbers.format(before.median()) + " in the evaluation and "
                            + Numbers.format(after.median()) + " in production.",
                    plan.locate("predictions"));
        }
        List<DriftSummary.FieldDrift> fields = new ArrayList<>(summary.fields());
        fields.add(new DriftSummary.FieldDrift(
                SCORES,
                "number",
                drift.method().label(),
                drift.value(),
                drift.statistic(),
                rule.threshold(),
                crosses,
                rule.source(),
                before.size(),
                after.size(),
                ShownBins.of(Bins.sturges(before, after))));
        return new DriftSummary(summary.reference(), summary.current(), fields);
    }

    /** A numeric column of a predictions file, or null with an error when it cannot be read. */
    private static NumericSample column(Path file, String shown, String name, MonitoringPlan plan, Findings findings) {
        if (!Files.isRegularFile(file)) {
            findings.error(
                    "source-error",
                    "The predictions file " + shown + " does not exist (monitoring.predictions names the production"
                            + " one, predictionsFile / mlgate.predictions the evaluated one).",
                    plan.locate("predictions"));
            return null;
        }
        double[] values = new double[1024];
        int count = 0;
        try (CsvReader csv = new CsvReader(new BufferedInputStream(Files.newInputStream(file)), Dialect.CSV)) {
            if (!csv.next()) {
                findings.error(
                        "source-error", "The predictions file " + shown + " is empty.", plan.locate("predictions"));
                return null;
            }
            int at = -1;
            for (int i = 0; i < csv.fields(); i++) {
                if (csv.text(i).equals(name)) {
                    at = i;
                }
            }
            if (at < 0) {
                findings.error(
                        "missing-column",
                        "The predictions file " + shown + " has no column '" + name + "'.",
                        plan.locate("predictions"));
                return null;
            }
            while (csv.next()) {
                if (csv.isBlank() || at >= csv.fields() || csv.isEmpty(at)) {
                    continue;
                }
                double value;
                try {
                    value = Double.parseDouble(csv.text(at).strip());
                } catch (NumberFormatException e) {
                    findings.error(
                            "invalid-row",
                            shown + ", line " + csv.recordLine() + ": '" + csv.text(at) + "' in column '" + name
                                    + "' is not a number.",
                            plan.locate("predictions"));
                    return null;
                }
                if (Double.isNaN(value)) {
                    continue;
                }
                if (count == values.length) {
                    values = Arrays.copyOf(values, count * 2);
                }
                values[count++] = value;
            }
        } catch (IOException e) {
            findings.error(
                    "source-error",
                    "The predictions file " + shown + " cannot be read: " + e.getMessage(),
                    plan.locate("predictions"));
            return null;
        }
        if (count == 0) {
            findings.error(
                    "no-values", "The predictions file " + shown + " holds no scores.", plan.locate("predictions"));
            return null;
        }
        return NumericSample.of(values, count);
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
                Set.of(production));
        Files.createDirectories(output);
        EvaluationGate.measureAndJudge(onProduction, plan.criteria(), results, sections);
    }
}
