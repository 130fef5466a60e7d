package io.github.mlgate.scope;

import io.github.mlgate.gate.Location;

/**
 * A comparison rule of the scope document ({@code comparisons[]}): how the model must compare with a baseline on
 * one metric. Improvements and regressions follow the metric's direction.
 *
 * @param path where it is in the document, for example {@code comparisons[0]}
 * @param location where it is in the file
 * @param baseline the baseline's name
 * @param metric the metric
 * @param minDelta the least improvement, in the metric's units, or null
 * @param minRelativeDelta the least improvement as a fraction of the baseline's value, or null
 * @param maxRegression the most the model may be worse, in the metric's units, or null
 * @param maxRelativeRegression the most the model may be worse, as a fraction of the baseline's value, or null
 * @param maxDelta the largest believable improvement, or null
 * @param direction {@code higher} or {@code lower} for a metric the plugin does not know, or null
 * @param significance the level at which an improvement must be significant, or null
 */
public record Comparison(
        String path,
        Location location,
        String baseline,
        String metric,
        Double minDelta,
        Double minRelativeDelta,
        Double maxRegression,
        Double maxRelativeRegression,
        Double maxDelta,
        String direction,
        Double significance) {

    /**
     * Whether the rule sets any bound; without one the model must be at least as good as the baseline.
     *
     * @return true when a bound is set
     */
    public boolean hasBound() {
        return minDelta != null
                || minRelativeDelta != null
                || maxRegression != null
                || maxRelativeRegression != null
                || maxDelta != null;
    }
}
