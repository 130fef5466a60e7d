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
        return root;
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
