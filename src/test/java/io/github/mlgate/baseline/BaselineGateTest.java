package io.github.mlgate.baseline;

import static io.github.mlgate.gate.TestFindings.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.evaluation.PredictionsCache;
import io.github.mlgate.evaluation.PredictionsFormat;
import io.github.mlgate.evaluation.Task;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineGateTest {

    @TempDir
    Path project;

    private final Map<String, ReleaseResolver.Release> releases = new java.util.HashMap<>();

    @Test
    void improvementsAndRegressionsFollowTheMetricsDirection() throws IOException {
        write("target/ml/metrics.json", "{\"metrics\": {\"f1\": 0.80, \"log_loss\": 0.30}}");
        write("old.json", "{\"metrics\": {\"f1\": 0.78, \"log_loss\": 0.35}}");

        GateResult result = run(
                "  - name: old\n    kind: model\n    description: d\n    metrics: old.json\n",
                "  - baseline: old\n    metric: f1\n    minDelta: 0.01\n"
                        + "  - baseline: old\n    metric: log_loss\n    maxRelativeRegression: 0.05\n",
                true);

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(messages(result, "comparison-met"))
                .containsExactly(
                        "f1 0.8 vs 0.78 (old): delta +0.02 (+2.56%) -> PASS (needs improvement >= +0.01)",
                        "log_loss 0.3 vs 0.35 (old): delta -0.05 (-14.29%, lower is better) -> PASS (needs relative"
                                + " improvement >= -5%)");
    }

    @Test
    void aSuspiciouslyLargeImprovementFails() throws IOException {
        write("target/ml/metrics.json", "{\"metrics\": {\"accuracy\": 0.99}}");
        write("rule.json", "{\"metrics\": {\"accuracy\": 0.60}}");

        GateResult result = run(
                "  - name: rule\n    kind: heuristic\n    description: d\n    metrics: rule.json\n",
                "  - baseline: rule\n    metric: accuracy\n    maxDelta: 0.2\n",
                true);

        assertThat(messages(result, "comparison-missed"))
                .containsExactly("accuracy 0.99 vs 0.6 (rule): delta +0.39 (+65%) -> FAIL (needs improvement <= +0.2,"
                        + " as a larger one usually means leakage)");
    }

    @Test
    void anUnknownMetricNeedsADirection() throws IOException {
        write("target/ml/metrics.json", "{\"metrics\": {\"revenue_uplift\": 3.0}}");
        write("rule.json", "{\"metrics\": {\"revenue_uplift\": 2.0}}");

        GateResult result = run(
                "  - name: rule\n    kind: heuristic\n    description: d\n    metrics: rule.json\n",
                "  - baseline: rule\n    metric: revenue_uplift\n",
                true);

        assertThat(messages(result, "unknown-direction"))
                .containsExactly("'revenue_uplift' is not a metric mlgate knows, so it cannot tell better from worse;"
                        + " set direction: higher or direction: lower on comparisons[0].");
    }

    @Test
    void aPreviousReleaseIsResolvedAndAMissingOneWarnsWhenAsked() throws IOException {
        write("target/ml/metrics.json", "{\"metrics\": {\"roc_auc\": 0.8}}");
        Path old = write("released.json", "{\"metrics\": {\"roc_auc\": 0.82}}");
        releases.put("com.example:churn:(,2.0)", new ReleaseResolver.Release("1.4", old));
        String baselines =
                "  - name: last\n    kind: previous-release\n    description: d\n    artifact: com.example:churn\n"
                        + "  - name: none\n    kind: previous-release\n    description: d\n    artifact: com.example:gone\n";
        String rules = "  - baseline: last\n    metric: roc_auc\n    maxRegression: 0.05\n"
                + "  - baseline: none\n    metric: roc_auc\n";

        GateResult warned = run(baselines, rules, false);
        GateResult failed = run(baselines, rules, true);

        assertThat(messages(warned, "comparison-met"))
                .containsExactly(
                        "roc_auc 0.8 vs 0.82 (last): delta -0.02 (-2.44%) -> PASS (needs improvement >= -0.05)");
        assertThat(warned.findings())
                .filteredOn(f -> f.code().equals("missing-baseline"))
                .extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
        assertThat(warned.status()).isEqualTo(GateStatus.PASSED);
        assertThat(failed.status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void significanceNeedsPredictionsOfBoth() throws IOException {
        write("target/ml/metrics.json", "{\"metrics\": {\"roc_auc\": 0.9}}");
        write("rule.json", "{\"metrics\": {\"roc_auc\": 0.7}}");

        GateResult result = run(
                "  - name: rule\n    kind: heuristic\n    description: d\n    metrics: rule.json\n",
                "  - baseline: rule\n    metric: roc_auc\n    significance: 0.05\n",
                true);

        assertThat(messages(result, "no-significance"))
                .containsExactly("Significance needs the predictions of both the model and 'rule' on the same rows;"
                        + " the model has only metrics.");
    }

    @Test
    void withoutComparisonsTheGateFails() throws IOException {
        write("target/ml/metrics.json", "{\"metrics\": {\"roc_auc\": 0.9}}");

        GateResult result = run("  - name: rule\n    kind: heuristic\n    description: d\n", "", true);

        assertThat(result.findings()).extracting(Finding::code).containsExactly("no-comparisons");
    }

    private Path write(String name, String text) throws IOException {
        Path file = project.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private GateResult run(String baselines, String comparisons, boolean failOnMissing) throws IOException {
        write(
                "src/ml/scope.yaml",
                "baselines:\n" + baselines + (comparisons.isEmpty() ? "" : "comparisons:\n" + comparisons));
        ReleaseResolver resolver =
                (group, artifact, range) -> Optional.ofNullable(releases.get(group + ":" + artifact + ":" + range));
        return new BaselineGate()
                .run(new BaselineRequest(
                        project,
                        null,
                        Path.of("target/ml/predictions.csv"),
                        Path.of("target/ml/metrics.json"),
                        new PredictionsFormat(Task.BINARY, "label", "prediction", "score", "1", 0.5, List.of()),
                        "(,2.0)",
                        failOnMissing,
                        200,
                        1,
                        resolver,
                        GatePolicy.DEFAULT,
                        new PredictionsCache()));
    }
}
