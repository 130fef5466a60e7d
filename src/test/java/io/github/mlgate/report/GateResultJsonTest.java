package io.github.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlgate.baseline.Comparisons;
import io.github.mlgate.baseline.RocCurves;
import io.github.mlgate.data.resource.DataSummary;
import io.github.mlgate.data.resource.SplitSummary;
import io.github.mlgate.deployment.ServingSummary;
import io.github.mlgate.evaluation.Criteria;
import io.github.mlgate.evaluation.MeasuredMetrics;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.lifecycle.ExampleProject;
import io.github.mlgate.lifecycle.GateRegistry;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.lifecycle.LifecycleCheck;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every gate's result, with every section it holds, is written to {@code report.json} and read back as the same
 * typed result: the example project's run gives every section (data with profiles, splits, metrics, criteria,
 * comparisons).
 */
class GateResultJsonTest {

    @TempDir
    Path project;

    private List<GateResult> results;

    @BeforeEach
    void runTheExample() throws Exception {
        ExampleProject.copyTo(project);
        results = new LifecycleCheck()
                .run(ExampleProject.request(project, List.of(), false, Map.of(), false)).stream()
                        .map(GateRun::result)
                        .toList();
    }

    @Test
    void everySectionOfEveryGateReadsBackAsWritten() throws Exception {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (GateResult result : results) {
            ObjectNode written = GateResultJson.toJson(result);
            GateResult back = GateResultJson.fromJson(written, GateRegistry.sectionsOf(result.gate()));

            assertThat(ReportJson.MAPPER.writeValueAsString(GateResultJson.toJson(back)))
                    .isEqualTo(ReportJson.MAPPER.writeValueAsString(written));
            assertThat(back.sections().keySet())
                    .containsExactlyElementsOf(result.sections().keySet());
            back.sections().forEach((key, section) -> types.put(result.gate() + "." + key, section.getClass()));
        }
        assertThat(types)
                .containsExactly(
                        Map.entry("data.data", DataSummary.class),
                        Map.entry("data.splits", SplitSummary.class),
                        Map.entry("evaluate.metrics", MeasuredMetrics.class),
                        Map.entry("evaluate.criteria", Criteria.class),
                        Map.entry("baseline.comparisons", Comparisons.class),
                        Map.entry("baseline.rocCurves", RocCurves.class),
                        Map.entry("deploy.serving", ServingSummary.class),
                        Map.entry("deploy.criteria", Criteria.class));
    }

    @Test
    void theSectionsKeepTheShapeDocsOutputsDescribes() {
        ObjectNode data = GateResultJson.toJson(results.get(1));
        assertThat(data.get("data").isArray()).isTrue();
        assertThat(data.at("/data/0").fieldNames())
                .toIterable()
                .containsExactly("name", "files", "rows", "errors", "profile");
        assertThat(data.at("/data/0/errors").fieldNames())
                .toIterable()
                .containsExactly("total", "rowsWithErrors", "byCode", "byField");
        assertThat(data.get("splits").fieldNames())
                .toIterable()
                .containsExactly("key", "roles", "leakage", "labelDrift");
        ObjectNode evaluate = GateResultJson.toJson(results.get(2));
        assertThat(evaluate.get("metrics").fieldNames()).toIterable().contains("metrics", "slices", "sliceSizes");
        assertThat(evaluate.at("/criteria/0/criterion").asText()).isEqualTo("roc_auc >= 0.8");
        assertThat(evaluate.at("/criteria/0/verdict").asText()).isEqualTo("PASS");
        ObjectNode baseline = GateResultJson.toJson(results.get(3));
        assertThat(baseline.at("/comparisons/0").fieldNames())
                .toIterable()
                .contains("baseline", "metric", "candidate", "baselineValue", "delta", "status");
    }

    @Test
    void aSectionTheGateDoesNotHaveIsRefused() {
        ObjectNode written = GateResultJson.toJson(results.get(0));
        written.putObject("surprise");

        assertThatThrownBy(() -> GateResultJson.fromJson(written, GateRegistry.sectionsOf("scope")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the gate scope has no section 'surprise'");
    }
}
