package io.github.mlgate.data.profile;

import io.github.mlgate.data.resource.DataSummary;
import io.github.mlgate.data.resource.Row;
import io.github.mlgate.data.schema.AsciiCast;
import io.github.mlgate.data.schema.FieldType;
import io.github.mlgate.data.schema.SchemaField;
import io.github.mlgate.data.schema.SchemaType;
import io.github.mlgate.data.schema.ValueHashes;

/**
 * The profile of one field, in memory that does not grow with the rows, made of mergeable parts: how often each value
 * occurs ({@link ValueCounts}: exact up to a thousand distinct values, then sketched), the least and greatest value
 * ({@link Extremes}), the mean and deviation of the numbers ({@link Moments}), and their distribution, counted exactly
 * or sketched ({@link QuantileSketch}), which gives the quantiles and histogram ({@link Distribution}). Every part
 * gives the same result for the same values added and merged in the same order, so profiles are reproducible.
 */
public final class FieldProfile {

    private final SchemaField field;
    private final boolean numeric;

    private long count;
    private long missing;

    private final ValueCounts values;

    /** The least and greatest value, for ordered types. */
    private final Extremes extremes;

    /** The mean and deviation of the finite numbers, for numeric types. */
    private final Moments moments = new Moments();

    /** The finite numbers once values are no longer counted exactly; null for other than numeric types. */
    private final QuantileSketch numbers;

    private final boolean ordered;

    FieldProfile(SchemaField field) {
        this(field, ValueCounts.EXACT_DISTINCT);
    }

    /**
     * Creates the profile of a field whose values are counted exactly up to a number of distinct values.
     *
     * @param field the field
     * @param exactDistinct how many distinct values are counted exactly (fewer for very wide resources)
     */
    FieldProfile(SchemaField field, int exactDistinct) {
        this.field = field;
        this.numeric = field.type().kind().isNumeric();
        this.ordered = field.type().isOrdered();
        this.numbers = numeric ? new QuantileSketch() : null;
        this.values = new ValueCounts(
                numeric, field.type().kind().isInstant() ? this::instantShown : text -> text, numbers, exactDistinct);
        this.extremes = new Extremes(field.type().kind() == SchemaType.DATETIME);
    }

    /**
     * How a date or datetime is shown: counted by value, in its one ISO form (with seconds; a datetime with an offset
     * in UTC), so
     * texts of one value show the same whichever came first.
     */
    private String instantShown(String text) {
        try {
            return FieldType.text(field.type().cast(text));
        } catch (FieldType.CastException e) {
            return text;
        }
    }

    /** Counts a missing value. */
    public void missing() {
        count++;
        missing++;
    }

    /**
     * Adds a valid value whose text is known.
     *
     * @param hash the hash of the cell's text: from its bytes when the row has them, else from the text
     * @param text the cell's text
     * @param value the cast value
     */
    public void add(long hash, String text, Object value) {
        add(hash, text, null, 0, value);
    }

    /**
     * Adds a valid value cast from a row's bytes, whose text is decoded only if the profile needs it.
     *
     * @param hash the hash of the cell's bytes ({@link ValueHashes#hash(byte[], int, int)})
     * @param value the cast value
     * @param row the row
     * @param cell the cell's index
     */
    public void add(long hash, Object value, Row row, int cell) {
        add(hash, null, row, cell, value);
    }

    @SuppressWarnings("unchecked")
    private void add(long hash, String text, Row row, int cell, Object value) {
        double number = numeric && value instanceof Number n ? n.doubleValue() : Double.NaN;
        if (Double.isFinite(number)) {
            addFinite(hash, text, row, cell, number);
        } else {
            count++;
            values.add(hash, text, row, cell, Double.NaN);
        }
        if (ordered && value instanceof Comparable<?> comparable) {
            extremes.add((Comparable<Object>) comparable);
        }
    }

    /**
     * Adds an integer read from a row's bytes, unboxed.
     *
     * @param hash the hash of the cell's bytes
     * @param value the integer
     * @param row the row
     * @param cell the cell's index
     */
    public void addInteger(long hash, long value, Row row, int cell) {
        addFinite(hash, null, row, cell, value);
        extremes.addInteger(value);
    }

    /**
     * Adds a finite number read from a row's bytes, unboxed.
     *
     * @param hash the hash of the cell's bytes
     * @param value the number
     * @param row the row
     * @param cell the cell's index
     */
    public void addNumber(long hash, double value, Row row, int cell) {
        addFinite(hash, null, row, cell, value);
        extremes.addNumber(value);
    }

    /**
     * Adds a date (as its epoch day) or a datetime (as nanoseconds since 1970) read from a row's bytes, unboxed.
     *
     * @param hash the hash of the cell's bytes
     * @param value the epoch day or nanoseconds ({@link AsciiCast#parseDate}, {@link AsciiCast#parseDatetime})
     * @param row the row
     * @param cell the cell's index
     */
    public void addTime(long hash, long value, Row row, int cell) {
        count++;
        values.add(hash, null, row, cell, Double.NaN);
        extremes.addTime(value);
    }

    /**
     * Counts a finite number, adds it to the moments and, once values are sketched, to the quantile sketch (while they
     * are counted exactly, their counts are the distribution, and they are carried into the sketch when it starts).
     */
    private void addFinite(long hash, String text, Row row, int cell, double number) {
        count++;
        boolean sketched = values.sketched();
        values.add(hash, text, row, cell, number);
        moments.add(number);
        if (sketched) {
            numbers.add(number);
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
        values.merge(other.values);
        extremes.merge(other.extremes);
        moments.merge(other.moments);
        if (numeric) {
            numbers.merge(other.numbers);
        }
    }

    /** The profile, as the report and the profile files show it. */
    DataSummary.Field summary() {
        Distribution distribution = null;
        if (numeric && moments.count() > 0) {
            distribution = values.sketched() ? numbers.distribution() : values.exactNumbers();
        }
        return new DataSummary.Field(
                field.name(),
                field.type().name(),
                count,
                missing,
                values.distinct(),
                !values.sketched(),
                extremes.min() == null ? null : shown(extremes.min()),
                extremes.max() == null ? null : shown(extremes.max()),
                distribution == null ? null : moments.mean(),
                distribution == null ? null : moments.standardDeviation(),
                distribution == null ? null : distribution.quantiles(),
                distribution == null ? null : distribution.histogram(),
                !numeric && count > missing ? values.top() : null);
    }

    /** A least or greatest value as profiles show it: integers and finite numbers as numbers, others as text. */
    private static Object shown(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Double d && Double.isFinite(d)) {
            return value;
        }
        return FieldType.text(value);
    }
}
