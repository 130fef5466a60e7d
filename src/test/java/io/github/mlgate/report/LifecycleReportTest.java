package io.github.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.document.DocumentReader;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.lifecycle.ExampleProject;
import io.github.mlgate.lifecycle.GateRegistry;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.lifecycle.LifecycleCheck;
import io.github.mlgate.report.ReportPage.Inline;
import io.github.mlgate.report.ReportPage.Section;
import io.github.mlgate.report.ReportPage.Table;
import io.github.mlgate.report.ReportPage.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site page built from the example project's results, as a structure, before any rendering. */
class LifecycleReportTest {

    @TempDir
    Path project;

    private ReportPage page;

    @BeforeEach
    void buildThePage() throws Exception {
        ExampleProject.copyTo(project);
        List<GateResult> results = new ArrayList<>();
        for (GateRun run :
                new LifecycleCheck().run(ExampleProject.request(project, List.of(), false, Map.of(), false))) {
            results.add(run.result());
        }
        Path scope = project.resolve("src/ml/scope.yaml");
        page = new LifecycleReport(new ReportText(Locale.ENGLISH))
                .build(new LifecycleReport.Input(
                        GateRegistry.GATES,
                        "Churn",
                        "test",
                        results,
                        "computed",
                        DocumentReader.read(scope, "src/ml/scope.yaml"),
                        Map.of()));
    }

    @Test
    void theOverviewHasAStatusPerStageAndTheReadiness() {
        Table overview = table(section("overview"), 0);

        assertThat(overview.rows())
                .extracting(row -> text(row.get(0)))
                .containsExactly(
                        "Scope", "Data preparation", "Modelling", "Modelling", "Deployment", "Deployment readiness");
        assertThat(overview.rows()).extracting(row -> text(row.get(2))).containsOnly("PASSED");
        assertThat(text(overview.rows().get(5).get(5))).isEqualTo("Ready so far: every gate ran and passed.");
    }

    @Test
    void theRiskMatrixPlacesEachRiskByLikelihoodAndImpact() {
        Table matrix = table(subsection(section("scope"), "scope-risks"), 0);

        assertThat(matrix.rows())
                .extracting(row -> row.stream().map(LifecycleReportTest::text).toList())
                .containsExactly(
                        List.of("high", "", "", "R2"), List.of("medium", "", "R3", "R1"), List.of("low", "", "", ""));
    }

    @Test
    void theSliceTableEndsWithTheGapOfEachJudgedMetric() {
        Table slices = table(subsection(section("evaluation"), "evaluation-slices"), 0);

        assertThat(slices.headers()).containsExactly("Slice", "Rows", "roc_auc", "recall", "precision");
        assertThat(slices.rows())
                .extracting(row -> row.stream().map(LifecycleReportTest::text).toList())
                .contains(List.of("Gap across plan", "", "0.02134", "0.03364", "0.03682"));
    }

    private Section section(String id) {
        return page.sections().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Section subsection(Section section, String id) {
        return section.subsections().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Table table(Section section, int index) {
        return section.blocks().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .toList()
                .get(index);
    }

    private static String text(List<Inline> cell) {
        StringBuilder text = new StringBuilder();
        for (Inline part : cell) {
            if (part instanceof Text t) {
                text.append(t.text());
            } else if (part instanceof ReportPage.Link link) {
                text.append(link.text());
            }
        }
        return text.toString();
    }
}
