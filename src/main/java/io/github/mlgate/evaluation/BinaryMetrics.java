package io.github.mlgate.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/** Binary metrics; with scores, the rows are ordered by ascending score. */
final class BinaryMetrics extends PredictionMetrics.Prepared {
    private final double[] score;
    private final int[] actual;
    private final int[] predicted;

    private BinaryMetrics(int[] rows, double[] score, int[] actual, int[] predicted) {
        super(rows);
        this.score = score;
        this.actual = actual;
        this.predicted = predicted;
    }

    static BinaryMetrics of(Predictions.Binary p, int[] rows) {
        double[] scores = p.score();
        int[] order = scores == null ? rows : Order.ascending(scores, rows);
        return new BinaryMetrics(
                order,
                scores == null ? null : PredictionMetrics.gather(scores, order),
                PredictionMetrics.gather(p.actual(), order),
                PredictionMetrics.gather(p.predicted(), order));
    }

    @Override
    PredictionMetrics.Prepared part(int[] positions) {
        return new BinaryMetrics(
                PredictionMetrics.gather(rows, positions),
                score == null ? null : PredictionMetrics.gather(score, positions),
                PredictionMetrics.gather(actual, positions),
                PredictionMetrics.gather(predicted, positions));
    }

    /** The ranking by the score, which is the positive class's (1): the only class a binary model's curves rank. */
    @Override
    PredictionMetrics.Ranked ranked(int positive) {
        return score == null ? null : new PredictionMetrics.Ranked(score, actual, null);
    }

    @Override
    Map<String, Double> compute(int[] weights) {
        double tp = 0;
        double fp = 0;
        double tn = 0;
        double fn = 0;
        double logLoss = 0;
        double brier = 0;
        for (int i = 0; i < actual.length; i++) {
            int w = PredictionMetrics.weight(weights, i);
            if (w == 0) {
                continue;
            }
            boolean positive = actual[i] == 1;
            if (positive) {
                if (predicted[i] == 1) {
                    tp += w;
                } else {
                    fn += w;
                }
            } else if (predicted[i] == 1) {
                fp += w;
            } else {
                tn += w;
            }
            if (score != null) {
                double s = score[i];
                logLoss -= w * Math.log(positive ? PredictionMetrics.clip(s) : 1 - PredictionMetrics.clip(s));
                brier += w * (positive ? (1 - s) * (1 - s) : s * s);
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        PredictionMetrics.threshold(tp, fp, tn, fn, metrics);
        if (score != null) {
            double n = tp + fp + tn + fn;
            double[] ranking = PredictionMetrics.ranking(score, actual, 1, null, weights);
            metrics.put("roc_auc", ranking[0]);
            metrics.put("average_precision", ranking[1]);
            metrics.put("log_loss", n == 0 ? Double.NaN : logLoss / n);
            metrics.put("brier", n == 0 ? Double.NaN : brier / n);
        }
        return metrics;
    }
}
