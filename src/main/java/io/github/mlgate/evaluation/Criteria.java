package io.github.mlgate.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * What the evaluation gate judged: the {@code criteria} section of its entry in {@code report.json}, one
 * {@link Entry} per criterion and slice, in the order judged.
 *
 * @param entries the entries
 */
public record Criteria(List<Entry> entries) {

    /** The section's key in the gate's report entry. */
    public static final String KEY = "criteria";

    /** Copies the list; JSON holds the list itself. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Criteria {
        entries = List.copyOf(entries);
    }

    /**
     * The section as JSON writes it: the list itself.
     *
     * @return the entries
     */
    @JsonValue
    public List<Entry> entries() {
        return entries;
    }

    /**
     * One criterion judged on all rows, on a slice, or as a gap between slices.
     *
     * @param criterion the criterion's name, for example {@code roc_auc >= 0.8}
     * @param metric the metric
     * @param slice the slice ({@code column=value}), or null for all rows and gaps
     * @param min the least value allowed, or null
     * @param max the greatest value allowed, or null
     * @param maxGap the largest gap allowed between slices, or null
     * @param value the measured value (a gap: the gap), or null when not measured
     * @param interval the confidence interval judged, or null when the value was judged
     * @param rows the slice's rows, where known
     * @param slices a gap: the value on each slice it was taken over
     * @param verdict {@code PASS}, {@code FAIL}, {@code NOT_JUDGED} or {@code NOT_MEASURED}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(
            String criterion,
            String metric,
            String slice,
            Double min,
            Double max,
            Double maxGap,
            Double value,
            Interval interval,
            Long rows,
            Map<String, Double> slices,
            String verdict) {

        Entry withRows(Long count) {
            return new Entry(criterion, metric, slice, min, max, maxGap, value, interval, count, slices, verdict);
        }

        Entry withInterval(Interval judged) {
            return new Entry(criterion, metric, slice, min, max, maxGap, value, judged, rows, slices, verdict);
        }

        Entry withGap(Double allowed, Map<String, Double> values) {
            return new Entry(criterion, metric, slice, min, max, allowed, value, interval, rows, values, verdict);
        }
    }

    /**
     * A confidence interval.
     *
     * @param level its level, for example 0.95
     * @param low its lower end
     * @param high its upper end
     */
    public record Interval(double level, double low, double high) {}
}
