package io.github.mlgate.evaluation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A seeded Poisson bootstrap: each resample weighs every row by an independent Poisson(1) draw, the large-sample
 * equivalent of drawing rows with replacement. The rows stay where {@link PredictionMetrics#prepare} put them; a
 * resample is new weights and one pass, never a copy or a sort. Resample {@code b} draws from its own generator
 * seeded by the seed and {@code b}, so the result is the same whatever the number of threads.
 */
final class Bootstrap {

    /** P(X <= k) for X ~ Poisson(1), k = 0, 1, ...; the last entry is 1 so a draw always ends. */
    private static final double[] POISSON_CDF = poissonCdf();

    private final int resamples;
    private final long seed;

    /**
     * Creates a bootstrap.
     *
     * @param resamples how many resamples
     * @param seed the seed of the first generator
     */
    Bootstrap(int resamples, long seed) {
        this.resamples = resamples;
        this.seed = seed;
    }

    int resamples() {
        return resamples;
    }

    long seed() {
        return seed;
    }

    /**
     * The value of every metric in every resample, the resamples spread over the available cores.
     *
     * @param prepared the rows
     * @return for each metric, its value in each resample (NaN where undefined)
     */
    Map<String, double[]> resample(PredictionMetrics.Prepared prepared) {
        int n = prepared.size();
        Map<String, Double> names = prepared.compute(null);
        String[] metrics = names.keySet().toArray(String[]::new);
        double[][] values = new double[metrics.length][resamples];
        // A few strides of resamples per core, each with its own weights: no buffer is left on a pool thread.
        int strides = Math.min(resamples, 4 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, strides).parallel().forEach(stride -> {
            int[] weights = new int[n];
            for (int b = stride; b < resamples; b += strides) {
                SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + b);
                for (int i = 0; i < n; i++) {
                    weights[i] = poisson(random);
                }
                Map<String, Double> result = prepared.compute(weights);
                for (int m = 0; m < metrics.length; m++) {
                    values[m][b] = result.getOrDefault(metrics[m], Double.NaN);
                }
            }
        });
        Map<String, double[]> byMetric = new LinkedHashMap<>();
        for (int m = 0; m < metrics.length; m++) {
            byMetric.put(metrics[m], values[m]);
        }
        return byMetric;
    }

    /**
     * The percentile interval of resampled values: the (1 - c) / 2 and (1 + c) / 2 quantiles, interpolated as
     * numpy.percentile does. Undefined resamples (NaN) are left out.
     *
     * @param values the resampled values
     * @param confidence the confidence level, in (0, 1)
     * @return the lower and upper bound, or NaNs when no resample is defined
     */
    static double[] interval(double[] values, double confidence) {
        double[] defined =
                Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (defined.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double tail = (1 - confidence) / 2 * 100;
        return new double[] {
            OperationalMetrics.percentile(defined, tail), OperationalMetrics.percentile(defined, 100 - tail)
        };
    }

    static int poisson(SplittableRandom random) {
        double u = random.nextDouble();
        int k = 0;
        while (u > POISSON_CDF[k]) {
            k++;
        }
        return k;
    }

    private static double[] poissonCdf() {
        double[] cdf = new double[20];
        double term = Math.exp(-1);
        double sum = 0;
        for (int k = 0; k < cdf.length; k++) {
            sum += term;
            cdf[k] = sum;
            term /= k + 1;
        }
        cdf[cdf.length - 1] = 1;
        return cdf;
    }
}
