package io.github.mlgate.deployment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The model as the deploy gate ran it: the {@code serving} section of its entry in {@code report.json}.
 *
 * @param model the model file, as the user names it
 * @param sha256 the model file's SHA-256
 * @param sizeMb its size in megabytes (10^6 bytes)
 * @param runtime the runtime it ran in
 * @param mode how it is served: {@code batch} or {@code online} ({@code serving.mode})
 * @param inputs the model's inputs, as {@code name: tensor(type)[dims]}
 * @param outputs the model's outputs
 * @param parity how the served scores compare with the evaluated ones, or null when they were not compared
 * @param latency how long scoring took on this machine, or null when the model did not run
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServingSummary(
        String model,
        String sha256,
        double sizeMb,
        String runtime,
        String mode,
        List<String> inputs,
        List<String> outputs,
        Parity parity,
        Latency latency) {

    /** The section's key in the gate's report entry. */
    public static final String KEY = "serving";

    /**
     * The served model's scores against the predictions file's.
     *
     * @param evidence the resource scored
     * @param rows how many rows were compared
     * @param joinedBy the field rows were matched by, or {@code row order}
     * @param tolerance the largest difference allowed
     * @param maxDifference the largest difference found
     * @param mismatches how many rows differ by more than the tolerance
     */
    public record Parity(
            String evidence, long rows, String joinedBy, double tolerance, double maxDifference, long mismatches) {}

    /**
     * Scoring times on this machine, in milliseconds; percentiles interpolate linearly between ranks, as the
     * evaluation's latency file does (numpy's default).
     *
     * @param singleRowP50 the median time to score one row
     * @param singleRowP95 the 95th percentile time to score one row
     * @param singleRowP99 the 99th percentile time to score one row
     * @param singleRowMean the mean time to score one row
     * @param singleRowRuns how many single rows were timed
     * @param batchRows the rows of each timed batch
     * @param batchP50 the median time to score a batch
     * @param batchP95 the 95th percentile time to score a batch
     * @param batchP99 the 99th percentile time to score a batch
     * @param batchMean the mean time to score a batch
     * @param batchRuns how many batches were timed
     * @param rowsPerSecond rows scored per second in batches, at the median batch time
     * @param singleRowP95Interval where the 95th percentile of one row's time lies with 95% confidence: the lower and
     *     upper bound, from the order statistics of the timed calls ({@link LatencyProbe#p95Interval})
     * @param batchP95Interval the same for a batch's time
     */
    public record Latency(
            double singleRowP50,
            double singleRowP95,
            double singleRowP99,
            double singleRowMean,
            int singleRowRuns,
            int batchRows,
            double batchP50,
            double batchP95,
            double batchP99,
            double batchMean,
            int batchRuns,
            double rowsPerSecond,
            java.util.List<Double> singleRowP95Interval,
            java.util.List<Double> batchP95Interval) {

        /**
         * The latency metrics of the scope's criteria as the model is served: one scoring call of a row for an online
         * model, of a batch for a batch model.
         *
         * @param online whether the model is served online
         * @return {@code latency_p50_ms}, {@code latency_p95_ms}, {@code latency_p99_ms} and {@code latency_mean_ms}
         */
        public java.util.Map<String, Double> metrics(boolean online) {
            java.util.Map<String, Double> metrics = new java.util.LinkedHashMap<>();
            metrics.put("latency_p50_ms", online ? singleRowP50 : batchP50);
            metrics.put("latency_p95_ms", online ? singleRowP95 : batchP95);
            metrics.put("latency_p99_ms", online ? singleRowP99 : batchP99);
            metrics.put("latency_mean_ms", online ? singleRowMean : batchMean);
            return metrics;
        }
    }
}
