package io.github.mlgate.data.split;

import io.github.mlgate.data.resource.RowMessages;
import io.github.mlgate.data.schema.LongIntMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the split checks need of one resource, collected while its rows are validated: a hash of each row's key (or
 * whole row) with its row number, the label counts, and the earliest and latest time.
 */
public final class SplitCollector {

    final LongIntMap keys = new LongIntMap(1 << 16);
    public final Map<String, Long> labels = new LinkedHashMap<>();
    public Comparable<Object> earliest;
    public Comparable<Object> latest;
    public long rows;

    /** How the resource's rows are named in messages; set by the resource's checks. */
    public RowMessages names;

    /**
     * Records one row.
     *
     * @param keyHash the hash of the row's key (its key fields' values, or all its cells)
     * @param row the data row's number
     * @param label the label's text, or null
     * @param time the time field's value, or null
     */
    void add(long keyHash, int row, String label, Comparable<Object> time) {
        rows++;
        keys.putIfAbsent(keyHash, row);
        if (label != null) {
            labels.merge(label, 1L, Long::sum);
        }
        if (time != null) {
            if (earliest == null || time.compareTo(earliest) < 0) {
                earliest = time;
            }
            if (latest == null || time.compareTo(latest) > 0) {
                latest = time;
            }
        }
    }
}
