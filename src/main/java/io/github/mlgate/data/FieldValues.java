package io.github.mlgate.data;

/**
 * The values of one field of a resource in row order, for scoring rows with a model.
 *
 * @param field the field's name
 * @param values each row's value, cast to the field's type (Double, Long, String, Boolean, a date or time), or null
 *     for a missing or invalid value
 * @param invalid how many cells were not values of the field's type
 * @param firstInvalid where the first invalid cell is and what it holds, or null
 */
public record FieldValues(String field, Object[] values, long invalid, String firstInvalid) {}
