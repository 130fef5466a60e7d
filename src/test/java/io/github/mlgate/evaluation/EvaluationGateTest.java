package io.github.mlgate.evaluation;

import static io.github.mlgate.gate.TestFindings.messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationGateTest {

    private static final String SCOPE_HEAD = "successCriteria:\n  model:\n";

    @TempDir
    Path project;

    /** The request's confidence level; null judges measured values. */
    private Double confidence;

    /** The project's deployment document, when the test gives it one. */
    private Path deploymentDocument;

    /** Why the deploy gate does not run in the build, or null when it does. */
    private String deployAbsent;

    /** 8 rows: plan a has all four right, plan b two of four. */
    private static final String PREDICTIONS = "label,prediction,score,plan\n"
            + "1,1,0.9,a\n0,0,0.2,a\n1,1,0.8,a\n0,0,0.1,a\n"
            + "1,0,0.4,b\n0,1,0.7,b\n1,1,0.6,b\n0,0,0.3,b\n";

    @Test
    void criteriaMetPassWithEachValueShown() throws IOException {
        GateResult result = run(criterion("accuracy", "min: 0.7") + criterion("roc_auc", "min: 0.8"), PREDICTIONS, 1);

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(messages(result, "criterion-met"))
                .containsExactly("accuracy 0.75 >= 0.7 -> PASS", "roc_auc 0.875 >= 0.8 -> PASS");
        assertThat(result.subject()).isEqualTo("target/ml/predictions.csv");
    }

    @Test
    void aMissedThresholdFailsWithValueAndBound() throws IOException {
        GateResult result = run(criterion("accuracy", "min: 0.9"), PREDICTIONS, 1);

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("criterion-missed", "accuracy 0.75 >= 0.9 -> FAIL"));
        assertThat(result.violations().get(0).location().line()).isEqualTo(3);
    }

    @Test
    void aCriterionWithoutABoundFailsNamingItWithoutTheScopeGate() throws IOException {
        GateResult result =
                run(criterion("recall", "slices: plan") + criterion("accuracy", "min: 0.7"), PREDICTIONS, 1);

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "missing-bound",
                        "Model criterion 'successCriteria.model[0]' (metric 'recall') sets none of 'min', 'max' or"
                                + " 'maxGap'; a criterion needs a bound to be checked."));
        assertThat(messages(result, "criterion-met")).containsExactly("accuracy 0.75 >= 0.7 -> PASS");
    }

    @Test
    void aMetricThatIsNotMeasuredFails() throws IOException {
        GateResult result = run(criterion("latency_p95_ms", "max: 50"), PREDICTIONS, 1);

        assertThat(messages(result, "missing-metric"))
                .containsExactly("'latency_p95_ms' is not measured by the evidence (target/ml/predictions.csv); a"
                        + " criterion on it cannot pass.");
    }

    @Test
    void withADeploymentDocumentTheServedModelsCriteriaAreLeftToTheDeployGate() throws IOException {
        deploymentDocument = Path.of("src/ml/deployment.yaml");

        GateResult result = run(
                criterion("latency_p95_ms", "max: 50")
                        + criterion("model_size_mb", "max: 1")
                        + criterion("latency_p95_ms", "max: 50\n      slice: \"plan=*\""),
                PREDICTIONS,
                1);

        assertThat(messages(result, "judged-when-served"))
                .containsExactly(
                        "'latency_p95_ms' is judged by the deploy gate, which times the model as"
                                + " src/ml/deployment.yaml serves it; set latencyFile to judge latencies measured where"
                                + " the model is served instead.",
                        "'model_size_mb' is judged by the deploy gate, which measures the model"
                                + " src/ml/deployment.yaml serves; set modelFile to judge another artifact's size"
                                + " instead.");
        // A latency on a slice is not what serving measures: the evaluation still judges it, and finds no value.
        assertThat(messages(result, "missing-metric"))
                .containsExactly(
                        "'latency_p95_ms[plan=a]' is not measured by the evidence (target/ml/predictions.csv); a"
                                + " criterion on it cannot pass.",
                        "'latency_p95_ms[plan=b]' is not measured by the evidence (target/ml/predictions.csv); a"
                                + " criterion on it cannot pass.");
    }

    /** A criterion on what the evidence does not measure, and the message that says what it does measure. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> unmeasured() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(
                        "a slice column the evidence is not sliced by names those it is",
                        criterion("accuracy", "min: 0.5\n      slice: \"seasons=*\""),
                        "'accuracy' is to be measured on the slices seasons=*, but the evidence"
                                + " (target/ml/predictions.csv) is not sliced by seasons: its slice columns"
                                + " (sliceColumns) are plan."),
                org.junit.jupiter.params.provider.Arguments.of(
                        "a misspelled metric is told the closest one measured",
                        criterion("recal", "min: 0.5"),
                        "'recal' is not measured by the evidence (target/ml/predictions.csv); a criterion on it"
                                + " cannot pass; did you mean 'recall'?"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "a slice value the evidence does not have lists those it has",
                        criterion("accuracy", "min: 0.5\n      slice: \"plan=c\""),
                        "'accuracy' is not measured on the slice plan=c: the evidence (target/ml/predictions.csv)"
                                + " has no such slice; plan has a, b."));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("unmeasured")
    void whatTheEvidenceDoesNotMeasureIsToldWhatItDoes(String behaviour, String criteria, String message)
            throws IOException {
        assertThat(messages(run(criteria, PREDICTIONS, 1), "missing-metric")).containsExactly(message);
    }

    @Test
    void aCriterionHandedToADeployGateThatDoesNotRunFailsHere() throws IOException {
        deploymentDocument = Path.of("src/ml/deployment.yaml");
        deployAbsent = "skipped by mlgate.deploy.skip";

        GateResult result =
                run(criterion("latency_p95_ms", "max: 50") + criterion("model_size_mb", "max: 1"), PREDICTIONS, 1);

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(messages(result, "not-judged"))
                .containsExactly(
                        "'latency_p95_ms' is judged by the deploy gate on the model src/ml/deployment.yaml serves,"
                                + " but mlgate:deploy does not run in this build (skipped by mlgate.deploy.skip): bind"
                                + " it or mlgate:check, package with ml-model, or set latencyFile to judge it here.",
                        "'model_size_mb' is judged by the deploy gate on the model src/ml/deployment.yaml serves,"
                                + " but mlgate:deploy does not run in this build (skipped by mlgate.deploy.skip): bind"
                                + " it or mlgate:check, package with ml-model, or set modelFile to judge it here.");
        assertThat(messages(result, "judged-when-served")).isEmpty();
    }

    @Test
    void aLatencyFileKeepsLatencyCriteriaWithTheEvaluationEvenWithADeploymentDocument() throws IOException {
        deploymentDocument = Path.of("src/ml/deployment.yaml");
        Path latencies = project.resolve("latencies.txt");
        Files.writeString(latencies, "10\n20\n");

        GateResult result = run(criterion("latency_p95_ms", "max: 19"), PREDICTIONS, 1, latencies);

        assertThat(messages(result, "judged-when-served")).isEmpty();
        assertThat(messages(result, "criterion-missed")).containsExactly("latency_p95_ms 19.5 <= 19 -> FAIL");
    }

    @Test
    void aSliceCanFailWhileAllRowsPass() throws IOException {
        GateResult result = run(
                criterion("accuracy", "min: 0.7") + criterion("accuracy", "min: 0.7\n      slice: \"plan=*\""),
                PREDICTIONS,
                1);

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(messages(result, "criterion-met"))
                .containsExactly("accuracy 0.75 >= 0.7 -> PASS", "accuracy[plan=a] 1 >= 0.7 -> PASS");
        assertThat(messages(result, "criterion-missed")).containsExactly("accuracy[plan=b] 0.5 >= 0.7 -> FAIL");
    }

    @Test
    void slicesSmallerThanTheMinimumAreReportedNotJudged() throws IOException {
        GateResult result = run(criterion("accuracy", "min: 0.7\n      slice: plan=b"), PREDICTIONS, 5);

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(result.findings())
                .extracting(Finding::severity, Finding::message)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        Severity.INFO,
                        "accuracy[plan=b] not judged: the slice has 4 rows, fewer than minSliceSize 5."));
    }

    @Test
    void aGapBetweenSlicesAboveTheBoundFails() throws IOException {
        GateResult result = run(criterion("accuracy", "slices: plan\n      maxGap: 0.2"), PREDICTIONS, 1);

        assertThat(messages(result, "criterion-missed"))
                .containsExactly("accuracy gap across plan 0.5 <= 0.2 -> FAIL (best plan=a 1, worst plan=b 0.5)");
    }

    @Test
    void noEvidenceFails() throws IOException {
        GateResult result = run(criterion("accuracy", "min: 0.7"), null, 1);

        assertThat(messages(result, "no-evidence"))
                .containsExactly("No evaluation evidence: neither the predictions target/ml/predictions.csv nor the"
                        + " metrics file target/ml/metrics.json exists. Write one of them before this phase, or set"
                        + " predictionsFile / metricsFile.");
        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void badCellsFailWithRowAndColumnAndNoMetricIsJudged() throws IOException {
        GateResult result =
                run(criterion("accuracy", "min: 0.1"), "label,prediction,score\n1,1,0.9\n0,,abc\n1,1,1.5\n", 1);

        assertThat(messages(result, "invalid-value"))
                .containsExactly(
                        "target/ml/predictions.csv row 3, column 'prediction': the prediction is empty.",
                        "target/ml/predictions.csv row 3, column 'score': 'abc' is not a finite number.",
                        "target/ml/predictions.csv row 4, column 'score': the score 1.5 is not a probability in [0, 1].");
        assertThat(result.checks())
                .filteredOn(c -> !c.ran())
                .extracting(CheckResult::name)
                .containsExactly("accuracy >= 0.1");
    }

    @Test
    void noMetricsFileIsWrittenFromEvidenceThatCouldNotBeRead() throws IOException {
        run(criterion("accuracy", "min: 0.7"), PREDICTIONS, 1);
        Path written = project.resolve("target/mlgate/metrics.json");
        assertThat(written).exists();

        run(criterion("accuracy", "min: 0.7"), "label,prediction,score\n1,1,abc\n", 1);

        assertThat(written).doesNotExist();
    }

    @Test
    void aMissingColumnNamesTheColumnsThereAre() throws IOException {
        GateResult result = run(criterion("accuracy", "min: 0.1"), "actual,prediction\n1,1\n", 1);

        assertThat(messages(result, "missing-column"))
                .containsExactly("target/ml/predictions.csv has no column 'label' (set by labelColumn); its columns"
                        + " are actual, prediction.");
    }

    @Test
    void twoColumnsOfOneNameAreAnErrorNotAChoice() throws IOException {
        // A model wrong on every row passed when the first 'label' column was taken silently.
        GateResult result = run(criterion("accuracy", "min: 0.9"), "label,prediction,label\n1,1,0\n0,0,1\n", 1);

        assertThat(messages(result, "duplicate-column"))
                .containsExactly("target/ml/predictions.csv has the column 'label' twice (columns 1 and 3); name each"
                        + " column once.");
        assertThat(messages(result, "criterion-met")).isEmpty();
    }

    @Test
    void aMetricNamedTwiceInTheMetricsFileIsAnError() throws IOException {
        Path metrics = project.resolve("target/ml/metrics.json");
        Files.createDirectories(metrics.getParent());
        Files.writeString(metrics, "{\"metrics\": {\"roc_auc\": 0.91,\n \"roc_auc\": 0.62}}");

        GateResult result = run(criterion("roc_auc", "min: 0.8"), null, 1);

        assertThat(messages(result, "duplicate-key"))
                .containsExactly("Key 'metrics.roc_auc' appears twice; the first is at line 1. Keep one.");
        assertThat(messages(result, "criterion-met")).isEmpty();
    }

    @Test
    void configuredPredictionsThatAreMissingFailAndAreNeverAbsent() throws IOException {
        run(criterion("f1", "min: 0.8"), null, 1); // writes the scope document
        Path metrics = project.resolve("target/ml/metrics.json");
        Files.createDirectories(metrics.getParent());
        Files.writeString(metrics, "{\"metrics\": {\"f1\": 0.9}}");
        EvaluationRequest request = request(
                Path.of("evidence/predictions.csv"),
                new PredictionsFormat(Task.BINARY, "label", "prediction", "score", "1", 0.5, List.of()),
                1,
                null,
                java.util.Set.of(Path.of("evidence/predictions.csv")));

        assertThat(new EvaluationGate().absentInput(request)).isNull();
        GateResult result = new EvaluationGate().run(request);

        assertThat(messages(result, "file-missing"))
                .containsExactly("The evidence file evidence/predictions.csv does not exist; it is configured"
                        + " (predictionsFile / mlgate.predictions), so it must be there.");
        assertThat(messages(result, "criterion-met")).isEmpty();
    }

    @Test
    void aSliceColumnOfMoreThanAThousandValuesIsRefusedNotMeasured() throws IOException {
        StringBuilder predictions = new StringBuilder("label,prediction,score,plan\n");
        for (int i = 0; i < 1200; i++) {
            predictions
                    .append(i % 2)
                    .append(',')
                    .append(i % 2)
                    .append(",0.5,customer-")
                    .append(i)
                    .append('\n');
        }

        GateResult result = run(criterion("accuracy", "min: 0.5"), predictions.toString(), 1);

        assertThat(messages(result, "too-many-slices"))
                .containsExactly(
                        "target/ml/predictions.csv: the slice column 'plan' has more than 1,000 distinct values"
                                + " (row 1002); slice by a column of few values, such as a region or a plan, not an id.");
        assertThat(messages(result, "criterion-met")).isEmpty();
    }

    @Test
    void predictionsThatAreAFifoOrADeviceAreRefusedUnread() throws Exception {
        run(criterion("accuracy", "min: 0.5"), null, 1); // writes the scope document
        Path fifo = project.resolve("evidence/predictions.csv");
        Files.createDirectories(fifo.getParent());
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo makes a FIFO");
        PredictionsFormat format =
                new PredictionsFormat(Task.BINARY, "label", "prediction", "score", "1", 0.5, List.of());

        // Opening a FIFO that no one writes to would block the build for ever.
        GateResult result = new EvaluationGate()
                .run(request(Path.of("evidence/predictions.csv"), format, 1, null, java.util.Set.of()));

        assertThat(messages(result, "file-unreadable"))
                .containsExactly("evidence/predictions.csv is not a regular file (a device, FIFO or socket); name the"
                        + " predictions CSV.");
    }

    @Test
    void aMetricsFileServesAsEvidenceAndUndefinedValuesFail() throws IOException {
        Path metrics = project.resolve("target/ml/metrics.json");
        Files.createDirectories(metrics.getParent());
        Files.writeString(
                metrics, "{\"metrics\": {\"f1\": 0.82, \"roc_auc\": null}, \"slices\": {\"plan=a\": {\"f1\": 0.7}}}");

        GateResult result = run(
                criterion("f1", "min: 0.8")
                        + criterion("roc_auc", "min: 0.5")
                        + criterion("f1", "min: 0.75\n      slice: plan=a"),
                null,
                1);

        assertThat(messages(result, "criterion-met")).containsExactly("f1 0.82 >= 0.8 -> PASS");
        assertThat(messages(result, "undefined-metric"))
                .containsExactly("'roc_auc' is undefined (NaN) on this evidence, for example a ranking metric with one"
                        + " class only; a criterion on it cannot pass.");
        assertThat(messages(result, "criterion-missed")).containsExactly("f1[plan=a] 0.7 >= 0.75 -> FAIL");
    }

    @Test
    void theMeasuredMetricsAreWrittenInTheMetricsFileFormat() throws IOException {
        run(criterion("accuracy", "min: 0.7"), PREDICTIONS, 1);

        JsonNode written = new ObjectMapper()
                .readTree(project.resolve("target/mlgate/metrics.json").toFile());
        assertThat(written.at("/metrics/accuracy").asDouble()).isEqualTo(0.75);
        assertThat(written.at("/slices/plan=a/accuracy").asDouble()).isEqualTo(1.0);
        assertThat(written.at("/sliceSizes/plan=b").asLong()).isEqualTo(4);

        // The output reads back as evidence: one release's output is the next one's baseline.
        io.github.mlgate.gate.Findings findings = new io.github.mlgate.gate.Findings();
        MetricTable back = MetricsFile.read(project.resolve("target/mlgate/metrics.json"), "metrics.json", findings);
        assertThat(findings.list()).isEmpty();
        assertThat(back.overall).containsEntry("accuracy", 0.75);
    }

    @Test
    void latencyPercentilesInterpolateAsNumpyDoes() throws IOException {
        Path latencies = project.resolve("latencies.txt");
        Files.writeString(latencies, "10\n20\n30\n40\n\n50\n");

        GateResult result = run(
                criterion("latency_p95_ms", "max: 49") + criterion("latency_p50_ms", "max: 25"),
                PREDICTIONS,
                1,
                latencies);

        // numpy.percentile([10, 20, 30, 40, 50], 95) is 48.0: rank 3.8, between 40 and 50.
        assertThat(messages(result, "criterion-met")).containsExactly("latency_p95_ms 48 <= 49 -> PASS");
        assertThat(messages(result, "criterion-missed")).containsExactly("latency_p50_ms 30 <= 25 -> FAIL");
    }

    @Test
    void aConfidenceIntervalTurnsALuckyPassIntoAFail() throws IOException {
        String lucky = criterion("accuracy", "min: 0.7\n      confidence: 0.95");

        GateResult result = run(lucky, PREDICTIONS, 1);

        // Eight rows: 0.75 meets 0.7, but the interval around it reaches far below.
        String line = messages(result, "criterion-missed").get(0);
        assertThat(line).startsWith("accuracy 0.75 [95% CI ").endsWith("] >= 0.7 -> FAIL (lower bound judged)");
        double lower = Double.parseDouble(line.substring("accuracy 0.75 [95% CI ".length(), line.indexOf(',')));
        assertThat(lower).isLessThan(0.7);
    }

    @Test
    void intervalsAreReproducibleAndWrittenWithTheMetrics() throws IOException {
        confidence = 0.9;
        GateResult first = run(criterion("roc_auc", "min: 0.1"), PREDICTIONS, 1);
        GateResult second = run(criterion("roc_auc", "min: 0.1"), PREDICTIONS, 1);

        assertThat(messages(first, "criterion-met")).isEqualTo(messages(second, "criterion-met"));
        assertThat(messages(first, "criterion-met").get(0)).startsWith("roc_auc 0.875 [90% CI ");
        JsonNode written = new ObjectMapper()
                .readTree(project.resolve("target/mlgate/metrics.json").toFile());
        assertThat(written.at("/intervals/confidence").asDouble()).isEqualTo(0.9);
        assertThat(written.at("/intervals/resamples").asInt()).isEqualTo(1000);
        assertThat(written.at("/intervals/metrics/roc_auc")).hasSize(2);
        assertThat(written.at("/intervals/slices/plan=a/accuracy")).hasSize(2);
    }

    @Test
    void theIntervalOfAnAccuracyHasTheWidthTheoryGives() throws IOException {
        // 10,000 rows right with probability 0.8: the standard error is sqrt(0.8 * 0.2 / 10000) = 0.004, so the
        // 95% interval is about 2 * 1.96 * 0.004 = 0.0157 wide.
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        StringBuilder csv = new StringBuilder("label,prediction,score,plan\n");
        for (int i = 0; i < 10_000; i++) {
            int label = random.nextInt(2);
            int prediction = random.nextDouble() < 0.8 ? label : 1 - label;
            csv.append(label).append(',').append(prediction).append(",0.5,a\n");
        }
        confidence = 0.95;

        run(criterion("accuracy", "min: 0.5"), csv.toString(), 1);

        JsonNode interval = new ObjectMapper()
                .readTree(project.resolve("target/mlgate/metrics.json").toFile())
                .at("/intervals/metrics/accuracy");
        double width = interval.get(1).asDouble() - interval.get(0).asDouble();
        assertThat(width).isBetween(0.0157 * 0.9, 0.0157 * 1.1);
    }

    @Test
    void aConfidenceCriterionOnAMetricsFileValueFails() throws IOException {
        Path metrics = project.resolve("target/ml/metrics.json");
        Files.createDirectories(metrics.getParent());
        Files.writeString(metrics, "{\"metrics\": {\"f1\": 0.82}}");

        GateResult result = run(criterion("f1", "min: 0.8\n      confidence: 0.95"), null, 1);

        assertThat(messages(result, "no-interval"))
                .containsExactly(
                        "'f1' needs predictions for a 95% confidence interval; the evidence gives only a" + " value.");
    }

    @Test
    void theBuildWideConfidenceJudgesAValueOnlyMetricOnItsValue() throws IOException {
        Path metrics = project.resolve("target/ml/metrics.json");
        Files.createDirectories(metrics.getParent());
        Files.writeString(metrics, "{\"metrics\": {\"f1\": 0.82}}");
        confidence = 0.95;

        GateResult result = run(criterion("f1", "min: 0.8"), null, 1);

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(messages(result, "criterion-met")).containsExactly("f1 0.82 >= 0.8 -> PASS");
    }

    @Test
    void latenciesCanBeAColumnOfACsvFile() throws IOException {
        Path latencies = project.resolve("latencies.csv");
        Files.writeString(latencies, "request,ms\na,10\nb,20\nc,x\n");
        Path scope = project.resolve("src/ml/scope.yaml");
        Files.createDirectories(scope.getParent());
        Files.writeString(scope, SCOPE_HEAD + criterion("latency_mean_ms", "max: 20"));
        Path predictions = project.resolve("target/ml/predictions.csv");
        Files.createDirectories(predictions.getParent());
        Files.writeString(predictions, "label,prediction\n1,1\n");

        GateResult result = new EvaluationGate()
                .run(new EvaluationRequest(
                        project,
                        null,
                        Path.of("target/ml/predictions.csv"),
                        new PredictionsFormat(Task.BINARY, "label", "prediction", "score", "1", 0.5, List.of()),
                        Path.of("target/ml/metrics.json"),
                        latencies,
                        "ms",
                        null,
                        "test",
                        1,
                        null,
                        1000,
                        7,
                        project.resolve("target/mlgate"),
                        GatePolicy.DEFAULT,
                        new PredictionsCache(),
                        java.util.Set.of(),
                        null,
                        null));

        assertThat(messages(result, "invalid-value"))
                .containsExactly(
                        "latencies.csv row 4, column 'ms': 'x' is not a latency in milliseconds (a number >=" + " 0).");
    }

    private static String criterion(String metric, String rest) {
        return "    - metric: " + metric + "\n      " + rest + "\n";
    }

    private GateResult run(String criteria, String predictions, int minSliceSize) throws IOException {
        return run(criteria, predictions, minSliceSize, null);
    }

    private GateResult run(String criteria, String predictions, int minSliceSize, Path latencies) throws IOException {
        Path scope = project.resolve("src/ml/scope.yaml");
        Files.createDirectories(scope.getParent());
        Files.writeString(scope, SCOPE_HEAD + criteria);
        Path predictionsFile = project.resolve("target/ml/predictions.csv");
        if (predictions != null) {
            Files.createDirectories(predictionsFile.getParent());
            Files.writeString(predictionsFile, predictions);
        }
        PredictionsFormat format =
                new PredictionsFormat(Task.BINARY, "label", "prediction", "score", "1", 0.5, List.of("plan"));
        if (predictions != null && !predictions.startsWith("label,prediction,score,plan")) {
            format = new PredictionsFormat(Task.BINARY, "label", "prediction", "score", "1", 0.5, List.of());
        }
        return new EvaluationGate()
                .run(request(
                        Path.of("target/ml/predictions.csv"), format, minSliceSize, latencies, java.util.Set.of()));
    }

    private EvaluationRequest request(
            Path predictions,
            PredictionsFormat format,
            int minSliceSize,
            Path latencies,
            java.util.Set<Path> configuredEvidence) {
        return new EvaluationRequest(
                project,
                null,
                predictions,
                format,
                Path.of("target/ml/metrics.json"),
                latencies,
                null,
                null,
                "test",
                minSliceSize,
                confidence,
                1000,
                7,
                project.resolve("target/mlgate"),
                GatePolicy.DEFAULT,
                new PredictionsCache(),
                configuredEvidence,
                deploymentDocument,
                deployAbsent);
    }
}
