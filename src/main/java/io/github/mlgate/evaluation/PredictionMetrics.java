package io.github.mlgate.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics computed from predictions, named and defined as scikit-learn names and defines them, so the same name
 * gives the same number. docs/evaluation.md gives each formula and edge case.
 *
 * <p>Every metric is computed from weights: how often each row counts. Plain metrics weigh every row once; a
 * bootstrap resample weighs each row by a Poisson draw. The rows are ordered and their columns gathered into that
 * order once ({@link #prepare}), so the metrics, and every resample, are sequential passes over primitive arrays.
 */
final class PredictionMetrics {

    /** The smallest probability log loss uses, as scikit-learn's {@code log_loss} clips: machine epsilon. */
    static final double EPSILON = Math.ulp(1.0);

    private PredictionMetrics() {}

    /**
     * Some rows, ordered and gathered once, whose metrics can be computed for any weights. A slice is gathered from
     * its whole, keeping the order, so it is never sorted again.
     */
    abstract static class Prepared {

        /** The row number at each position. */
        final int[] rows;

        Prepared(int[] rows) {
            this.rows = rows;
        }

        /**
         * How many rows.
         *
         * @return the count
         */
        int size() {
            return rows.length;
        }

        /**
         * Every metric of the task.
         *
         * @param weights how often each row counts, by position; null counts every row once
         * @return the metrics by name, in a stable order
         */
        abstract Map<String, Double> compute(int[] weights);

        /** The rows at some positions, ascending, in the same order. */
        abstract Prepared part(int[] positions);

        /**
         * The rows as one class's ranking sees them, for curves drawn through every threshold without sorting again.
         *
         * @param positive the class whose score ranks the rows
         * @return the scores and actual classes by position with the positions by ascending score, or null without
         *     scores
         */
        Ranked ranked(int positive) {
            return null;
        }

        /**
         * One part per value of a slice column.
         *
         * @param column the slice column
         * @return the parts, indexed by value
         */
        Prepared[] split(SliceColumn column) {
            int values = column.values().size();
            // The rows are ranked, not in file order: each row's value is looked up once, then read in order.
            int[] valueAt = gather(column.valueOfRow(), rows);
            int[] counts = new int[values];
            for (int v : valueAt) {
                counts[v]++;
            }
            int[][] positions = new int[values][];
            for (int v = 0; v < values; v++) {
                positions[v] = new int[counts[v]];
            }
            int[] filled = new int[values];
            for (int i = 0; i < valueAt.length; i++) {
                int v = valueAt[i];
                positions[v][filled[v]++] = i;
            }
            Prepared[] parts = new Prepared[values];
            for (int v = 0; v < values; v++) {
                parts[v] = part(positions[v]);
            }
            return parts;
        }
    }

    /**
     * Rows ranked by one class's score.
     *
     * @param score the score of the class by position
     * @param actual the actual class by position
     * @param ascending the positions by ascending score, or null when the positions already ascend
     */
    record Ranked(double[] score, int[] actual, int[] ascending) {

        /**
         * The position at a rank.
         *
         * @param rank from 0, the lowest score
         * @return the position
         */
        int at(int rank) {
            return ascending == null ? rank : ascending[rank];
        }
    }

    /**
     * Orders some rows for repeated computation.
     *
     * @param predictions the predictions
     * @param rows the rows, or null for all
     * @return the prepared rows
     */
    static Prepared prepare(Predictions predictions, int[] rows) {
        int[] chosen = rows == null ? Order.all(predictions.rows()) : rows;
        return predictions.prepare(chosen);
    }

    /**
     * Every metric of the task over some rows, each row counted once.
     *
     * @param predictions the predictions
     * @param rows the rows, or null for all
     * @return the metrics by name, in a stable order
     */
    static Map<String, Double> compute(Predictions predictions, int[] rows) {
        return prepare(predictions, rows).compute(null);
    }

    static int weight(int[] weights, int position) {
        return weights == null ? 1 : weights[position];
    }

    static double[] gather(double[] values, int[] at) {
        double[] gathered = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            gathered[i] = values[at[i]];
        }
        return gathered;
    }

    static int[] gather(int[] values, int[] at) {
        int[] gathered = new int[at.length];
        for (int i = 0; i < at.length; i++) {
            gathered[i] = values[at[i]];
        }
        return gathered;
    }

    /**
     * The area under the ROC curve and the average precision of one class against the rest, walking the rows from
     * the highest score down. Rows with equal scores form one threshold: in the AUC a tied positive and negative
     * count one half (the Mann-Whitney statistic scikit-learn's {@code roc_auc_score} equals); the average precision
     * is the sum over thresholds of the gain in recall times the precision there, without interpolation, as
     * scikit-learn's {@code average_precision_score}.
     *
     * @param score the scores, by position
     * @param actual the actual class, by position
     * @param positive the class that counts as positive
     * @param ascending the positions ordered by ascending score, or null when the positions already are
     * @param weights the weights by position, or null
     * @return the AUC and the average precision; NaN where a class has no weight
     */
    static double[] ranking(double[] score, int[] actual, int positive, int[] ascending, int[] weights) {
        double positivesAbove = 0;
        double negativesAbove = 0;
        double pairsOrdered = 0;
        double precisionSum = 0;
        int i = score.length - 1;
        while (i >= 0) {
            double threshold = score[ascending == null ? i : ascending[i]];
            double p = 0;
            double n = 0;
            while (i >= 0) {
                int at = ascending == null ? i : ascending[i];
                if (score[at] != threshold) {
                    break;
                }
                int w = weight(weights, at);
                if (actual[at] == positive) {
                    p += w;
                } else {
                    n += w;
                }
                i--;
            }
            // Each negative here is outranked by every positive above, and tied with the positives here.
            pairsOrdered += n * positivesAbove + n * p / 2;
            positivesAbove += p;
            negativesAbove += n;
            if (p > 0) {
                precisionSum += p * positivesAbove / (positivesAbove + negativesAbove);
            }
        }
        double auc = positivesAbove == 0 || negativesAbove == 0
                ? Double.NaN
                : pairsOrdered / (positivesAbove * negativesAbove);
        double averagePrecision = positivesAbove == 0 ? Double.NaN : precisionSum / positivesAbove;
        return new double[] {auc, averagePrecision};
    }

    /** The metrics of a binary confusion matrix; a 0/0 is 0, as scikit-learn's {@code zero_division} default. */
    static void threshold(double tp, double fp, double tn, double fn, Map<String, Double> metrics) {
        double n = tp + fp + tn + fn;
        double recall = ratio(tp, tp + fn);
        double specificity = ratio(tn, tn + fp);
        metrics.put("accuracy", n == 0 ? Double.NaN : (tp + tn) / n);
        // Mean recall over the classes that occur: a class absent from the actual labels is left out.
        boolean hasPositives = tp + fn > 0;
        boolean hasNegatives = tn + fp > 0;
        metrics.put(
                "balanced_accuracy",
                hasPositives && hasNegatives
                        ? (recall + specificity) / 2
                        : hasPositives ? recall : hasNegatives ? specificity : Double.NaN);
        metrics.put("precision", ratio(tp, tp + fp));
        metrics.put("recall", recall);
        metrics.put("f1", ratio(2 * tp, 2 * tp + fp + fn));
        metrics.put("specificity", specificity);
        double denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        metrics.put("mcc", denominator == 0 ? 0.0 : (tp * tn - fp * fn) / denominator);
    }

    static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0.0 : numerator / denominator;
    }

    static double clip(double probability) {
        return Math.min(Math.max(probability, EPSILON), 1 - EPSILON);
    }

    static Map<String, Double> confusionMetrics(double[][] confusion) {
        int k = confusion.length;
        double[] support = new double[k];
        double[] predictedCount = new double[k];
        double correct = 0;
        double n = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                support[a] += confusion[a][b];
                predictedCount[b] += confusion[a][b];
                n += confusion[a][b];
            }
            correct += confusion[a][a];
        }
        double recallSum = 0;
        int present = 0;
        double[] plain = new double[3]; // precision, recall, f1 summed over labels
        double[] weighted = new double[3]; // the same, weighted by support
        int labels = 0;
        for (int c = 0; c < k; c++) {
            if (support[c] == 0 && predictedCount[c] == 0) {
                continue; // Not a label of these rows: scikit-learn only averages over labels that occur.
            }
            labels++;
            double tp = confusion[c][c];
            double[] perClass = {
                ratio(tp, predictedCount[c]), ratio(tp, support[c]), ratio(2 * tp, predictedCount[c] + support[c])
            };
            for (int m = 0; m < 3; m++) {
                plain[m] += perClass[m];
                weighted[m] += perClass[m] * support[c];
            }
            if (support[c] > 0) {
                recallSum += perClass[1];
                present++;
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        double accuracy = n == 0 ? Double.NaN : correct / n;
        metrics.put("accuracy", accuracy);
        metrics.put("balanced_accuracy", present == 0 ? Double.NaN : recallSum / present);
        String[] names = {"precision", "recall", "f1"};
        for (int m = 0; m < 3; m++) {
            metrics.put(names[m] + "_macro", labels == 0 ? Double.NaN : plain[m] / labels);
            metrics.put(names[m] + "_micro", accuracy);
            metrics.put(names[m] + "_weighted", n == 0 ? Double.NaN : weighted[m] / n);
        }
        return metrics;
    }

    /** 1 - a/b, with scikit-learn's {@code force_finite}: a constant target scores 1 when predicted exactly, else 0. */
    static double oneMinusRatio(double numerator, double denominator) {
        if (denominator == 0) {
            return numerator == 0 ? 1.0 : 0.0;
        }
        return 1 - numerator / denominator;
    }
}
