package io.github.mlgate.evaluation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
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
     * The table as {@code metrics.json} holds it; an undefined value is written as null.
     *
     * @return the JSON object
     */
    ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        put(root.putObject("metrics"), overall);
        ObjectNode sliceNode = root.putObject("slices");
        slices.forEach((slice, metrics) -> put(sliceNode.putObject(slice), metrics));
        if (!sliceSizes.isEmpty()) {
            ObjectNode sizes = root.putObject("sliceSizes");
            sliceSizes.forEach(sizes::put);
        }
        if (bootstrap != null) {
            ObjectNode intervals = root.putObject("intervals");
            intervals.put("confidence", confidence);
            intervals.put("resamples", bootstrap.resamples());
            intervals.put("seed", bootstrap.seed());
            putIntervals(intervals.putObject("metrics"), overallSamples);
            ObjectNode perSlice = intervals.putObject("slices");
            sliceSamples.forEach((slice, samples) -> putIntervals(perSlice.putObject(slice), samples));
        }
        return root;
    }

    private void putIntervals(ObjectNode node, Map<String, double[]> samples) {
        samples.forEach((name, values) -> {
            double[] interval = Bootstrap.interval(values, confidence);
            var pair = node.putArray(name);
            for (double bound : interval) {
                if (Double.isFinite(bound)) {
                    pair.add(bound);
                } else {
                    pair.addNull();
                }
            }
        });
    }

    private static void put(ObjectNode node, Map<String, Double> metrics) {
        metrics.forEach((name, value) -> {
            if (Double.isFinite(value)) {
                node.put(name, value);
            } else {
                node.putNull(name);
            }
        });
    }
}
