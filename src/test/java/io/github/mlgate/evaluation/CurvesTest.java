package io.github.mlgate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The numbers behind the model's pictures, against scikit-learn 1.2.1 (Debian's python3-sklearn):
 *
 * <pre>
 * y = [1, 0, 1, 1, 0, 0, 1, 0, 1, 0]
 * s = [0.9, 0.8, 0.8, 0.6, 0.55, 0.4, 0.35, 0.2, 0.95, 0.05]
 * roc_curve(y, s, drop_intermediate=False)
 * precision_recall_curve(y, s)
 * calibration_curve(y, s, n_bins=10)
 * confusion_matrix(y, [1 if x >= 0.5 else 0 for x in s])
 * </pre>
 */
class CurvesTest {

    private static final int[] ACTUAL = {1, 0, 1, 1, 0, 0, 1, 0, 1, 0};
    private static final double[] SCORE = {0.9, 0.8, 0.8, 0.6, 0.55, 0.4, 0.35, 0.2, 0.95, 0.05};

    @Test
    void theRocCurveIsScikitLearnsWithEveryThreshold() {
        assertPoints(curves().roc(), new double[][] {
            {0.0, 0.0},
            {0.0, 0.2},
            {0.0, 0.4},
            {0.2, 0.6},
            {0.2, 0.8},
            {0.4, 0.8},
            {0.6, 0.8},
            {0.6, 1.0},
            {0.8, 1.0},
            {1.0, 1.0}
        });
    }

    @Test
    void thePrecisionRecallCurveIsScikitLearnsByFallingThreshold() {
        // scikit-learn lists the points by rising threshold, ending at (0, 1); these are the same, reversed.
        double[][] sklearn = {
            {1.0, 0.5},
            {1.0, 0.555556},
            {1.0, 0.625},
            {0.8, 0.571429},
            {0.8, 0.666667},
            {0.8, 0.8},
            {0.6, 0.75},
            {0.4, 1.0},
            {0.2, 1.0},
            {0.0, 1.0}
        };
        List<double[]> reversed = new ArrayList<>(List.of(sklearn));
        Collections.reverse(reversed);
        assertPoints(curves().precisionRecall(), reversed.toArray(double[][]::new));
    }

    @Test
    void theCalibrationBinsAreScikitLearnsRightClosedBins() {
        List<Curves.Bin> bins = curves().calibration();
        List<Double> meanScores = bins.stream()
                .map(Curves.Bin::meanScore)
                .filter(Objects::nonNull)
                .toList();
        List<Double> positives = bins.stream()
                .map(Curves.Bin::fractionPositive)
                .filter(Objects::nonNull)
                .toList();

        // calibration_curve: prob_pred and prob_true of the bins that hold rows.
        assertThat(meanScores).hasSize(7);
        double[] probPred = {0.05, 0.2, 0.375, 0.575, 0.8, 0.9, 0.95};
        double[] probTrue = {0.0, 0.0, 0.5, 0.5, 0.5, 1.0, 1.0};
        for (int i = 0; i < 7; i++) {
            assertThat(meanScores.get(i)).isCloseTo(probPred[i], within(1e-9));
            assertThat(positives.get(i)).isCloseTo(probTrue[i], within(1e-9));
        }
        assertThat(bins).hasSize(10);
        assertThat(bins.stream().mapToLong(Curves.Bin::count).sum()).isEqualTo(10);
    }

    /**
     * Scores on and beside the bins' edges fall where scikit-learn 1.2.1 puts them ({@code calibration_curve(y, s,
     * n_bins=10)} with the scores below and {@code y} alternating 1, 0): numpy's edges are {@code 0.1 * i}, so 0.3 lies
     * below the edge 0.30000000000000004 and shares its bin.
     */
    @Test
    void scoresOnTheEdgesFallInScikitLearnsBins() {
        double[] score = {
            0.0,
            0.1,
            0.2,
            0.3,
            0.30000000000000004,
            0.35,
            0.4,
            0.5,
            0.6,
            0.6000000000000001,
            0.7,
            0.7000000000000001,
            0.8,
            0.9,
            0.9000000000000001,
            1.0
        };
        int[] actual = new int[score.length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = i % 2 == 0 ? 1 : 0;
        }

        List<Curves.Bin> bins = curvesOf(binary(actual, score)).calibration();

        double[] probPred = {0.05, 0.2, 0.30000000000000004, 0.375, 0.5, 0.6000000000000001, 0.7, 0.8, 0.9, 0.95};
        double[] probTrue = {0.5, 1.0, 0.5, 0.5, 0.0, 0.5, 0.5, 1.0, 0.0, 0.5};
        for (int bin = 0; bin < 10; bin++) {
            assertThat(bins.get(bin).meanScore()).as("bin %d", bin).isCloseTo(probPred[bin], within(1e-12));
            assertThat(bins.get(bin).fractionPositive()).as("bin %d", bin).isCloseTo(probTrue[bin], within(1e-12));
        }
    }

    @Test
    void theConfusionMatrixAndTheOperatingPointAreAtTheThreshold() {
        Curves curves = curves();

        assertThat(curves.confusion()).isEqualTo(List.of(List.of(3L, 2L), List.of(1L, 4L)));
        // fpr 2/5, tpr 4/5, recall 4/5, precision 4/6
        assertThat(curves.operatingPoint().get(0)).isCloseTo(0.4, within(1e-12));
        assertThat(curves.operatingPoint().get(1)).isCloseTo(0.8, within(1e-12));
        assertThat(curves.operatingPoint().get(3)).isCloseTo(4 / 6.0, within(1e-12));
    }

    @Test
    void aLongCurveIsThinnedToAtMostTwoHundredPointsKeepingItsEnds() {
        int n = 100_000;
        int[] actual = new int[n];
        double[] score = new double[n];
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261201);
        for (int i = 0; i < n; i++) {
            score[i] = random.nextDouble();
            actual[i] = random.nextDouble() < score[i] ? 1 : 0;
        }
        Curves curves = curvesOf(binary(actual, score));

        assertThat(curves.roc()).hasSizeLessThanOrEqualTo(Curves.MAX_POINTS);
        assertThat(curves.roc().get(0)).containsExactly(0.0, 0.0);
        assertThat(curves.roc().get(curves.roc().size() - 1)).containsExactly(1.0, 1.0);
        assertThat(curves.precisionRecall()).hasSizeLessThanOrEqualTo(Curves.MAX_POINTS);
    }

    /**
     * One-vs-rest ROC curves of a multiclass model, against scikit-learn's {@code roc_curve(y == c, s[:, c],
     * drop_intermediate=False)} for each class of {@code y = [0, 1, 2, 1, 0, 2, 1, 0]} and the scores below.
     */
    @Test
    void eachClassHasItsRocCurveAgainstTheRest() {
        int[] actual = {0, 1, 2, 1, 0, 2, 1, 0};
        double[][] rows = {
            {0.7, 0.2, 0.1}, {0.1, 0.6, 0.3}, {0.2, 0.2, 0.6}, {0.3, 0.4, 0.3},
            {0.5, 0.3, 0.2}, {0.1, 0.3, 0.6}, {0.2, 0.5, 0.3}, {0.4, 0.4, 0.2}
        };
        double[][] byClass = new double[3][actual.length];
        for (int row = 0; row < actual.length; row++) {
            for (int c = 0; c < 3; c++) {
                byClass[c][row] = rows[row][c];
            }
        }
        Curves curves =
                curvesOf(new Predictions.Multiclass(List.of("a", "b", "c"), actual, actual, byClass, List.of()));

        double third = 1 / 3.0;
        assertPoints(
                curves.oneVsRest().get("a"),
                new double[][] {{0, 0}, {0, third}, {0, 2 * third}, {0, 1}, {0.2, 1}, {0.6, 1}, {1, 1}});
        assertPoints(
                curves.oneVsRest().get("b"),
                new double[][] {{0, 0}, {0, third}, {0, 2 * third}, {0.2, 1}, {0.6, 1}, {1, 1}});
        assertPoints(curves.oneVsRest().get("c"), new double[][] {{0, 0}, {0, 1}, {0.5, 1}, {5 / 6.0, 1}, {1, 1}});
        assertThat(curves.confusion().get(2)).containsExactly(0L, 0L, 2L);
    }

    /** The curves as the gate draws them: from the rows the metrics ranked. */
    private static Curves curvesOf(Predictions predictions) {
        return Curves.of(predictions, PredictionMetrics.prepare(predictions, null));
    }

    private static Curves curves() {
        return curvesOf(binary(ACTUAL, SCORE));
    }

    private static Predictions.Binary binary(int[] actual, double[] score) {
        int[] predicted = new int[actual.length];
        for (int i = 0; i < actual.length; i++) {
            predicted[i] = score[i] >= 0.5 ? 1 : 0;
        }
        return new Predictions.Binary(List.of("0", "1"), actual, predicted, score, List.of());
    }

    private static void assertPoints(List<List<Double>> points, double[][] expected) {
        assertThat(points).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(points.get(i).get(0)).as("point %d x", i).isCloseTo(expected[i][0], within(1e-6));
            assertThat(points.get(i).get(1)).as("point %d y", i).isCloseTo(expected[i][1], within(1e-6));
        }
    }
}
