package io.github.mlgate.data.schema;

import io.github.mlgate.gate.Location;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A field of a Table Schema with its constraints, ready to check cells.
 *
 * @param name the field's name
 * @param type its type, format and options
 * @param required whether a missing value is an error
 * @param unique whether values must not repeat
 * @param minLength the least length, or null
 * @param maxLength the greatest length, or null
 * @param minimum the least value, cast to the type, or null
 * @param maximum the greatest value, cast to the type, or null
 * @param pattern the regular expression the whole value must match, or null
 * @param enumValues the allowed values, cast to the type, or null
 * @param location where the field is defined
 */
public record SchemaField(
        String name,
        FieldType type,
        boolean required,
        boolean unique,
        Integer minLength,
        Integer maxLength,
        Comparable<Object> minimum,
        Comparable<Object> maximum,
        Pattern pattern,
        Set<Object> enumValues,
        Location location) {}
