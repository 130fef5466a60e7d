package io.github.mlgate.scope;

import io.github.mlgate.gate.Location;

/**
 * One measurable success criterion of the scope document ({@code successCriteria.model[]}), as the evaluation gate
 * judges it.
 *
 * @param path where it is in the document, for example {@code successCriteria.model[0]}
 * @param location where it is in the file
 * @param metric the metric's name
 * @param min the lowest acceptable value, or null
 * @param max the highest acceptable value, or null
 * @param dataset the dataset it is measured on; {@code test} unless set
 * @param slice {@code column=value}, {@code *} for every slice, or null for all rows
 * @param gapColumn with {@code maxGap}: the slice column whose values are compared, else null
 * @param maxGap the largest allowed spread between the best and the worst slice of {@code gapColumn}, or null
 * @param confidence the confidence level of the interval whose least favourable bound is judged, or null to judge
 *     the measured value
 */
public record ModelCriterion(
        String path,
        Location location,
        String metric,
        Double min,
        Double max,
        String dataset,
        String slice,
        String gapColumn,
        Double maxGap,
        Double confidence) {

    /** The dataset criteria are measured on unless they say otherwise. */
    public static final String DEFAULT_DATASET = "test";

    /**
     * Whether this criterion bounds the gap between slices rather than a value.
     *
     * @return true for a {@code maxGap} criterion
     */
    public boolean isGap() {
        return maxGap != null;
    }

    /**
     * Whether the criterion can be judged: it has a bound, and a gap criterion names the column whose slices it
     * compares. One that cannot is reported by {@link ScopeDocuments#judgedModelCriteria} and never judged.
     *
     * @return true when it has what a judgement needs
     */
    public boolean judgeable() {
        return (min != null || max != null || maxGap != null) && (maxGap == null || gapColumn != null);
    }
}
