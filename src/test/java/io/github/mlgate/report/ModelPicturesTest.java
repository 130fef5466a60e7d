package io.github.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.evaluation.Curves;
import io.github.mlgate.evaluation.MeasuredMetrics;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.report.ReportPage.Graphic;
import io.github.mlgate.report.ReportPage.Inline;
import io.github.mlgate.report.ReportPage.Paragraph;
import io.github.mlgate.report.ReportPage.Section;
import io.github.mlgate.report.ReportPage.Table;
import io.github.mlgate.report.ReportPage.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model's pictures for each task: what is drawn, with which axes, and the confusion matrix as a table. */
class ModelPicturesTest {

    @Test
    void aRegressionIsDrawnAsPredictedAgainstActualAndItsResiduals() {
        Curves curves = new Curves(
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(List.of(1.0, 1.5), List.of(2.0, 1.8), List.of(3.0, 3.3)),
                null);

        Section pictures = pictures(curves, Locale.ENGLISH);

        List<Graphic> charts = graphics(pictures);
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0).svg()).contains("<title>Predicted against actual</title>", ">Actual</text>");
        assertThat(charts.get(0).svg()).containsPattern("(<circle [^>]*fill=\"#4a7bb7\"[^>]*/>.*){3}");
        assertThat(charts.get(1).description())
                .isEqualTo("Residuals against predicted: 3 points (every k-th row); the dashed line is a perfect"
                        + " prediction");
        assertThat(pictures.blocks()).noneMatch(Table.class::isInstance);
    }

    @Test
    void aMulticlassModelHasItsConfusionMatrixWithRowShares() {
        Curves curves = new Curves(
                null,
                null,
                null,
                null,
                List.of("cat", "dog", "eel"),
                List.of(List.of(8L, 2L, 0L), List.of(1L, 3L, 0L), List.of(0L, 0L, 0L)),
                null,
                Map.of("cat", List.of(List.of(0.0, 0.0), List.of(1.0, 1.0))));

        Section pictures = pictures(curves, Locale.ENGLISH);

        Table confusion = (Table) pictures.blocks().stream()
                .filter(Table.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(confusion.headers()).containsExactly("Actual \\ predicted", "cat", "dog", "eel");
        assertThat(confusion.rows())
                .extracting(row -> row.stream().map(ModelPicturesTest::text).toList())
                .containsExactly(
                        List.of("cat", "8 (80.0%)", "2 (20.0%)", "0 (0.0%)"),
                        List.of("dog", "1 (25.0%)", "3 (75.0%)", "0 (0.0%)"),
                        List.of("eel", "0", "0", "0"));
        List<Graphic> charts = graphics(pictures);
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).svg())
                .contains("<title>ROC curves, one class against the rest</title>", ">cat</text>");
    }

    @Test
    void titlesAndAxesAreInTheReportsLanguageAndEscaped() {
        Curves curves = new Curves(
                List.of(List.of(0.0, 0.0), List.of(1.0, 1.0)),
                List.of(List.of(0.0, 1.0), List.of(1.0, 0.5)),
                java.util.Arrays.asList(0.5, 0.5, 0.5, null),
                null,
                List.of("<no>", "<yes>"),
                List.of(List.of(1L, 1L), List.of(1L, 1L)),
                null,
                null);

        Section pictures = pictures(curves, Locale.forLanguageTag("pt-BR"));

        List<Graphic> charts = graphics(pictures);
        assertThat(charts.get(0).svg()).contains("<title>Curva ROC</title>", ">Taxa de falsos positivos</text>");
        // An undefined precision leaves the point out, and says so.
        assertThat(charts.get(1).description())
                .isEqualTo("Curva de precisão e revocação: o ponto de operação não é definido com estas evidências");
        assertThat(charts.get(1).svg()).doesNotContain("fill=\"#c0392b\"");
        Table confusion = (Table) pictures.blocks().stream()
                .filter(Table.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(confusion.headers()).contains("<no>"); // escaped where the page is written, as every cell is
    }

    private static Section pictures(Curves curves, Locale locale) {
        GateResult result = GateResult.of("evaluate", "ml/predictions.csv", List.of(), GatePolicy.DEFAULT)
                .withSection(
                        MeasuredMetrics.KEY, new MeasuredMetrics(Map.of("rmse", 0.3), Map.of(), null, null, curves));
        Section evaluation = new ModelSections(new ReportText(locale)).evaluation(result);
        return evaluation.subsections().stream()
                .filter(s -> s.id().equals("evaluation-pictures"))
                .findFirst()
                .orElseThrow();
    }

    private static List<Graphic> graphics(Section section) {
        return section.blocks().stream()
                .filter(Paragraph.class::isInstance)
                .flatMap(block -> ((Paragraph) block).parts().stream())
                .filter(Graphic.class::isInstance)
                .map(Graphic.class::cast)
                .toList();
    }

    private static String text(List<Inline> cell) {
        StringBuilder text = new StringBuilder();
        for (Inline part : cell) {
            if (part instanceof Text t) {
                text.append(t.text());
            }
        }
        return text.toString();
    }
}
