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

    /** Single rows timed, at most. */
    static final int SINGLE_ROWS = 200;

    /** Runs that only warm up. */
    static final int WARM_UP = 20;

    /** Batches timed. */
    static final int BATCHES = 20;

    private LatencyProbe() {}

    static ServingSummary.Latency measure(
            ServedModel model, ServingContract contract, Map<String, FieldValues> values, int rows)
            throws ModelException {
        int singles = Math.min(SINGLE_ROWS, rows);
        for (int i = 0; i < Math.min(WARM_UP, rows); i++) {
            ParityCheck.run(model, contract, values, i, i + 1);
        }
        double[] single = new double[singles];
        for (int i = 0; i < singles; i++) {
            long start = System.nanoTime();
            ParityCheck.run(model, contract, values, i, i + 1);
            single[i] = (System.nanoTime() - start) / 1e6;
        }
        int batchRows = Math.min(ParityCheck.BATCH, rows);
        ParityCheck.run(model, contract, values, 0, batchRows);
        double[] batch = new double[BATCHES];
        for (int i = 0; i < BATCHES; i++) {
            long start = System.nanoTime();
            ParityCheck.run(model, contract, values, 0, batchRows);
            batch[i] = (System.nanoTime() - start) / 1e6;
        }
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
                BATCHES,
                batchMedian > 0 ? batchRows / (batchMedian / 1000) : Double.POSITIVE_INFINITY);
    }
}
