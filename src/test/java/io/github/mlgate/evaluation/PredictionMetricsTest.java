package io.github.mlgate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Each metric against the value scikit-learn 1.2.1 gives for the same data (computed with its functions of the same
 * name; log loss with {@code eps} set to machine epsilon, as later versions do by default).
 */
class PredictionMetricsTest {

    private static final int[] Y = {1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1};
    private static final double[] S = {0.9, 0.8, 0.8, 0.7, 0.6, 0.4, 0.4, 0.3, 0.2, 0.1, 0.1, 1.0};

    static Predictions binary(int[] actual, double[] scores, double threshold) {
        int[] predicted = new int[actual.length];
        for (int i = 0; i < actual.length; i++) {
            predicted[i] = scores[i] >= threshold ? 1 : 0;
        }
        return new Predictions.Binary(List.of("0", "1"), actual, predicted, scores, List.of());
    }

    @Test
    void binaryMetricsMatchScikitLearn() {
        Map<String, Double> m = PredictionMetrics.compute(binary(Y, S, 0.35), null);

        assertThat(m.get("accuracy")).isCloseTo(0.6666666666666666, within(1e-12));
        assertThat(m.get("balanced_accuracy")).isCloseTo(0.6666666666666667, within(1e-12));
        assertThat(m.get("precision")).isCloseTo(0.625, within(1e-12));
        assertThat(m.get("recall")).isCloseTo(0.8333333333333334, within(1e-12));
        assertThat(m.get("f1")).isCloseTo(0.7142857142857143, within(1e-12));
        assertThat(m.get("specificity")).isCloseTo(0.5, within(1e-12));
        assertThat(m.get("mcc")).isCloseTo(0.3535533905932738, within(1e-12));
        assertThat(m.get("roc_auc")).isCloseTo(0.7777777777777778, within(1e-12));
        assertThat(m.get("average_precision")).isCloseTo(0.7958333333333333, within(1e-12));
        assertThat(m.get("log_loss")).isCloseTo(0.5679048248789712, within(1e-12));
        assertThat(m.get("brier")).isCloseTo(0.2008333333333333, within(1e-12));
    }

    @Test
    void aucIsInvariantUnderMonotoneTransformsOfTheScores() {
        SplittableRandom random = new SplittableRandom(42);
        int n = 500;
        int[] actual = new int[n];
        double[] scores = new double[n];
        double[] transformed = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = random.nextInt(2);
            // Coarse scores, so that ties occur and must be treated alike.
            scores[i] = Math.round((actual[i] * 0.3 + random.nextDouble() * 0.7) * 20) / 20.0;
            transformed[i] = Math.pow(scores[i], 3) / 2;
        }
        double auc =
                PredictionMetrics.compute(binary(actual, scores, 0.5), null).get("roc_auc");
        double after = PredictionMetrics.compute(binary(actual, transformed, 0.5), null)
                .get("roc_auc");

        assertThat(after).isEqualTo(auc);
        assertThat(auc).isBetween(0.6, 0.95);
    }

    @Test
    void aucCountsTiesAsOneHalf() {
        assertThat(PredictionMetrics.compute(binary(new int[] {1, 0}, new double[] {0.5, 0.5}, 0.5), null)
                        .get("roc_auc"))
                .isEqualTo(0.5);
    }

    @Test
    void rankingMetricsOfOneClassAreUndefined() {
        Map<String, Double> m =
                PredictionMetrics.compute(binary(new int[] {0, 0, 0}, new double[] {0.1, 0.5, 0.2}, 0.5), null);

        assertThat(m.get("roc_auc")).isNaN();
        assertThat(m.get("average_precision")).isNaN();
        assertThat(m.get("recall")).isEqualTo(0.0);
        // scikit-learn leaves out the class absent from the actual labels: the recall of the negatives alone.
        assertThat(m.get("balanced_accuracy")).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void logLossClipsCertainWrongAnswers() {
        double loss = PredictionMetrics.compute(binary(new int[] {1}, new double[] {0.0}, 0.5), null)
                .get("log_loss");

        assertThat(loss).isCloseTo(-Math.log(Math.ulp(1.0)), within(1e-9)).isFinite();
    }

    @Test
    void multiclassMetricsMatchScikitLearn() {
        List<String> classes = List.of("a", "b", "c");
        int[] actual = {0, 1, 2, 0, 1, 2, 0, 0, 1, 2};
        int[] predicted = {0, 1, 1, 0, 2, 2, 1, 0, 1, 0};
        double[][] rows = {
            {.7, .2, .1}, {.1, .6, .3}, {.2, .5, .3}, {.8, .1, .1}, {.2, .3, .5},
            {.1, .2, .7}, {.3, .4, .3}, {.6, .2, .2}, {.2, .7, .1}, {.5, .2, .3}
        };
        double[][] scores = new double[3][rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) {
                scores[c][r] = rows[r][c];
            }
        }
        Predictions p = new Predictions.Multiclass(classes, actual, predicted, scores, List.of());

        Map<String, Double> m = PredictionMetrics.compute(p, null);

        assertThat(m.get("accuracy")).isCloseTo(0.6, within(1e-12));
        assertThat(m.get("balanced_accuracy")).isCloseTo(0.5833333333333333, within(1e-12));
        assertThat(m.get("precision_macro")).isCloseTo(0.5833333333333334, within(1e-12));
        assertThat(m.get("recall_macro")).isCloseTo(0.5833333333333333, within(1e-12));
        assertThat(m.get("f1_macro")).isCloseTo(0.5738095238095239, within(1e-12));
        assertThat(m.get("precision_micro")).isCloseTo(0.6, within(1e-12));
        assertThat(m.get("recall_micro")).isCloseTo(0.6, within(1e-12));
        assertThat(m.get("f1_micro")).isCloseTo(0.6, within(1e-12));
        assertThat(m.get("precision_weighted")).isCloseTo(0.6, within(1e-12));
        assertThat(m.get("recall_weighted")).isCloseTo(0.6, within(1e-12));
        assertThat(m.get("f1_weighted")).isCloseTo(0.5914285714285714, within(1e-12));
        assertThat(m.get("log_loss")).isCloseTo(0.7130710847966133, within(1e-12));
        assertThat(m.get("roc_auc_ovr")).isCloseTo(0.8908730158730158, within(1e-12));
    }

    @Test
    void regressionMetricsMatchScikitLearn() {
        double[] y = {3.0, -0.5, 2.0, 7.0, 4.2, 0.0};
        double[] yhat = {2.5, 0.0, 2.0, 8.0, 3.9, 0.3};
        Predictions p = new Predictions.Regression(y, yhat, List.of());

        Map<String, Double> m = PredictionMetrics.compute(p, null);

        assertThat(m.get("mae")).isCloseTo(0.43333333333333335, within(1e-12));
        assertThat(m.get("mse")).isCloseTo(0.28, within(1e-12));
        assertThat(m.get("rmse")).isCloseTo(0.5291502622129182, within(1e-12));
        assertThat(m.get("r2")).isCloseTo(0.9567103285376852, within(1e-12));
        // A zero actual value divides by machine epsilon, as scikit-learn does: a huge but finite percentage.
        assertThat(m.get("mape")).isCloseTo(225179981368525.03, within(1.0));
        assertThat(m.get("median_ae")).isCloseTo(0.40000000000000013, within(1e-12));
        assertThat(m.get("max_error")).isCloseTo(1.0, within(1e-12));
        assertThat(m.get("explained_variance")).isCloseTo(0.9610049388018037, within(1e-12));
    }

    @Test
    void aConstantTargetScoresR2AsScikitLearnForcesIt() {
        Predictions exact = new Predictions.Regression(new double[] {1, 1}, new double[] {1, 1}, List.of());
        Predictions off = new Predictions.Regression(new double[] {1, 1}, new double[] {1, 2}, List.of());

        assertThat(PredictionMetrics.compute(exact, null).get("r2")).isEqualTo(1.0);
        assertThat(PredictionMetrics.compute(off, null).get("r2")).isEqualTo(0.0);
    }

    @Test
    void aSubsetOfRowsIsMeasuredAlone() {
        Map<String, Double> firstFour = PredictionMetrics.compute(binary(Y, S, 0.5), new int[] {0, 1, 2, 3});

        assertThat(firstFour.get("accuracy")).isEqualTo(0.75);
        // Positives 0.9, 0.8, 0.7 against the negative 0.8: 1 + 1/2 + 0 of 3 pairs.
        assertThat(firstFour.get("roc_auc")).isEqualTo(0.5);
    }
}
