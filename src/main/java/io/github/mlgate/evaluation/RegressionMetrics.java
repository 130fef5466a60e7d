package io.github.mlgate.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/** Regression metrics; the rows are ordered by absolute error, so the median is one pass. */
final class RegressionMetrics extends PredictionMetrics.Prepared {

    private static final String[] METRICS = {
        "mae", "mse", "rmse", "r2", "mape", "median_ae", "max_error", "explained_variance"
    };

    private final double[] actual;
    private final double[] predicted;
    private final double[] absoluteError;

    private RegressionMetrics(int[] rows, double[] actual, double[] predicted, double[] absoluteError) {
        super(rows);
        this.actual = actual;
        this.predicted = predicted;
        this.absoluteError = absoluteError;
    }

    static RegressionMetrics of(Predictions.Regression p, int[] rows) {
        double[] error = new double[p.rows()];
        for (int row : rows) {
            error[row] = Math.abs(p.actual()[row] - p.predicted()[row]);
        }
        int[] order = Order.ascending(error, rows);
        return new RegressionMetrics(
                order,
                PredictionMetrics.gather(p.actual(), order),
                PredictionMetrics.gather(p.predicted(), order),
                PredictionMetrics.gather(error, order));
    }

    @Override
    PredictionMetrics.Prepared part(int[] positions) {
        return new RegressionMetrics(
                PredictionMetrics.gather(rows, positions),
                PredictionMetrics.gather(actual, positions),
                PredictionMetrics.gather(predicted, positions),
                PredictionMetrics.gather(absoluteError, positions));
    }

    @Override
    Map<String, Double> compute(int[] weights) {
        double n = 0;
        double sumAbs = 0;
        double sumSquared = 0;
        double sumPercentage = 0;
        double maxError = 0;
        double sumY = 0;
        double sumResidual = 0;
        for (int i = 0; i < actual.length; i++) {
            int w = PredictionMetrics.weight(weights, i);
            if (w == 0) {
                continue;
            }
            double residual = actual[i] - predicted[i];
            n += w;
            sumAbs += w * absoluteError[i];
            sumSquared += w * residual * residual;
            sumPercentage += w * absoluteError[i] / Math.max(Math.abs(actual[i]), PredictionMetrics.EPSILON);
            maxError = Math.max(maxError, absoluteError[i]);
            sumY += w * actual[i];
            sumResidual += w * residual;
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (n == 0) {
            for (String name : METRICS) {
                metrics.put(name, Double.NaN);
            }
            return metrics;
        }
        double meanY = sumY / n;
        double meanResidual = sumResidual / n;
        double totalSquares = 0;
        double residualVariance = 0;
        for (int i = 0; i < actual.length; i++) {
            int w = PredictionMetrics.weight(weights, i);
            double d = actual[i] - meanY;
            totalSquares += w * d * d;
            double e = (actual[i] - predicted[i]) - meanResidual;
            residualVariance += w * e * e;
        }
        metrics.put("mae", sumAbs / n);
        metrics.put("mse", sumSquared / n);
        metrics.put("rmse", Math.sqrt(sumSquared / n));
        metrics.put("r2", PredictionMetrics.oneMinusRatio(sumSquared, totalSquares));
        metrics.put("mape", sumPercentage / n);
        metrics.put("median_ae", weightedMedian(weights, (long) n));
        metrics.put("max_error", maxError);
        metrics.put("explained_variance", PredictionMetrics.oneMinusRatio(residualVariance, totalSquares));
        return metrics;
    }

    /** The median counting each row by its weight: the mean of the two middle values of an even total. */
    private double weightedMedian(int[] weights, long total) {
        long lowPosition = (total + 1) / 2;
        long highPosition = total / 2 + 1;
        double low = Double.NaN;
        long seen = 0;
        for (int i = 0; i < absoluteError.length; i++) {
            seen += PredictionMetrics.weight(weights, i);
            if (Double.isNaN(low) && seen >= lowPosition) {
                low = absoluteError[i];
            }
            if (seen >= highPosition) {
                return (low + absoluteError[i]) / 2;
            }
        }
        return low;
    }
}
