package io.github.mlgate.data.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The field types of Table Schema v1, each with the traits the gate acts on, so no check compares type names: which
 * types are ordered (minimum and maximum apply), have a length (minLength and maxLength apply), take strptime-style
 * format patterns, are profiled as numbers, or as points in time.
 */
public enum SchemaType {
    /** Text. */
    STRING(Trait.LENGTH),
    /** A decimal number, {@code NaN} and infinities included. */
    NUMBER(Trait.ORDERED, Trait.NUMERIC),
    /** A whole number. */
    INTEGER(Trait.ORDERED, Trait.NUMERIC),
    /** True or false. */
    BOOLEAN(),
    /** A JSON object. */
    OBJECT(Trait.LENGTH),
    /** A JSON array. */
    ARRAY(Trait.LENGTH),
    /** A calendar date. */
    DATE(Trait.ORDERED, Trait.PATTERN, Trait.INSTANT),
    /** A time of day. */
    TIME(Trait.ORDERED, Trait.PATTERN),
    /** A date and time. */
    DATETIME(Trait.ORDERED, Trait.PATTERN, Trait.INSTANT),
    /** A calendar year. */
    YEAR(Trait.ORDERED, Trait.NUMERIC),
    /** A year and month. */
    YEARMONTH(Trait.ORDERED),
    /** An ISO 8601 duration. */
    DURATION(),
    /** A point on the Earth. */
    GEOPOINT(),
    /** A GeoJSON object. */
    GEOJSON(),
    /** Any value. */
    ANY();

    private enum Trait {
        ORDERED,
        LENGTH,
        PATTERN,
        NUMERIC,
        INSTANT
    }

    // Each trait is read per cell on the profile's path: kept as a plain field, not looked up in a list.
    private final boolean ordered;
    private final boolean length;
    private final boolean pattern;
    private final boolean numeric;
    private final boolean instant;

    SchemaType(Trait... traits) {
        List<Trait> has = List.of(traits);
        this.ordered = has.contains(Trait.ORDERED);
        this.length = has.contains(Trait.LENGTH);
        this.pattern = has.contains(Trait.PATTERN);
        this.numeric = has.contains(Trait.NUMERIC);
        this.instant = has.contains(Trait.INSTANT);
    }

    /**
     * The type of a name, as a schema writes it.
     *
     * @param name the name, for example {@code datetime}
     * @return the type, or null when Table Schema v1 has none of that name
     */
    static SchemaType named(String name) {
        for (SchemaType type : values()) {
            if (type.label().equals(name)) {
                return type;
            }
        }
        return null;
    }

    /**
     * Every type's name, in the order of the spec.
     *
     * @return the names
     */
    static List<String> labels() {
        return Arrays.stream(values()).map(SchemaType::label).toList();
    }

    /**
     * The type's name as a schema writes it.
     *
     * @return the name, for example {@code yearmonth}
     */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether values have an order, for {@code minimum} and {@code maximum}. */
    boolean isOrdered() {
        return ordered;
    }

    /** Whether {@code minLength} and {@code maxLength} apply: strings, arrays and objects. */
    boolean hasLength() {
        return length;
    }

    /** Whether a {@code format} may be a strptime-style pattern such as {@code %d/%m/%Y}: dates, times, datetimes. */
    boolean takesPattern() {
        return pattern;
    }

    /** Whether profiles treat values as numbers: mean, deviation, quantiles and histograms. */
    public boolean isNumeric() {
        return numeric;
    }

    /** Whether profiles count values as points in time, shown in one ISO form: dates and datetimes. */
    public boolean isInstant() {
        return instant;
    }
}
