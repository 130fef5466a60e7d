package io.github.mlgate.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What the evaluation gate measured: the {@code metrics} section of its entry in {@code report.json}, in the metrics
 * file format ({@code docs/evaluation.md}). An undefined value is null.
 *
 * @param metrics every metric over all rows
 * @param slices every metric per slice ({@code column=value})
 * @param sliceSizes the rows of each slice, or null when no slice was measured from rows
 * @param intervals bootstrap intervals, or null without a bootstrap
 * @param curves what the pictures of the model are drawn from (ROC and precision-recall curves, calibration, confusion
 *     matrix, predicted against actual), or null when no predictions were scored
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasuredMetrics(
        Map<String, Double> metrics,
        Map<String, Map<String, Double>> slices,
        Map<String, Long> sliceSizes,
        Intervals intervals,
        Curves curves) {

    /** The section's key in the gate's report entry. */
    public static final String KEY = "metrics";

    /**
     * Bootstrap confidence intervals.
     *
     * @param confidence their level
     * @param resamples the resamples each took
     * @param seed the bootstrap's seed
     * @param metrics each metric's interval over all rows, as {@code [low, high]} (null where undefined)
     * @param slices each metric's interval per slice
     */
    public record Intervals(
            Double confidence,
            int resamples,
            long seed,
            Map<String, List<Double>> metrics,
            Map<String, Map<String, List<Double>>> slices) {}
}
