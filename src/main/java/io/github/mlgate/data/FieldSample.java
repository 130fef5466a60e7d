package io.github.mlgate.data;

import io.github.mlgate.drift.CategoricalSample;
import io.github.mlgate.drift.NumericSample;

/**
 * The values of one field of a resource, read for a drift measure.
 *
 * @param field the field's name
 * @param numbers the values as numbers (points in time as seconds or days), or null for a categorical field
 * @param categories the values counted, or null for a numeric field
 * @param missing how many cells were missing values (or NaN)
 * @param invalid how many cells were not values of the field's type
 * @param firstInvalid where the first invalid cell is and what it holds, or null
 * @param capped whether a categorical field had more distinct values than are counted ({@link
 *     DataSamples#MAX_CATEGORIES}): its categories are then not all there, and no drift is measured on them
 */
public record FieldSample(
        String field,
        NumericSample numbers,
        CategoricalSample categories,
        long missing,
        long invalid,
        String firstInvalid,
        boolean capped) {

    /**
     * How many values the sample holds.
     *
     * @return the count, missing and invalid cells left out
     */
    public long size() {
        return numbers != null ? numbers.size() : categories.size();
    }
}
