package io.github.mlgate.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics computed from predictions, named and defined as scikit-learn names and defines them, so the same name
 * gives the same number. docs/evaluation.md gives each formula and edge case.
 */
final class PredictionMetrics {

    /**
     * The smallest probability log loss uses, as scikit-learn's {@code log_loss} clips (machine epsilon of a double).
     */
    static final double EPSILON = Math.ulp(1.0);

    private PredictionMetrics() {}

    /**
     * Every metric the task defines, over some rows.
     *
     * @param predictions the predictions
     * @param rows the rows to use, ascending, or null for all
     * @return the metrics by name, in a stable order
     */
    static Map<String, Double> compute(Predictions predictions, int[] rows) {
        return switch (predictions.task()) {
            case BINARY -> binary(predictions, rows);
            case MULTICLASS -> multiclass(predictions, rows);
            case REGRESSION -> regression(predictions, rows);
        };
    }

    private static int count(Predictions predictions, int[] rows) {
        return rows == null ? predictions.rows() : rows.length;
    }

    private static int row(int[] rows, int i) {
        return rows == null ? i : rows[i];
    }

    private static Map<String, Double> binary(Predictions p, int[] rows) {
        int n = count(p, rows);
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < n; i++) {
            int r = row(rows, i);
            boolean actual = p.actual()[r] == 1;
            boolean predicted = p.predicted()[r] == 1;
            if (actual) {
                if (predicted) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (predicted) {
                fp++;
            } else {
                tn++;
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        threshold(tp, fp, tn, fn, metrics);
        if (p.scores() != null) {
            double[] score = p.scores()[0];
            double[] positives = new double[(int) (tp + fn)];
            double[] negatives = new double[(int) (fp + tn)];
            int pi = 0;
            int ni = 0;
            double logLoss = 0;
            double brier = 0;
            for (int i = 0; i < n; i++) {
                int r = row(rows, i);
                double s = score[r];
                double clipped = Math.min(Math.max(s, EPSILON), 1 - EPSILON);
                if (p.actual()[r] == 1) {
                    positives[pi++] = s;
                    logLoss -= Math.log(clipped);
                    brier += (1 - s) * (1 - s);
                } else {
                    negatives[ni++] = s;
                    logLoss -= Math.log(1 - clipped);
                    brier += s * s;
                }
            }
            Ranking ranking = Ranking.of(positives, negatives);
            metrics.put("roc_auc", ranking.rocAuc(null, null));
            metrics.put("average_precision", ranking.averagePrecision(null, null));
            metrics.put("log_loss", n == 0 ? Double.NaN : logLoss / n);
            metrics.put("brier", n == 0 ? Double.NaN : brier / n);
        }
        return metrics;
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

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0.0 : numerator / denominator;
    }

    private static Map<String, Double> multiclass(Predictions p, int[] rows) {
        int k = p.classes().size();
        int n = count(p, rows);
        long[][] confusion = new long[k][k];
        for (int i = 0; i < n; i++) {
            int r = row(rows, i);
            confusion[p.actual()[r]][p.predicted()[r]]++;
        }
        long[] support = new long[k];
        long[] predictedCount = new long[k];
        long correct = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                support[a] += confusion[a][b];
                predictedCount[b] += confusion[a][b];
            }
            correct += confusion[a][a];
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", n == 0 ? Double.NaN : (double) correct / n);
        double recallSum = 0;
        int present = 0;
        double[] sums = new double[6]; // precision, recall, f1: plain sums, then weighted by support
        int labels = 0;
        for (int c = 0; c < k; c++) {
            if (support[c] == 0 && predictedCount[c] == 0) {
                continue; // Not a label of these rows: scikit-learn only averages over labels that occur.
            }
            labels++;
            double tp = confusion[c][c];
            double precision = ratio(tp, predictedCount[c]);
            double recall = ratio(tp, support[c]);
            double f1 = ratio(2 * tp, predictedCount[c] + support[c]);
            sums[0] += precision;
            sums[1] += recall;
            sums[2] += f1;
            sums[3] += precision * support[c];
            sums[4] += recall * support[c];
            sums[5] += f1 * support[c];
            if (support[c] > 0) {
                recallSum += recall;
                present++;
            }
        }
        metrics.put("balanced_accuracy", present == 0 ? Double.NaN : recallSum / present);
        double micro = n == 0 ? Double.NaN : (double) correct / n;
        String[] names = {"precision", "recall", "f1"};
        for (int m = 0; m < 3; m++) {
            metrics.put(names[m] + "_macro", labels == 0 ? Double.NaN : sums[m] / labels);
            metrics.put(names[m] + "_micro", micro);
            metrics.put(names[m] + "_weighted", n == 0 ? Double.NaN : sums[3 + m] / n);
        }
        if (p.scores() != null) {
            metrics.put("log_loss", multiclassLogLoss(p, rows, n));
            metrics.put("roc_auc_ovr", oneVersusRestAuc(p, rows, n, support));
        }
        return metrics;
    }

    /** Probabilities are clipped to [eps, 1 - eps], then each row is normalised to sum to 1, as scikit-learn does. */
    private static double multiclassLogLoss(Predictions p, int[] rows, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double[][] scores = p.scores();
        double loss = 0;
        for (int i = 0; i < n; i++) {
            int r = row(rows, i);
            double sum = 0;
            for (double[] column : scores) {
                sum += clip(column[r]);
            }
            loss -= Math.log(clip(scores[p.actual()[r]][r]) / sum);
        }
        return loss / n;
    }

    private static double clip(double probability) {
        return Math.min(Math.max(probability, EPSILON), 1 - EPSILON);
    }

    /** The unweighted mean over the classes that occur of each class's AUC against the rest. */
    private static double oneVersusRestAuc(Predictions p, int[] rows, int n, long[] support) {
        double sum = 0;
        int classes = 0;
        for (int c = 0; c < support.length; c++) {
            if (support[c] == 0) {
                continue;
            }
            double[] positives = new double[(int) support[c]];
            double[] negatives = new double[n - (int) support[c]];
            int pi = 0;
            int ni = 0;
            double[] column = p.scores()[c];
            for (int i = 0; i < n; i++) {
                int r = row(rows, i);
                if (p.actual()[r] == c) {
                    positives[pi++] = column[r];
                } else {
                    negatives[ni++] = column[r];
                }
            }
            sum += Ranking.of(positives, negatives).rocAuc(null, null);
            classes++;
        }
        return classes < 2 ? Double.NaN : sum / classes;
    }

    private static Map<String, Double> regression(Predictions p, int[] rows) {
        int n = count(p, rows);
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (n == 0) {
            for (String name :
                    new String[] {"mae", "mse", "rmse", "r2", "mape", "median_ae", "max_error", "explained_variance"}) {
                metrics.put(name, Double.NaN);
            }
            return metrics;
        }
        double[] y = p.actualValues();
        double[] yhat = p.predictedValues();
        double[] absoluteErrors = new double[n];
        double sumAbs = 0;
        double sumSquared = 0;
        double sumPercentage = 0;
        double maxError = 0;
        double sumY = 0;
        double sumResidual = 0;
        for (int i = 0; i < n; i++) {
            int r = row(rows, i);
            double residual = y[r] - yhat[r];
            double abs = Math.abs(residual);
            absoluteErrors[i] = abs;
            sumAbs += abs;
            sumSquared += residual * residual;
            sumPercentage += abs / Math.max(Math.abs(y[r]), EPSILON);
            maxError = Math.max(maxError, abs);
            sumY += y[r];
            sumResidual += residual;
        }
        double meanY = sumY / n;
        double meanResidual = sumResidual / n;
        double totalSquares = 0;
        double residualVariance = 0;
        for (int i = 0; i < n; i++) {
            int r = row(rows, i);
            double d = y[r] - meanY;
            totalSquares += d * d;
            double e = (y[r] - yhat[r]) - meanResidual;
            residualVariance += e * e;
        }
        metrics.put("mae", sumAbs / n);
        metrics.put("mse", sumSquared / n);
        metrics.put("rmse", Math.sqrt(sumSquared / n));
        metrics.put("r2", oneMinusRatio(sumSquared, totalSquares));
        metrics.put("mape", sumPercentage / n);
        metrics.put("median_ae", median(absoluteErrors));
        metrics.put("max_error", maxError);
        metrics.put("explained_variance", oneMinusRatio(residualVariance, totalSquares));
        return metrics;
    }

    /** 1 - a/b, with scikit-learn's {@code force_finite}: a constant target scores 1 when predicted exactly, else 0. */
    private static double oneMinusRatio(double numerator, double denominator) {
        if (denominator == 0) {
            return numerator == 0 ? 1.0 : 0.0;
        }
        return 1 - numerator / denominator;
    }

    /** The median, averaging the two middle values of an even count; sorts the array. */
    static double median(double[] values) {
        java.util.Arrays.parallelSort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
