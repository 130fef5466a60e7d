package io.github.mlgate.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the model's pictures are drawn from, computed from its predictions over all rows: for a binary classifier the
 * ROC and precision-recall curves (at most {@value #MAX_POINTS} points each, kept evenly along the curve; the AUC in
 * the metrics stays exact), the operating point at the decision threshold, a calibration diagram and the confusion
 * matrix; for a multiclass one the confusion matrix; for a regression a sample of predicted against actual values.
 * Stored in {@code metrics.json} and the report; numbers only.
 *
 * @param roc a binary classifier's ROC curve: {@code [false positive rate, true positive rate]} points from (0, 0) to
 *     (1, 1); null without scores
 * @param precisionRecall its precision-recall curve: {@code [recall, precision]} points by falling threshold, from
 *     (0, 1); null without scores
 * @param operatingPoint where the predicted classes put it: {@code [false positive rate, true positive rate, recall,
 *     precision]}, a rate that is undefined (no positives, say) as null
 * @param calibration ten equal-width bins of the score, right-closed as scikit-learn's {@code calibration_curve}
 *     makes them, with the mean score, the share of positives and the count of each; null without scores
 * @param classes the classes of the confusion matrix, in its row and column order; null for a regression
 * @param confusion counts by actual class (rows) and predicted class (columns); null for a regression
 * @param predictedVsActual a regression's {@code [actual, predicted]} points, every k-th row up to
 *     {@value #MAX_POINTS} of them; null for a classifier
 * @param oneVsRest a multiclass classifier's ROC curve of each class against the others, by class, from its score
 *     column; null without scores or for other tasks
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Curves(
        List<List<Double>> roc,
        List<List<Double>> precisionRecall,
        List<Double> operatingPoint,
        List<Bin> calibration,
        List<String> classes,
        List<List<Long>> confusion,
        List<List<Double>> predictedVsActual,
        Map<String, List<List<Double>>> oneVsRest) {

    /** The most points a curve or a scatter keeps. */
    static final int MAX_POINTS = 200;

    /** The calibration diagram's bins. */
    static final int BINS = 10;

    /**
     * A bin of the calibration diagram.
     *
     * @param from its lowest score
     * @param to its highest score (the last bin includes 1)
     * @param meanScore the mean score of its rows, or null when it has none
     * @param fractionPositive the share of its rows that are positive, or null when it has none
     * @param count its rows
     */
    public record Bin(double from, double to, Double meanScore, Double fractionPositive, long count) {}

    /**
     * The pictures' numbers for a model's predictions, from their rows already ranked for the metrics.
     *
     * @param predictions the predictions
     * @param all all their rows, prepared
     * @return the curves
     */
    static Curves of(Predictions predictions, PredictionMetrics.Prepared all) {
        if (predictions instanceof Predictions.Binary binary) {
            return binary(binary, all);
        }
        if (predictions instanceof Predictions.Multiclass multiclass) {
            Map<String, List<List<Double>>> oneVsRest = null;
            if (multiclass.scores() != null) {
                oneVsRest = new LinkedHashMap<>();
                for (int c = 0; c < multiclass.classes().size(); c++) {
                    oneVsRest.put(
                            multiclass.classes().get(c), sweep(all.ranked(c), c).get(0));
                }
            }
            return new Curves(
                    null,
                    null,
                    null,
                    null,
                    multiclass.classes(),
                    confusion(multiclass.classes().size(), multiclass.actual(), multiclass.predicted()),
                    null,
                    oneVsRest);
        }
        Predictions.Regression regression = (Predictions.Regression) predictions;
        return new Curves(
                null, null, null, null, null, null, scatter(regression.actual(), regression.predicted()), null);
    }

    private static Curves binary(Predictions.Binary p, PredictionMetrics.Prepared all) {
        List<List<Long>> confusion = confusion(2, p.actual(), p.predicted());
        double tn = confusion.get(0).get(0);
        double fp = confusion.get(0).get(1);
        double fn = confusion.get(1).get(0);
        double tp = confusion.get(1).get(1);
        List<Double> operating =
                Arrays.asList(rate(fp, fp + tn), rate(tp, tp + fn), rate(tp, tp + fn), rate(tp, tp + fp));
        if (p.score() == null) {
            return new Curves(null, null, operating, null, p.classes(), confusion, null, null);
        }
        List<List<List<Double>>> curves = sweep(all.ranked(1), 1);
        return new Curves(
                curves.get(0),
                curves.get(1),
                operating,
                calibration(p.score(), p.actual()),
                p.classes(),
                confusion,
                null,
                null);
    }

    /**
     * The ROC and precision-recall curves of one class against the others, each thinned: the rows by falling score,
     * one point per distinct score (tied rows are one threshold). The rows come ranked from the metrics, so the
     * pictures cost one pass and no second sort of every row.
     */
    private static List<List<List<Double>>> sweep(PredictionMetrics.Ranked ranked, int positive) {
        double[] score = ranked.score();
        int[] actual = ranked.actual();
        long positives = 0;
        for (int value : actual) {
            if (value == positive) {
                positives++;
            }
        }
        long negatives = actual.length - positives;
        List<List<Double>> roc = new ArrayList<>();
        List<List<Double>> pr = new ArrayList<>();
        roc.add(point(0.0, 0.0));
        // The curve starts at recall 0 and precision 1, the point scikit-learn's precision_recall_curve ends with.
        pr.add(point(0.0, 1.0));
        long truePositives = 0;
        long falsePositives = 0;
        for (int rank = score.length - 1; rank >= 0; rank--) {
            int at = ranked.at(rank);
            if (actual[at] == positive) {
                truePositives++;
            } else {
                falsePositives++;
            }
            if (rank > 0 && score[ranked.at(rank - 1)] == score[at]) {
                continue;
            }
            roc.add(point(rate(falsePositives, negatives), rate(truePositives, positives)));
            pr.add(point(rate(truePositives, positives), rate(truePositives, truePositives + falsePositives)));
        }
        return List.of(thin(roc), thin(pr));
    }

    private static List<Bin> calibration(double[] score, int[] actual) {
        double[] sums = new double[BINS];
        long[] positives = new long[BINS];
        long[] counts = new long[BINS];
        for (int row = 0; row < score.length; row++) {
            if (!(score[row] >= 0 && score[row] <= 1)) {
                continue;
            }
            int bin = bin(score[row]);
            sums[bin] += score[row];
            positives[bin] += actual[row] == 1 ? 1 : 0;
            counts[bin]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int bin = 0; bin < BINS; bin++) {
            bins.add(new Bin(
                    edge(bin),
                    edge(bin + 1),
                    counts[bin] == 0 ? null : sums[bin] / counts[bin],
                    counts[bin] == 0 ? null : positives[bin] / (double) counts[bin],
                    counts[bin]));
        }
        return bins;
    }

    /** The bin of a score in [0, 1]: computed, then moved at most a step so the edges decide as {@link #edge}. */
    private static int bin(double score) {
        int bin = Math.min(BINS - 1, Math.max(0, (int) Math.ceil(score * BINS) - 1));
        while (bin > 0 && score <= edge(bin)) {
            bin--;
        }
        while (bin < BINS - 1 && score > edge(bin + 1)) {
            bin++;
        }
        return bin;
    }

    /**
     * A bin's lower edge, as numpy's {@code linspace(0, 1, 11)} makes it ({@code 0.1 * i}, the last exactly 1). A score on
     * an edge belongs to the bin below it, as in scikit-learn's {@code calibration_curve}: bins are {@code (a, b]}, the
     * first {@code [0, 0.1]}.
     */
    private static double edge(int i) {
        return i == BINS ? 1.0 : i * (1.0 / BINS);
    }

    private static List<List<Long>> confusion(int classes, int[] actual, int[] predicted) {
        long[][] counts = new long[classes][classes];
        for (int row = 0; row < actual.length; row++) {
            counts[actual[row]][predicted[row]]++;
        }
        List<List<Long>> matrix = new ArrayList<>();
        for (long[] counted : counts) {
            matrix.add(Arrays.stream(counted).boxed().toList());
        }
        return matrix;
    }

    private static List<List<Double>> scatter(double[] actual, double[] predicted) {
        int step = Math.max(1, (actual.length + MAX_POINTS - 1) / MAX_POINTS);
        List<List<Double>> points = new ArrayList<>();
        for (int row = 0; row < actual.length; row += step) {
            points.add(point(actual[row], predicted[row]));
        }
        return points;
    }

    /** Every k-th point, and the last, so a curve of any length is drawn from at most about MAX_POINTS. */
    private static List<List<Double>> thin(List<List<Double>> points) {
        if (points.size() <= MAX_POINTS) {
            return points;
        }
        int step = (points.size() + MAX_POINTS - 2) / (MAX_POINTS - 1);
        List<List<Double>> kept = new ArrayList<>();
        for (int i = 0; i < points.size() - 1; i += step) {
            kept.add(points.get(i));
        }
        kept.add(points.get(points.size() - 1));
        return kept;
    }

    private static Double rate(double numerator, double denominator) {
        return denominator == 0 ? null : numerator / denominator;
    }

    private static List<Double> point(Double x, Double y) {
        return Arrays.asList(x, y);
    }
}
