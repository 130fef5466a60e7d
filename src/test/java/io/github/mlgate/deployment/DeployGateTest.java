package io.github.mlgate.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.deployment.onnx.OnnxRuntimeModels;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployGateTest {

    private static final Path MODELS = Path.of("src/test/resources/io/github/mlgate/deployment/models");

    private static final String SCOPE = "inputs:\n"
            + "  - {name: usage_last_30d, description: minutes}\n"
            + "  - {name: support_contacts_90d, description: tickets}\n"
            + "  - {name: tenure_months, description: months}\n"
            + "  - {name: plan, description: the plan}\n"
            + "outputs:\n  - {name: churn_score, description: the probability}\n";

    private static final String DEPLOYMENT =
            "serving:\n  model: model.onnx\n  mode: batch\n  parity: 1.0e-5\n  evidence: test\n%s"
                    + "monitoring:\n  owner: team\n  schedule: daily\n  window: a week\n  current: test\n"
                    + "  alerts: [{to: team, via: email}]\n  retraining: monthly\n"
                    + "rollback: {procedure: redeploy the previous tag, fallback: the previous release}\n";

    private static final String[] PLANS = {"basic", "plus", "family"};
    private static final double[] PLAN_WEIGHTS = {0.6, 0.1, -0.4};

    @TempDir
    Path project;

    @Test
    void a_model_that_reproduces_the_evaluated_scores_passes_with_its_latency() throws IOException {
        GateResult result = run("churn-logistic.onnx", "", predictions(true, -1));
        assertThat(messages(result, Severity.ERROR)).isEmpty();
        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(messages(result, Severity.INFO))
                .anySatisfy(m -> assertThat(m)
                        .startsWith("The served model reproduces the score in predictions.csv on all 40 rows of test"
                                + " within 0.00001 (largest difference "))
                .anySatisfy(m -> assertThat(m).startsWith("Scored on this machine with ONNX Runtime"));
        ServingSummary serving = (ServingSummary) result.sections().get(ServingSummary.KEY);
        assertThat(serving.parity().joinedBy()).isEqualTo("customer_id");
        assertThat(serving.parity().rows()).isEqualTo(40);
        assertThat(serving.inputs()).contains("plan: tensor(string)[N, 1]");
        assertThat(serving.sha256()).hasSize(64);
        // Enough calls for a stable percentile: at least LatencyProbe.MIN_RUNS of each kind, at most MAX_RUNS.
        assertThat(serving.latency().singleRowRuns()).isBetween(LatencyProbe.MIN_RUNS, LatencyProbe.MAX_RUNS);
        assertThat(serving.latency().batchRuns()).isBetween(LatencyProbe.MIN_RUNS, LatencyProbe.MAX_RUNS);
    }

    @Test
    void an_online_model_is_judged_on_one_row_a_call_and_its_file_size() throws IOException {
        write("churn-logistic.onnx", "", predictions(true, -1));
        Path ml = project.resolve("src/ml");
        Files.writeString(
                ml.resolve("scope.yaml"),
                SCOPE + "successCriteria:\n  model:\n    - {metric: latency_p95_ms, max: 60000}\n"
                        + "    - {metric: latency_mean_ms, max: 60000}\n    - {metric: model_size_mb, max: 0.0001}\n"
                        + "    - {metric: roc_auc, min: 0.5}\n");
        Files.writeString(
                ml.resolve("deployment.yaml"), String.format(DEPLOYMENT, "").replace("mode: batch", "mode: online"));

        GateResult result = gate();

        ServingSummary serving = (ServingSummary) result.sections().get(ServingSummary.KEY);
        io.github.mlgate.evaluation.Criteria criteria =
                (io.github.mlgate.evaluation.Criteria) result.sections().get(io.github.mlgate.evaluation.Criteria.KEY);
        // roc_auc is the evaluation's: the deploy gate judges only what serving the model measures.
        assertThat(criteria.entries())
                .extracting(e -> e.metric(), e -> e.value(), e -> e.verdict())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "latency_p95_ms", serving.latency().singleRowP95(), "PASS"),
                        org.assertj.core.groups.Tuple.tuple(
                                "latency_mean_ms", serving.latency().singleRowMean(), "PASS"),
                        org.assertj.core.groups.Tuple.tuple("model_size_mb", serving.sizeMb(), "FAIL"));
        assertThat(messages(result, Severity.ERROR))
                .containsExactly("model_size_mb " + io.github.mlgate.gate.Numbers.format(serving.sizeMb())
                        + " <= 0.0001 -> FAIL");
        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void criteria_the_evaluation_has_files_for_are_left_to_it() throws IOException {
        write("churn-logistic.onnx", "", predictions(true, -1));
        Files.writeString(
                project.resolve("src/ml/scope.yaml"),
                SCOPE + "successCriteria:\n  model:\n    - {metric: latency_p95_ms, max: 0.000001}\n"
                        + "    - {metric: model_size_mb, max: 0.000001}\n");

        DeployRequest given = request();
        GateResult result = new DeployGate()
                .run(new DeployRequest(
                        given.projectDirectory(),
                        null,
                        null,
                        null,
                        given.predictionsFile(),
                        given.scoreColumn(),
                        given.policy(),
                        given.maxRecordBytes(),
                        false,
                        given.runtime(),
                        "test",
                        Path.of("latencies.txt"),
                        Path.of("model.onnx")));

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(result.sections()).doesNotContainKey(io.github.mlgate.evaluation.Criteria.KEY);
    }

    @Test
    void evidence_without_rows_fails_closed_rather_than_showing_parity_on_nothing() throws IOException {
        write("churn-logistic.onnx", "", "customer_id,score\n");
        Path test = project.resolve("src/ml/test.csv");
        Files.writeString(test, Files.readAllLines(test).get(0) + "\n");
        Files.writeString(
                project.resolve("src/ml/scope.yaml"),
                SCOPE + "successCriteria:\n  model:\n    - {metric: latency_p95_ms, max: 60000}\n");

        GateResult result = gate();

        assertThat(messages(result, Severity.ERROR))
                .containsExactly("The evidence test has no rows: the served model's scores cannot be compared with the"
                        + " evaluated ones, nor timed.");
        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.checks())
                .filteredOn(check -> check.name().equals("latency_p95_ms <= 60000"))
                .singleElement()
                .satisfies(check ->
                        assertThat(check.skippedReason()).isEqualTo("the served model did not run on the evidence"));
    }

    @Test
    void without_a_key_column_rows_are_compared_in_order() throws IOException {
        GateResult result = run("churn-logistic.onnx", "", predictions(false, -1));
        assertThat(messages(result, Severity.ERROR)).isEmpty();
        assertThat(((ServingSummary) result.sections().get(ServingSummary.KEY))
                        .parity()
                        .joinedBy())
                .isEqualTo("row order");
    }

    @Test
    void a_score_that_differs_is_training_serving_skew() throws IOException {
        GateResult result = run("churn-logistic.onnx", "", predictions(true, 7));
        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(messages(result, Severity.ERROR))
                .singleElement()
                .asString()
                .startsWith("The served model's churn_score differs from the score in predictions.csv by more than"
                        + " 0.00001 on 1 of 40 rows of test (largest difference 0.05): training/serving skew. row 8"
                        + " (customer_id 1008): served ");
    }

    @Test
    void a_negative_parity_is_refused_where_it_is_written() throws IOException {
        write("churn-logistic.onnx", "", predictions(true, -1));
        Path deployment = project.resolve("src/ml/deployment.yaml");
        Files.writeString(deployment, Files.readString(deployment).replace("parity: 1.0e-5", "parity: -1"));

        GateResult result = gate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(messages(result, Severity.ERROR))
                .contains("'serving.parity' must be a number of at least 0, not -1.");
    }

    @Test
    void a_renamed_scope_input_names_both_sides() throws IOException {
        write("churn-logistic.onnx", "", predictions(true, -1));
        Files.writeString(project.resolve("src/ml/scope.yaml"), SCOPE.replace("usage_last_30d", "usage_30d"));
        GateResult result = gate();
        assertThat(messages(result, Severity.ERROR))
                .containsExactly(
                        "The model takes 'usage_last_30d', which is not an input of the scope (src/ml/scope.yaml).",
                        "The scope's input 'usage_30d' is not an input of the model. The model takes usage_last_30d,"
                                + " support_contacts_90d, tenure_months, plan.");
    }

    @Test
    void a_field_whose_type_the_tensor_cannot_hold_is_named_with_both_types() throws IOException {
        write("churn-logistic.onnx", "", predictions(true, -1));
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.writeString(
                descriptor,
                Files.readString(descriptor).replace("{name: plan, type: string}", "{name: plan, type: integer}"));
        Files.writeString(
                project.resolve("src/ml/test.csv"),
                Files.readString(project.resolve("src/ml/test.csv"))
                        .replace(",basic,", ",1,")
                        .replace(",plus,", ",2,")
                        .replace(",family,", ",3,"));
        GateResult result = gate();
        assertThat(messages(result, Severity.ERROR))
                .containsExactly("The model's input 'plan' takes tensor(string)[N, 1], but the field 'plan' of test is"
                        + " integer; string takes string fields.");
    }

    @Test
    void served_scores_that_are_all_nan_are_named_so_not_a_difference_of_zero() {
        io.github.mlgate.gate.Findings findings = new io.github.mlgate.gate.Findings();
        ServingSummary.Parity parity = ParityCheck.compare(
                "test",
                null,
                1e-5,
                new double[] {Double.NaN, Double.NaN},
                new double[] {0.5, 0.6},
                null,
                new Object[2],
                "predictions.csv",
                "churn_score",
                findings,
                io.github.mlgate.gate.Location.ofFile("src/ml/deployment.yaml"));
        assertThat(findings.list())
                .extracting(io.github.mlgate.gate.Finding::message)
                .containsExactly("The served model's churn_score differs from the score in predictions.csv by more"
                        + " than 0.00001 on 2 of 2 rows of test (the served model gave NaN, not a number, on every"
                        + " one): training/serving skew. row 1: served NaN, evaluated 0.5; row 2: served NaN,"
                        + " evaluated 0.6.");
        assertThat(parity.maxDifference())
                .as("report.json and the site give no difference, not 0")
                .isNaN();
    }

    @Test
    void a_matrix_input_takes_its_columns_from_the_signature() throws IOException {
        String signature = "  signature:\n    inputs: [usage_last_30d, support_contacts_90d, tenure_months]\n";
        // Row 1 (usage 20, contacts 0, tenure 1): tree 0 gives 0.35, tree 1 gives 0.25.
        // Row 1 (usage 20, contacts 0, tenure 1): tree 0 gives 0.35, tree 1 gives 0.25.
        write("churn-trees.onnx", signature, "customer_id,score\n1001,0.5\n");
        Files.writeString(
                project.resolve("src/ml/scope.yaml"), SCOPE.replace("  - {name: plan, description: the plan}\n", ""));
        GateResult result = gate();
        assertThat(messages(result, Severity.ERROR))
                .containsExactly(
                        "The served model's churn_score differs from the score in predictions.csv by more than 0.00001 on 1 of"
                                + " 1 rows of test (largest difference 0.1): training/serving skew. row 1 (customer_id"
                                + " 1001): served 0.6, evaluated 0.5.");
    }

    /** Inputs mlgate cannot feed from the evidence's fields, by the test model that has them, and the message. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "churn-trees.onnx | The model's one input 'features' is a tensor(float)[N, 3] matrix that does not name"
                        + " its columns; list the field of each column, in order, in serving.signature.inputs.",
                "churn-half.onnx | The model's input 'usage_last_30d' takes tensor(float16)[N, 1], a type mlgate does"
                        + " not feed from a field: it feeds bool, double, float, int32, int64, string tensors. Cast"
                        + " the input to one of them when the model is exported."
            })
    void an_input_the_fields_cannot_feed_is_refused_naming_what_would_do(String model, String message)
            throws IOException {
        write(model, "", predictions(true, -1));
        assertThat(messages(gate(), Severity.ERROR)).contains(message);
    }

    @Test
    void a_model_that_does_not_load_is_a_clear_error() throws IOException {
        GateResult result = run("not-a-model.onnx", "", predictions(true, -1));
        assertThat(messages(result, Severity.ERROR))
                .singleElement()
                .asString()
                .startsWith("The model model.onnx does not load in ONNX Runtime")
                .contains("Protobuf parsing failed");
        assertThat(result.checks())
                .filteredOn(check -> check.name().equals("parity"))
                .singleElement()
                .satisfies(check -> assertThat(check.skippedReason()).isEqualTo("the model did not load"));
    }

    @Test
    void a_missing_model_says_where_it_was_looked_for() throws IOException {
        write("churn-logistic.onnx", "", predictions(true, -1));
        Files.delete(project.resolve("model.onnx"));
        assertThat(messages(gate(), Severity.ERROR))
                .containsExactly("The model model.onnx does not exist (serving.model); the training step writes it"
                        + " before the verify phase.");
    }

    @Test
    void without_a_deployment_document_the_gate_has_nothing_to_judge() {
        assertThat(new DeployGate().absentInput(request()))
                .isEqualTo("no deployment document: looked for src/ml/deployment.yaml, src/ml/deployment.yml,"
                        + " src/ml/deployment.json");
    }

    private GateResult run(String model, String signature, String predictions) throws IOException {
        write(model, signature, predictions);
        return gate();
    }

    private GateResult gate() {
        return new DeployGate().run(request());
    }

    private DeployRequest request() {
        return new DeployRequest(
                project,
                null,
                null,
                null,
                Path.of("predictions.csv"),
                "score",
                GatePolicy.DEFAULT,
                1 << 20,
                false,
                new OnnxRuntimeModels(),
                "test",
                null,
                null);
    }

    private void write(String model, String signature, String predictions) throws IOException {
        Path ml = project.resolve("src/ml");
        Files.createDirectories(ml);
        Files.copy(MODELS.resolve(model), project.resolve("model.onnx"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(ml.resolve("scope.yaml"), SCOPE);
        Files.writeString(ml.resolve("deployment.yaml"), String.format(DEPLOYMENT, signature));
        Files.writeString(project.resolve("predictions.csv"), predictions);
        StringBuilder test = new StringBuilder("customer_id,usage_last_30d,support_contacts_90d,tenure_months,plan\n");
        for (int i = 0; i < 40; i++) {
            test.append(row(i)).append('\n');
        }
        Files.writeString(ml.resolve("test.csv"), test);
        Files.writeString(
                ml.resolve("datapackage.yaml"),
                "resources:\n  - name: test\n    path: test.csv\n    schema:\n      primaryKey: customer_id\n"
                        + "      fields:\n        - {name: customer_id, type: integer}\n"
                        + "        - {name: usage_last_30d, type: number}\n"
                        + "        - {name: support_contacts_90d, type: integer}\n"
                        + "        - {name: tenure_months, type: integer}\n"
                        + "        - {name: plan, type: string}\n");
    }

    private static String row(int i) {
        return (1001 + i) + "," + usage(i) + "," + (i % 4) + "," + (1 + (i * 7) % 60) + "," + PLANS[i % 3];
    }

    private static double usage(int i) {
        return 20.0 + (i * 37) % 500;
    }

    /**
     * The logistic model's scores, worked out from its weights (src/test/python/onnx_models.py); the rows in reverse
     * order when keyed, so that matching by key is what makes them agree; one score off by 0.05 when asked.
     */
    private static String predictions(boolean keyed, int wrongRow) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double logit = -0.008 * usage(i) + 0.45 * (i % 4) - 0.03 * (1 + (i * 7) % 60) + PLAN_WEIGHTS[i % 3] + 0.9;
            double score = 1 / (1 + Math.exp(-logit)) + (i == wrongRow ? 0.05 : 0);
            lines.add((keyed ? (1001 + i) + "," : "") + String.format(Locale.ROOT, "%.8f", score));
        }
        if (keyed) {
            java.util.Collections.reverse(lines);
        }
        return (keyed ? "customer_id,score\n" : "score\n") + String.join("\n", lines) + "\n";
    }

    private static List<String> messages(GateResult result, Severity severity) {
        return result.findings().stream()
                .filter(f -> f.severity() == severity)
                .map(Finding::message)
                .toList();
    }
}
