package io.github.mlgate.data.profile;

import io.github.mlgate.data.schema.AsciiCast;
import io.github.mlgate.data.schema.FieldType;

/**
 * The least and greatest value of an ordered field, mergeable. Values cast unboxed (integers, numbers, dates and
 * datetimes read from bytes) are compared unboxed and boxed only when the extremes are read or merged, so a cell
 * costs two comparisons, not an object.
 */
final class Extremes {

    private final boolean datetime;
    private Comparable<Object> min;
    private Comparable<Object> max;
    private long minInteger = Long.MAX_VALUE;
    private long maxInteger = Long.MIN_VALUE;
    private long minTime = Long.MAX_VALUE;
    private long maxTime = Long.MIN_VALUE;
    private double minNumber = Double.NaN;
    private double maxNumber = Double.NaN;

    /**
     * Creates the extremes of a field.
     *
     * @param datetime whether times added unboxed are datetimes (nanoseconds), else dates (epoch days)
     */
    Extremes(boolean datetime) {
        this.datetime = datetime;
    }

    /**
     * Adds a boxed value.
     *
     * @param value the value
     */
    void add(Comparable<Object> value) {
        if (min == null || FieldType.compare(value, min) < 0) {
            min = value;
        }
        if (max == null || FieldType.compare(value, max) > 0) {
            max = value;
        }
    }

    /**
     * Adds an integer, unboxed.
     *
     * @param value the integer
     */
    void addInteger(long value) {
        minInteger = Math.min(minInteger, value);
        maxInteger = Math.max(maxInteger, value);
    }

    /**
     * Adds a finite number, unboxed, ordered as {@link Double#compare} orders them (-0.0 below 0.0), as the boxed
     * values are.
     *
     * @param value the number
     */
    void addNumber(double value) {
        if (Double.isNaN(minNumber) || Double.compare(value, minNumber) < 0) {
            minNumber = value;
        }
        if (Double.isNaN(maxNumber) || Double.compare(value, maxNumber) > 0) {
            maxNumber = value;
        }
    }

    /**
     * Adds a date (epoch day) or a datetime (nanoseconds since 1970), unboxed.
     *
     * @param value the day or nanoseconds
     */
    void addTime(long value) {
        minTime = Math.min(minTime, value);
        maxTime = Math.max(maxTime, value);
    }

    /**
     * Adds another part's extremes.
     *
     * @param other the other part
     */
    void merge(Extremes other) {
        other.settle();
        if (other.min != null) {
            add(other.min);
            add(other.max);
        }
    }

    /** The least value, or null when none was added. */
    Comparable<Object> min() {
        settle();
        return min;
    }

    /** The greatest value, or null when none was added. */
    Comparable<Object> max() {
        settle();
        return max;
    }

    /** Folds the unboxed extremes into the boxed ones. */
    @SuppressWarnings("unchecked")
    private void settle() {
        if (minInteger <= maxInteger) {
            add((Comparable<Object>) (Comparable<?>) minInteger);
            add((Comparable<Object>) (Comparable<?>) maxInteger);
            minInteger = Long.MAX_VALUE;
            maxInteger = Long.MIN_VALUE;
        }
        if (minTime <= maxTime) {
            add((Comparable<Object>)
                    (Comparable<?>) (datetime ? AsciiCast.datetimeOf(minTime) : AsciiCast.dateOf(minTime)));
            add((Comparable<Object>)
                    (Comparable<?>) (datetime ? AsciiCast.datetimeOf(maxTime) : AsciiCast.dateOf(maxTime)));
            minTime = Long.MAX_VALUE;
            maxTime = Long.MIN_VALUE;
        }
        if (!Double.isNaN(minNumber)) {
            add((Comparable<Object>) (Comparable<?>) minNumber);
            add((Comparable<Object>) (Comparable<?>) maxNumber);
            minNumber = Double.NaN;
            maxNumber = Double.NaN;
        }
    }
}
