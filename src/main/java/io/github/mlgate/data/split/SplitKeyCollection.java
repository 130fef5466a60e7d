package io.github.mlgate.data.split;

import io.github.mlgate.data.resource.OrderedCheck;
import io.github.mlgate.data.resource.Row;
import io.github.mlgate.data.schema.ValueHashes;

/**
 * Collects what the split checks need of a split's rows: each row's key (some fields' values, or the whole row), its
 * label and its time.
 */
public final class SplitKeyCollection implements OrderedCheck {

    private final SplitCollector split;
    private final int[] splitKey;
    private final int splitLabel;
    private final int splitTime;

    public SplitKeyCollection(SplitCollector split, int[] splitKey, int splitLabel, int splitTime) {
        this.split = split;
        this.splitKey = splitKey;
        this.splitLabel = splitLabel;
        this.splitTime = splitTime;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void check(Row row) {
        // Cells that are missing or not UTF-8 have no value: the values read here are the row's valid ones.
        Object[] values = row.values();
        long key;
        if (splitKey.length == 0) {
            key = row.wholeHash;
        } else {
            key = 1;
            for (int index : splitKey) {
                // A value that did not cast is compared by its text.
                long part = values[index] != null
                        ? ValueHashes.hashValue(values[index])
                        : ValueHashes.hash(index < row.fields() ? row.text(index) : "");
                key = ValueHashes.combine(key, part);
            }
        }
        String label = splitLabel >= 0 && splitLabel < row.fields() ? row.text(splitLabel) : null;
        Object time = splitTime >= 0 ? values[splitTime] : null;
        split.add(key, row.rowInResource, label, time instanceof Comparable<?> c ? (Comparable<Object>) c : null);
    }
}
