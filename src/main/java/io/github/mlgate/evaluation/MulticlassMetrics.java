package io.github.mlgate.evaluation;

import java.util.Map;

/** Multiclass metrics; with scores, the positions are also ordered by each class's score. */
final class MulticlassMetrics extends PredictionMetrics.Prepared {
    private final int classes;
    private final int[] actual;
    private final int[] predicted;
    private final double[][] scores;
    private final int[][] byScore;

    private MulticlassMetrics(
            int[] rows, int classes, int[] actual, int[] predicted, double[][] scores, int[][] byScore) {
        super(rows);
        this.classes = classes;
        this.actual = actual;
        this.predicted = predicted;
        this.scores = scores;
        this.byScore = byScore;
    }

    static MulticlassMetrics of(Predictions.Multiclass p, int[] rows) {
        int k = p.classes().size();
        double[][] scores = null;
        int[][] byScore = null;
        if (p.scores() != null) {
            scores = new double[k][];
            byScore = new int[k][];
            int[] positions = Order.all(rows.length);
            for (int c = 0; c < k; c++) {
                scores[c] = PredictionMetrics.gather(p.scores()[c], rows);
                byScore[c] = Order.ascending(scores[c], positions);
            }
        }
        return new MulticlassMetrics(
                rows,
                k,
                PredictionMetrics.gather(p.actual(), rows),
                PredictionMetrics.gather(p.predicted(), rows),
                scores,
                byScore);
    }

    @Override
    PredictionMetrics.Ranked ranked(int positive) {
        return scores == null ? null : new PredictionMetrics.Ranked(scores[positive], actual, byScore[positive]);
    }

    @Override
    PredictionMetrics.Prepared part(int[] positions) {
        double[][] partScores = null;
        int[][] partByScore = null;
        if (scores != null) {
            int[] newPosition = new int[rows.length];
            java.util.Arrays.fill(newPosition, -1);
            for (int i = 0; i < positions.length; i++) {
                newPosition[positions[i]] = i;
            }
            partScores = new double[classes][];
            partByScore = new int[classes][];
            for (int c = 0; c < classes; c++) {
                partScores[c] = PredictionMetrics.gather(scores[c], positions);
                int[] order = new int[positions.length];
                int filled = 0;
                for (int at : byScore[c]) {
                    if (newPosition[at] >= 0) {
                        order[filled++] = newPosition[at];
                    }
                }
                partByScore[c] = order;
            }
        }
        return new MulticlassMetrics(
                PredictionMetrics.gather(rows, positions),
                classes,
                PredictionMetrics.gather(actual, positions),
                PredictionMetrics.gather(predicted, positions),
                partScores,
                partByScore);
    }

    @Override
    Map<String, Double> compute(int[] weights) {
        double[][] confusion = new double[classes][classes];
        double logLoss = 0;
        for (int i = 0; i < actual.length; i++) {
            int w = PredictionMetrics.weight(weights, i);
            if (w == 0) {
                continue;
            }
            confusion[actual[i]][predicted[i]] += w;
            if (scores != null) {
                // Clipped, then each row normalised to sum to 1, as scikit-learn does.
                double sum = 0;
                for (double[] column : scores) {
                    sum += PredictionMetrics.clip(column[i]);
                }
                logLoss -= w * Math.log(PredictionMetrics.clip(scores[actual[i]][i]) / sum);
            }
        }
        Map<String, Double> metrics = PredictionMetrics.confusionMetrics(confusion);
        if (scores != null) {
            double n = 0;
            double aucSum = 0;
            int present = 0;
            for (int c = 0; c < classes; c++) {
                double support = 0;
                for (int b = 0; b < classes; b++) {
                    support += confusion[c][b];
                }
                n += support;
                if (support > 0) {
                    aucSum += PredictionMetrics.ranking(scores[c], actual, c, byScore[c], weights)[0];
                    present++;
                }
            }
            metrics.put("log_loss", n == 0 ? Double.NaN : logLoss / n);
            metrics.put("roc_auc_ovr", present < 2 ? Double.NaN : aucSum / present);
        }
        return metrics;
    }
}
