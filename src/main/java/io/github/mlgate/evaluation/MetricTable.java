package io.github.mlgate.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measured metrics: over all rows, per slice ({@code column=value}), and the size of each slice where known. The
 * same shape as {@code metrics.json}.
 */
final class MetricTable {

    final Map<String, Double> overall = new LinkedHashMap<>();
    final Map<String, Map<String, Double>> slices = new LinkedHashMap<>();
    final Map<String, Long> sliceSizes = new LinkedHashMap<>();

    /** Bootstrap resamples of each metric computed from predictions, overall and per slice; empty without one. */
    final Map<String, double[]> overallSamples = new LinkedHashMap<>();

    final Map<String, Map<String, double[]>> sliceSamples = new LinkedHashMap<>();

    /** The bootstrap that made the samples, and the level of the intervals written out; null without one. */
    Bootstrap bootstrap;

    Double confidence;

    /** What the pictures are drawn from, when the table was measured from predictions; else null. */
    Curves curves;

    /**
     * Adds what another table measured, keeping this table's values where both have one.
     *
     * @param other the other table
     */
    void addMissing(MetricTable other) {
        other.overall.forEach(overall::putIfAbsent);
        other.slices.forEach((slice, metrics) -> {
            Map<String, Double> mine = slices.computeIfAbsent(slice, s -> new LinkedHashMap<>());
            metrics.forEach(mine::putIfAbsent);
        });
        other.sliceSizes.forEach(sliceSizes::putIfAbsent);
        other.overallSamples.forEach(overallSamples::putIfAbsent);
        other.sliceSamples.forEach(sliceSamples::putIfAbsent);
        if (bootstrap == null) {
            bootstrap = other.bootstrap;
            confidence = other.confidence;
        }
    }

    /**
     * The resampled values of a metric.
     *
     * @param slice the slice, or null for all rows
     * @param metric the metric
     * @return the values, or null when the metric was not resampled there
     */
    double[] samples(String slice, String metric) {
        Map<String, double[]> samples = slice == null ? overallSamples : sliceSamples.get(slice);
        return samples == null ? null : samples.get(metric);
    }

    /**
     * The table as {@code metrics.json} holds it; an undefined value is null.
     *
     * @return the measured metrics
     */
    MeasuredMetrics summary() {
        Map<String, Map<String, Double>> perSlice = new LinkedHashMap<>();
        slices.forEach((slice, metrics) -> perSlice.put(slice, defined(metrics)));
        MeasuredMetrics.Intervals intervals = null;
        if (bootstrap != null) {
            Map<String, Map<String, List<Double>>> sliceIntervals = new LinkedHashMap<>();
            sliceSamples.forEach((slice, samples) -> sliceIntervals.put(slice, intervals(samples)));
            intervals = new MeasuredMetrics.Intervals(
                    confidence, bootstrap.resamples(), bootstrap.seed(), intervals(overallSamples), sliceIntervals);
        }
        return new MeasuredMetrics(
                defined(overall),
                perSlice,
                sliceSizes.isEmpty() ? null : new LinkedHashMap<>(sliceSizes),
                intervals,
                curves);
    }

    private Map<String, List<Double>> intervals(Map<String, double[]> samples) {
        Map<String, List<Double>> byMetric = new LinkedHashMap<>();
        samples.forEach((name, values) -> {
            List<Double> pair = new ArrayList<>();
            for (double bound : Bootstrap.interval(values, confidence)) {
                pair.add(Double.isFinite(bound) ? bound : null);
            }
            byMetric.put(name, pair);
        });
        return byMetric;
    }

    /** The values, an undefined one as null. */
    private static Map<String, Double> defined(Map<String, Double> metrics) {
        Map<String, Double> values = new LinkedHashMap<>();
        metrics.forEach((name, value) -> values.put(name, Double.isFinite(value) ? value : null));
        return values;
    }
}
