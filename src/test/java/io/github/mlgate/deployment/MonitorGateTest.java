package io.github.mlgate.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.InvalidSettingsException;
import io.github.mlgate.gate.Services;
import io.github.mlgate.gate.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorGateTest {

    private static final String SCHEMA = "    schema:\n      primaryKey: id\n      fields:\n"
            + "        - {name: id, type: integer}\n        - {name: age, type: number}\n"
            + "        - {name: plan, type: string}\n        - {name: joined, type: date}\n";

    private static final String COMPLETE = "serving:\n  mode: batch\n"
            + "monitoring:\n  owner: ML platform team\n  schedule: daily at 06:00 UTC\n  window: the last 7 days\n"
            + "  current: production\n%s"
            + "  alerts:\n    - {to: '#churn-alerts', via: Slack}\n"
            + "  retraining: when a field drifts or the monthly recall falls below 0.6\n"
            + "rollback:\n  procedure: the on-call engineer redeploys the previous release tag\n"
            + "  fallback: the previous release\n";

    @TempDir
    Path project;

    @Test
    void production_like_train_passes_and_records_every_watched_field() throws IOException {
        GateResult result = run(rows(1, 2000, 0, "basic", "pro"), rows(5001, 1500, 0, "basic", "pro"), "");
        assertThat(errors(result)).isEmpty();
        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        DriftSummary summary = (DriftSummary) result.sections().get(DriftSummary.KEY);
        assertThat(summary.fields())
                .extracting(DriftSummary.FieldDrift::field, DriftSummary.FieldDrift::method)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("age", "wasserstein"),
                        org.assertj.core.groups.Tuple.tuple("plan", "jensenshannon"),
                        org.assertj.core.groups.Tuple.tuple("joined", "wasserstein"));
        assertThat(messages(result, Severity.INFO))
                .contains("Watched 3 fields of production against train: none drifted.");
    }

    @Test
    void a_shifted_field_fails_naming_field_method_value_and_bound() throws IOException {
        GateResult result = run(rows(1, 2000, 0, "basic", "pro"), rows(5001, 1500, 25, "basic", "pro"), "");
        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(errors(result))
                .singleElement()
                .asString()
                .isEqualTo("The field 'age' drifted from train to production: the Wasserstein distance in reference"
                        + " standard deviations, 1.444, is above its bound 0.1 (the default for 2,000 numeric values)."
                        + " Its median is 47 in train and 72.5 in production.");
    }

    @Test
    void a_field_rule_sets_method_and_bound() throws IOException {
        GateResult result = run(
                rows(1, 2000, 0, "basic", "pro"),
                rows(5001, 1500, 0, "basic", "pro", "pro"),
                "  drift:\n    fields:\n      - {field: plan, method: chisquare, threshold: 0.01}\n");
        assertThat(errors(result))
                .singleElement()
                .asString()
                .isEqualTo("The field 'plan' drifted from train to production: the chi-square p-value 3.956e-38"
                        + " (statistic 166.667) is below its bound 0.01 (monitoring.drift.fields[0]). The share of"
                        + " 'basic' moved from 50.0% in train to 33.3% in production.");
    }

    @Test
    void excluded_fields_and_keys_are_not_watched() throws IOException {
        GateResult result = run(
                rows(1, 2000, 0, "basic", "pro"),
                rows(5001, 1500, 25, "basic", "pro"),
                "  drift:\n    exclude: [age]\n");
        assertThat(errors(result)).isEmpty();
        DriftSummary summary = (DriftSummary) result.sections().get(DriftSummary.KEY);
        assertThat(summary.fields()).extracting(DriftSummary.FieldDrift::field).containsExactly("plan", "joined");
    }

    @Test
    void a_numeric_method_on_a_categorical_field_is_an_error_at_its_line() throws IOException {
        GateResult result = run(
                rows(1, 50, 0, "basic", "pro"),
                rows(5001, 50, 0, "basic", "pro"),
                "  drift:\n    fields:\n      - {field: plan, method: ks}\n");
        assertThat(result.findings())
                .filteredOn(f -> f.severity() == Severity.ERROR)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("invalid-method");
                    assertThat(f.message())
                            .isEqualTo("monitoring.drift.fields[0] measures 'plan' with ks, which needs numbers;"
                                    + " for categories use chisquare, jensenshannon, psi or linfinity.");
                    assertThat(f.location().line()).isEqualTo(10);
                });
        assertThat(check(result, "drift").skippedReason())
                .isEqualTo("the reference and current data could not be read");
    }

    @Test
    void an_unknown_field_gets_a_suggestion() throws IOException {
        GateResult result = run(
                rows(1, 50, 0, "basic", "pro"), rows(5001, 50, 0, "basic", "pro"), "  drift:\n    exclude: [agee]\n");
        assertThat(errors(result))
                .containsExactly("monitoring.drift names the field 'agee', which production does not have; did you"
                        + " mean 'age'?");
    }

    @Test
    void an_unknown_current_resource_gets_a_suggestion() throws IOException {
        write(rows(1, 50, 0, "basic", "pro"), rows(5001, 50, 0, "basic", "pro"));
        Files.writeString(
                project.resolve("src/ml/deployment.yaml"),
                String.format(COMPLETE, "").replace("current: production", "current: producton"));
        GateResult result = gate();
        assertThat(errors(result))
                .containsExactly("monitoring.current names 'producton', which is not a resource of"
                        + " src/ml/datapackage.yaml; did you mean 'production'?");
    }

    @Test
    void values_that_do_not_fit_the_schema_fail_closed() throws IOException {
        GateResult result = run(
                rows(1, 50, 0, "basic", "pro"), rows(5001, 50, 0, "basic", "pro") + "9999,old,basic,2024-01-01\n", "");
        assertThat(errors(result))
                .containsExactly("1 value of 'age' in production do not fit its schema (first: src/ml/production.csv,"
                        + " line 52: 'old' is not a number); mlgate:data lists them.");
        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void a_categorical_field_past_the_cap_fails_closed_naming_it() throws IOException {
        String[] plans = IntStream.rangeClosed(0, io.github.mlgate.data.DataSamples.MAX_CATEGORIES)
                .mapToObj(i -> "plan-" + i)
                .toArray(String[]::new);
        GateResult result = run(rows(1, 50, 0, "basic", "pro"), rows(5001, plans.length, 0, plans), "");
        assertThat(errors(result))
                .containsExactly("'plan' has more than 100,000 distinct values in production, the most a categorical"
                        + " field's drift is measured on; an identifier or a free text is left out with"
                        + " monitoring.drift.exclude.");
        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void a_missing_document_fails_and_says_how_to_start_one() throws IOException {
        write(rows(1, 50, 0, "basic", "pro"), rows(5001, 50, 0, "basic", "pro"));
        GateResult result = gate();
        assertThat(errors(result))
                .containsExactly("No deployment document found: looked for src/ml/deployment.yaml,"
                        + " src/ml/deployment.yml, src/ml/deployment.json. Run 'mvn mlgate:init"
                        + " -Dmlgate.init.documents=deployment' to write a commented template, then answer its"
                        + " questions.");
        assertThat(check(result, "drift").skippedReason()).isEqualTo("the deployment document is not complete");
    }

    @Test
    void a_placeholder_or_missing_section_makes_the_document_incomplete() throws IOException {
        write(rows(1, 50, 0, "basic", "pro"), rows(5001, 50, 0, "basic", "pro"));
        Files.writeString(
                project.resolve("src/ml/deployment.yaml"),
                String.format(COMPLETE, "")
                        .replace("the previous release\n", "TBD\n")
                        .replaceAll("(?s)serving:.*?monitoring", "monitoring"));
        GateResult result = gate();
        assertThat(errors(result))
                .containsExactly(
                        "Required section 'serving' is missing. It answers: What is served, in which format and how,"
                                + " and how close must it stay to the evaluated model?",
                        "'rollback.fallback' holds a placeholder ('TBD'), not an answer.");
    }

    @Test
    void production_criteria_are_judged_on_the_labelled_production_predictions() throws IOException {
        write(rows(1, 2000, 0, "basic", "pro"), rows(5001, 1500, 0, "basic", "pro"));
        Files.createDirectories(project.resolve("ml"));
        Files.writeString(project.resolve("ml/predictions.csv"), predictions(400, 0));
        // In production, half the churners are missed: recall 0.5.
        Files.writeString(project.resolve("ml/production.csv"), predictions(400, 2));
        Files.writeString(
                project.resolve("src/ml/deployment.yaml"),
                String.format(
                        COMPLETE,
                        "  predictions: ml/production.csv\n  criteria:\n    - {metric: recall, min: 0.8}\n"
                                + "    - {metric: precision, min: 0.8}\n"));
        GateResult result = gate();
        assertThat(errors(result)).contains("recall 0.5 >= 0.8 -> FAIL");
        assertThat(messages(result, Severity.INFO)).contains("precision 1 >= 0.8 -> PASS");
        DriftSummary summary = (DriftSummary) result.sections().get(DriftSummary.KEY);
        assertThat(summary.fields()).extracting(DriftSummary.FieldDrift::field).contains("(model scores)");
        assertThat(project.resolve("target/mlgate/monitor/metrics.json")).exists();
    }

    @Test
    void production_scores_that_moved_are_prediction_drift() throws IOException {
        write(rows(1, 2000, 0, "basic", "pro"), rows(5001, 1500, 0, "basic", "pro"));
        Files.createDirectories(project.resolve("ml"));
        Files.writeString(project.resolve("ml/predictions.csv"), predictions(2000, 0));
        Files.writeString(project.resolve("ml/production.csv"), predictions(2000, 1));
        Files.writeString(
                project.resolve("src/ml/deployment.yaml"),
                String.format(COMPLETE, "  predictions: ml/production.csv\n"));
        assertThat(errors(gate()))
                .singleElement()
                .asString()
                .isEqualTo("The model's scores drifted from the evaluation (ml/predictions.csv) to production"
                        + " (ml/production.csv): the Wasserstein distance in reference standard deviations, 0.5044,"
                        + " is above its bound 0.1 (the default for 2,000 numeric values). Their median is 0.4955 in"
                        + " the evaluation and 0.6995 in production.");
    }

    @Test
    void a_multiclass_models_predicted_classes_that_moved_are_prediction_drift() throws IOException {
        write(rows(1, 300, 0, "basic", "pro"), rows(5001, 300, 0, "basic", "pro"));
        Files.createDirectories(project.resolve("ml"));
        // The evaluation predicts a, b and c 100 times each; production predicts c 200 times.
        Files.writeString(project.resolve("ml/predictions.csv"), multiclass(300, i -> "abc".charAt(i % 3)));
        Files.writeString(
                project.resolve("ml/production.csv"), multiclass(300, i -> i < 50 ? 'a' : i < 100 ? 'b' : 'c'));
        Files.writeString(
                project.resolve("src/ml/deployment.yaml"),
                String.format(COMPLETE, "  predictions: ml/production.csv\n"));
        GateResult result = new MonitorGate().run(request(project, "multiclass"));

        // scipy.stats.chisquare([50, 50, 200], [100, 100, 100]) (SciPy 1.17.1; Debian's 1.10.1 gives the same):
        // statistic 150.0,
        // pvalue 2.678636961808087e-33; the expected counts are the evaluation's shares times production's rows,
        // as Evidently's chi-square test takes them.
        assertThat(errors(result))
                .containsExactly("The model's predicted classes drifted from the evaluation (ml/predictions.csv) to"
                        + " production (ml/production.csv): the chi-square p-value 2.679e-33 (statistic 150) is below"
                        + " its bound 0.05 (the default for 300 categorical values). The share of 'c' moved from"
                        + " 33.3% in the evaluation to 66.7% in production.");
        DriftSummary summary = (DriftSummary) result.sections().get(DriftSummary.KEY);
        DriftSummary.FieldDrift classes = summary.fields().get(summary.fields().size() - 1);
        assertThat(classes.field()).isEqualTo("(predicted classes)");
        assertThat(classes.value())
                .isCloseTo(2.678636961808087e-33, org.assertj.core.data.Percentage.withPercentage(1e-7));
    }

    @Test
    void criteria_without_production_predictions_say_where_to_name_them() throws IOException {
        write(rows(1, 50, 0, "basic", "pro"), rows(5001, 50, 0, "basic", "pro"));
        Files.writeString(
                project.resolve("src/ml/deployment.yaml"),
                String.format(COMPLETE, "  criteria:\n    - {metric: recall, min: 0.8}\n"));
        assertThat(errors(gate()))
                .containsExactly("monitoring.criteria are judged on labelled production predictions: name their file"
                        + " in monitoring.predictions.");
    }

    /**
     * A binary predictions file: label 1 on every other row. Shift 0 catches every churner (score 0.9, 0.1 for the
     * others); shift 1 scores every row 0.3 higher; shift 2 misses every other churner.
     */
    private static String predictions(int rows, int shift) {
        StringBuilder text = new StringBuilder("label,prediction,score\n");
        for (int i = 0; i < rows; i++) {
            boolean churner = i % 2 == 0;
            boolean caught = churner && !(shift == 2 && i % 4 == 0);
            double score = (caught ? 0.9 : 0.1) - (i % 10) * 0.001 + (shift == 1 ? 0.3 : 0);
            text.append(churner ? 1 : 0)
                    .append(',')
                    .append(caught ? 1 : 0)
                    .append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.3f", Math.min(1, score)))
                    .append('\n');
        }
        return text.toString();
    }

    /** A multiclass predictions file of three classes: the label is the predicted class, each row's score is 0.8. */
    private static String multiclass(int rows, java.util.function.IntFunction<Character> predicted) {
        StringBuilder text = new StringBuilder("label,prediction,score_a,score_b,score_c\n");
        for (int i = 0; i < rows; i++) {
            char c = predicted.apply(i);
            text.append(c).append(',').append(c);
            for (char k = 'a'; k <= 'c'; k++) {
                text.append(',').append(k == c ? "0.8" : "0.1");
            }
            text.append('\n');
        }
        return text.toString();
    }

    private GateResult run(String train, String production, String drift) throws IOException {
        write(train, production);
        Files.writeString(project.resolve("src/ml/deployment.yaml"), String.format(COMPLETE, drift));
        return gate();
    }

    private GateResult gate() throws IOException {
        return new MonitorGate().run(request(project));
    }

    /** A request with the evaluation's defaults: predictions in ml/predictions.csv, a binary task. */
    static MonitorRequest request(Path project) {
        return request(project, "binary");
    }

    /** A request with the evaluation's defaults but the task. */
    static MonitorRequest request(Path project, String task) {
        try {
            GateSettings settings = GateSettings.builder(project)
                    .outputDirectory(project.resolve("target/mlgate"))
                    .predictionsFile(project.resolve("ml/predictions.csv"))
                    .metricsFile(project.resolve("target/ml/metrics.json"))
                    .task(task)
                    .build();
            return new MonitorGate().request(settings, Services.none());
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String train, String production) throws IOException {
        Path directory = project.resolve("src/ml");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("train.csv"), train);
        Files.writeString(directory.resolve("test.csv"), rows(9001, 100, 0, "basic", "pro"));
        Files.writeString(directory.resolve("production.csv"), production);
        Files.writeString(
                directory.resolve("datapackage.yaml"),
                "resources:\n"
                        + "  - name: train\n    path: train.csv\n" + SCHEMA
                        + "  - name: test\n    path: test.csv\n" + SCHEMA
                        + "  - name: production\n    path: production.csv\n" + SCHEMA
                        + "splits:\n  train: train\n  test: test\n  key: id\n");
    }

    /** Rows whose age cycles over 18..77 (plus a shift), plan over the given values and joined over 2023's days. */
    private static String rows(int firstId, int count, int shift, String... plans) {
        return "id,age,plan,joined\n"
                + IntStream.range(0, count)
                        .mapToObj(i -> (firstId + i) + "," + (18 + (i * 7) % 60 + shift) + "," + plans[i % plans.length]
                                + "," + java.time.LocalDate.of(2023, 1, 1).plusDays((i * 13) % 365))
                        .collect(Collectors.joining("\n", "", "\n"));
    }

    private static List<String> errors(GateResult result) {
        return messages(result, Severity.ERROR);
    }

    private static List<String> messages(GateResult result, Severity severity) {
        return result.findings().stream()
                .filter(f -> f.severity() == severity)
                .map(Finding::message)
                .toList();
    }

    private static CheckResult check(GateResult result, String name) {
        return result.checks().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
