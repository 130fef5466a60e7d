package io.github.mlgate.deployment;

import io.github.mlgate.drift.DriftMethod;
import io.github.mlgate.gate.Location;

/**
 * How one field's drift is judged.
 *
 * @param method the method
 * @param threshold the bound: the largest distance, or the smallest p-value, allowed
 * @param source where the rule comes from, for messages: {@code drift.fields[0]}, {@code drift.numeric}, or {@code
 *     the default for 20,000 numeric values}
 * @param location where the document states the rule, or null for a default
 */
record DriftRule(DriftMethod method, double threshold, String source, Location location) {

    /** The bound of the tests by default: a p-value below 0.05 is drift. */
    static final double DEFAULT_P_VALUE = 0.05;

    /** The bound of the distances by default. */
    static final double DEFAULT_DISTANCE = 0.1;

    /** Up to this many reference values, tests judge drift by default; beyond, distances (as Evidently does). */
    static final long SMALL_SAMPLE = 1000;

    /** A numeric field with at most this many distinct reference values is compared as categories by default. */
    static final int FEW_VALUES = 5;

    /**
     * The default rule of a field, after Evidently's choice: on small samples a test (Kolmogorov-Smirnov for numbers,
     * chi-square for categories), whose p-value means something there; on large ones a distance (Wasserstein for
     * numbers, Jensen-Shannon for categories), since a test on a million rows flags differences too small to matter.
     * A numeric field with few distinct values is compared as categories.
     */
    static DriftRule byDefault(boolean numeric, long referenceValues, int referenceDistinct) {
        boolean categories = !numeric || referenceDistinct <= FEW_VALUES;
        boolean small = referenceValues <= SMALL_SAMPLE;
        String source = "the default for " + String.format(java.util.Locale.ROOT, "%,d", referenceValues)
                + (categories ? " categorical" : " numeric") + " values";
        if (small) {
            return new DriftRule(categories ? DriftMethod.CHISQUARE : DriftMethod.KS, DEFAULT_P_VALUE, source, null);
        }
        return new DriftRule(
                categories ? DriftMethod.JENSENSHANNON : DriftMethod.WASSERSTEIN, DEFAULT_DISTANCE, source, null);
    }
}
