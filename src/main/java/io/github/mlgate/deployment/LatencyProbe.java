package io.github.mlgate.deployment;

import io.github.mlgate.data.FieldValues;
import io.github.mlgate.evaluation.OperationalMetrics;
import java.util.Map;

/**
 * Times the served model on this machine: one row at a time, as an online service scores, and in batches, as a batch
 * job does. The first runs only warm the runtime up and are not counted. The figures describe this machine, so they
 * are reported, never asserted by a test.
 */
final class LatencyProbe {

    /** Runs that only warm the runtime up, before anything is timed. */
    static final int WARM_UP = 50;

    /** Calls timed of each kind, at least: a 95th percentile of 20 calls is the slowest of them. */
    static final int MIN_RUNS = 100;

    /** Calls timed of each kind, at most. */
    static final int MAX_RUNS = 1_000;

    /** Time spent timing each kind once {@link #MIN_RUNS} calls are timed, or 20 calls of a slow model. */
    static final long BUDGET_NANOS = 1_000_000_000L;

    /** Time spent on a slow model to reach {@link #MIN_RUNS} calls, at most. */
    static final long SLOW_BUDGET_NANOS = 5_000_000_000L;

    private LatencyProbe() {}

    static ServingSummary.Latency measure(
            ServedModel model, ServingContract contract, Map<String, FieldValues> values, int rows)
            throws ModelException {
        // Rows in turn, so a cache keyed by one row's values cannot flatter the figure.
        for (int i = 0; i < WARM_UP; i++) {
            ParityCheck.run(model, contract, values, i % rows, i % rows + 1);
        }
        double[] single = timed(i -> ParityCheck.run(model, contract, values, i % rows, i % rows + 1));
        int batchRows = Math.min(ParityCheck.BATCH, rows);
        for (int i = 0; i < Math.max(5, WARM_UP / 10); i++) {
            ParityCheck.run(model, contract, values, 0, batchRows);
        }
        double[] batch = timed(i -> ParityCheck.run(model, contract, values, 0, batchRows));
        int singles = single.length;
        int batches = batch.length;
        // The same percentiles as a latency file's, so a criterion means one thing whichever measured it.
        Map<String, Double> one = OperationalMetrics.latencies(single);
        Map<String, Double> many = OperationalMetrics.latencies(batch);
        double batchMedian = many.get("latency_p50_ms");
        return new ServingSummary.Latency(
                one.get("latency_p50_ms"),
                one.get("latency_p95_ms"),
                one.get("latency_p99_ms"),
                one.get("latency_mean_ms"),
                singles,
                batchRows,
                batchMedian,
                many.get("latency_p95_ms"),
                many.get("latency_p99_ms"),
                many.get("latency_mean_ms"),
                batches,
                batchMedian > 0 ? batchRows / (batchMedian / 1000) : Double.POSITIVE_INFINITY,
                p95Interval(single),
                p95Interval(batch));
    }

    /**
     * Where the 95th percentile of the times lies with 95% confidence, free of any assumption on their distribution:
     * the order statistics whose ranks bound the binomial count of times below the percentile, as SciPy's {@code
     * quantile_test(...).confidence_interval()} gives them (two-sided). Where too few calls leave a bound beyond the
     * slowest or fastest call, the interval ends there.
     *
     * @param sorted the times, in ascending order
     * @return the lower and upper bound, in milliseconds
     */
    static java.util.List<Double> p95Interval(double[] sorted) {
        int n = sorted.length;
        org.apache.commons.statistics.distribution.BinomialDistribution ranks =
                org.apache.commons.statistics.distribution.BinomialDistribution.of(n, 0.95);
        int low = ranks.inverseCumulativeProbability(0.025) - 1;
        int high = ranks.inverseSurvivalProbability(0.025);
        return java.util.List.of(sorted[Math.max(0, low)], sorted[Math.min(n - 1, high)]);
    }

    /** One call of the model, numbered from 0. */
    private interface Call {
        void run(int i) throws ModelException;
    }

    /**
     * Times calls for a second, and at least {@link #MIN_RUNS} of them (a slow model: for up to five seconds, and at
     * least 20), up to {@link #MAX_RUNS}, so a percentile stands on enough calls to hold from one build to the next.
     */
    private static double[] timed(Call call) throws ModelException {
        double[] times = new double[MAX_RUNS];
        long started = System.nanoTime();
        int n = 0;
        while (n < MAX_RUNS) {
            long spent = System.nanoTime() - started;
            if (n >= 20 && spent >= BUDGET_NANOS && (n >= MIN_RUNS || spent >= SLOW_BUDGET_NANOS)) {
                break;
            }
            long start = System.nanoTime();
            call.run(n);
            times[n++] = (System.nanoTime() - start) / 1e6;
        }
        return java.util.Arrays.copyOf(times, n);
    }
}
