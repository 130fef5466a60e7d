package io.github.mlgate.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * The profile of one field, in memory that does not grow with the rows: counts, exact distinct values up to
 * {@value #EXACT_DISTINCT} and a HyperLogLog estimate beyond, minimum and maximum, mean and standard deviation
 * (Welford), quantiles and a histogram from a KLL sketch, and the most frequent values. Sketches from Apache
 * DataSketches.
 */
final class FieldProfile {

    /** Up to this many distinct values are counted exactly. */
    static final int EXACT_DISTINCT = 1000;

    private static final double[] QUANTILES = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};
    private static final int BINS = 10;
    private static final int TOP = 10;

    private final SchemaField field;
    private final boolean numeric;
    private long count;
    private long missing;
    private Set<String> exact = new HashSet<>();
    private HllSketch distinct;
    private Comparable<Object> min;
    private Comparable<Object> max;
    private long numbers;
    private double mean;
    private double squares;
    private final KllDoublesSketch quantiles;
    private final ItemsSketch<String> frequent = new ItemsSketch<>(64);

    FieldProfile(SchemaField field) {
        this.field = field;
        String type = field.type().name();
        this.numeric = type.equals("number") || type.equals("integer") || type.equals("year");
        this.quantiles = numeric ? KllDoublesSketch.newHeapInstance(200) : null;
    }

    /** Counts a missing value. */
    void missing() {
        count++;
        missing++;
    }

    /**
     * Adds a valid value.
     *
     * @param text the cell's text
     * @param value the cast value
     */
    @SuppressWarnings("unchecked")
    void add(String text, Object value) {
        count++;
        addDistinct(text);
        if (field.type().isOrdered() && value instanceof Comparable<?> comparable) {
            Comparable<Object> ordered = (Comparable<Object>) comparable;
            if (min == null || ordered.compareTo(min) < 0) {
                min = ordered;
            }
            if (max == null || ordered.compareTo(max) > 0) {
                max = ordered;
            }
        }
        if (numeric && value instanceof Number number && Double.isFinite(number.doubleValue())) {
            double x = number.doubleValue();
            numbers++;
            double delta = x - mean;
            mean += delta / numbers;
            squares += delta * (x - mean);
            quantiles.update(x);
        }
        if (!numeric) {
            frequent.update(text.length() > 100 ? text.substring(0, 100) : text);
        }
    }

    /**
     * Adds what another profile of the same field counted, as if its values had been added here.
     *
     * @param other the other profile
     */
    void merge(FieldProfile other) {
        count += other.count;
        missing += other.missing;
        if (other.exact != null) {
            other.exact.forEach(this::addDistinct);
        } else {
            toSketch();
            org.apache.datasketches.hll.Union union = new org.apache.datasketches.hll.Union(12);
            union.update(distinct);
            union.update(other.distinct);
            distinct = union.getResult();
        }
        if (other.min != null && (min == null || other.min.compareTo(min) < 0)) {
            min = other.min;
        }
        if (other.max != null && (max == null || other.max.compareTo(max) > 0)) {
            max = other.max;
        }
        if (other.numbers > 0) {
            long total = numbers + other.numbers;
            double delta = other.mean - mean;
            mean += delta * other.numbers / total;
            squares += other.squares + delta * delta * numbers * other.numbers / total;
            numbers = total;
            quantiles.merge(other.quantiles);
        }
        frequent.merge(other.frequent);
    }

    private void addDistinct(String text) {
        if (exact != null) {
            exact.add(text);
            if (exact.size() > EXACT_DISTINCT) {
                toSketch();
            }
        } else {
            distinct.update(text);
        }
    }

    private void toSketch() {
        if (exact != null) {
            distinct = new HllSketch(12);
            exact.forEach(distinct::update);
            exact = null;
        }
    }

    /** The profile as JSON. */
    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", field.name());
        node.put("type", field.type().name());
        node.put("count", count);
        node.put("missing", missing);
        if (exact != null) {
            node.put("distinct", exact.size());
            node.put("distinctExact", true);
        } else {
            node.put("distinct", Math.round(distinct.getEstimate()));
            node.put("distinctExact", false);
        }
        if (min != null) {
            putValue(node, "min", min);
            putValue(node, "max", max);
        }
        if (numeric && numbers > 0) {
            node.put("mean", mean);
            node.put("std", numbers > 1 ? Math.sqrt(squares / (numbers - 1)) : 0.0);
            ObjectNode q = node.putObject("quantiles");
            for (double p : QUANTILES) {
                q.put(Double.toString(p), quantiles.getQuantile(p));
            }
            histogram(node.putObject("histogram"));
        }
        if (!numeric && count > missing) {
            ArrayNode top = node.putArray("top");
            ItemsSketch.Row<String>[] rows = frequent.getFrequentItems(ErrorType.NO_FALSE_NEGATIVES);
            for (int i = 0; i < Math.min(TOP, rows.length); i++) {
                ObjectNode entry = top.addObject();
                entry.put("value", rows[i].getItem());
                entry.put("count", rows[i].getEstimate());
            }
        }
        return node;
    }

    /** Equal-width bins between the minimum and the maximum, counted from the quantile sketch. */
    private void histogram(ObjectNode histogram) {
        double low = quantiles.getMinItem();
        double high = quantiles.getMaxItem();
        ArrayNode edges = histogram.putArray("edges");
        ArrayNode counts = histogram.putArray("counts");
        if (low == high) {
            edges.add(low).add(high);
            counts.add(numbers);
            return;
        }
        double[] splits = new double[BINS - 1];
        for (int i = 0; i < splits.length; i++) {
            splits[i] = low + (high - low) * (i + 1) / BINS;
        }
        double[] mass = quantiles.getPMF(splits);
        edges.add(low);
        for (double split : splits) {
            edges.add(split);
        }
        edges.add(high);
        for (double share : mass) {
            counts.add(Math.round(share * numbers));
        }
        histogram.put("approximate", quantiles.isEstimationMode());
    }

    private static void putValue(ObjectNode node, String key, Object value) {
        if (value instanceof Long l) {
            node.put(key, l);
        } else if (value instanceof Integer i) {
            node.put(key, i);
        } else if (value instanceof Double d && Double.isFinite(d)) {
            node.put(key, d);
        } else {
            node.put(key, value.toString());
        }
    }
}
