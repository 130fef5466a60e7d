package io.github.mlgate.drift;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values of a categorical field in one sample, counted; missing values are not part of it.
 *
 * @param counts how often each value occurs, in the values' order
 * @param size how many values the sample holds
 */
public record CategoricalSample(Map<String, Long> counts, long size) {

    /**
     * A sample of counted values.
     *
     * @param counts how often each value occurs; counts of zero are left out
     * @return the sample
     */
    public static CategoricalSample of(Map<String, Long> counts) {
        Map<String, Long> kept = new TreeMap<>();
        long size = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            if (entry.getValue() > 0) {
                kept.put(entry.getKey(), entry.getValue());
                size += entry.getValue();
            }
        }
        return new CategoricalSample(Collections.unmodifiableMap(kept), size);
    }

    /**
     * How many distinct values the sample holds.
     *
     * @return the count
     */
    public int distinct() {
        return counts.size();
    }
}
