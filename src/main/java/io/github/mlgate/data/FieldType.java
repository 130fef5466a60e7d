package io.github.mlgate.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Table Schema field type with its format and options: casts a cell's text to a value, or says why it cannot.
 * Values of the number, integer, date, time, datetime, year and yearmonth types are comparable, for {@code minimum}
 * and {@code maximum}.
 */
final class FieldType {

    /** The types Table Schema v1 defines. */
    static final List<String> TYPES = List.of(
            "string",
            "number",
            "integer",
            "boolean",
            "object",
            "array",
            "date",
            "time",
            "datetime",
            "year",
            "yearmonth",
            "duration",
            "geopoint",
            "geojson",
            "any");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern YEAR = Pattern.compile("-?\\d{4}");
    private static final Pattern DURATION =
            Pattern.compile("P(?!$)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?"
                    + "(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?");
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final String type;
    private final String format;
    private final Set<String> trueValues;
    private final Set<String> falseValues;
    private final String decimalChar;
    private final String groupChar;
    private final boolean bareNumber;
    private final DateTimeFormatter pattern;

    /**
     * Creates a type.
     *
     * @param type the type's name, one of {@link #TYPES}
     * @param format the format, or {@code default}
     * @param trueValues boolean: the texts that mean true
     * @param falseValues boolean: the texts that mean false
     * @param decimalChar number: the decimal separator
     * @param groupChar number and integer: the thousands separator, or empty
     * @param bareNumber number and integer: false allows text around the number, such as {@code 95%}
     * @throws IllegalArgumentException when a date, time or datetime format pattern is not valid
     */
    FieldType(
            String type,
            String format,
            Set<String> trueValues,
            Set<String> falseValues,
            String decimalChar,
            String groupChar,
            boolean bareNumber) {
        this.type = type;
        this.format = format;
        this.trueValues = trueValues;
        this.falseValues = falseValues;
        this.decimalChar = decimalChar;
        this.groupChar = groupChar;
        this.bareNumber = bareNumber;
        boolean temporal = type.equals("date") || type.equals("time") || type.equals("datetime");
        this.pattern = temporal && !format.equals("default") && !format.equals("any")
                ? DateTimeFormatter.ofPattern(Strftime.toJava(format), Locale.ROOT)
                        .withResolverStyle(ResolverStyle.STRICT)
                : null;
    }

    String name() {
        return type;
    }

    /** Whether values of this type have an order, for minimum and maximum. */
    boolean isOrdered() {
        return switch (type) {
            case "number", "integer", "date", "time", "datetime", "year", "yearmonth" -> true;
            default -> false;
        };
    }

    /** Whether minLength and maxLength apply: strings, arrays and objects. */
    boolean hasLength() {
        return type.equals("string") || type.equals("array") || type.equals("object");
    }

    /**
     * Casts a cell.
     *
     * @param text the cell's text, not a missing value
     * @return the value
     * @throws CastException when the text is not a value of this type
     */
    Object cast(String text) throws CastException {
        return switch (type) {
            case "string" -> string(text);
            case "number" -> number(text);
            case "integer" -> integer(text);
            case "boolean" -> bool(text);
            case "date" -> date(text);
            case "time" -> time(text);
            case "datetime" -> datetime(text);
            case "year" -> year(text);
            case "yearmonth" -> yearMonth(text);
            case "duration" -> duration(text);
            case "geopoint" -> geopoint(text);
            case "object", "geojson" -> json(text, true);
            case "array" -> json(text, false);
            default -> text;
        };
    }

    private String string(String text) throws CastException {
        switch (format) {
            case "email" -> require(EMAIL.matcher(text).matches(), "an email address");
            case "uuid" -> require(UUID.matcher(text).matches(), "a UUID");
            case "uri" -> {
                try {
                    require(new URI(text).getScheme() != null, "a URI with a scheme");
                } catch (URISyntaxException e) {
                    throw new CastException("a URI");
                }
            }
            case "binary" -> {
                try {
                    Base64.getDecoder().decode(text);
                } catch (IllegalArgumentException e) {
                    throw new CastException("base64-encoded binary");
                }
            }
            default -> {
                // Any text is a string.
            }
        }
        return text;
    }

    private Double number(String text) throws CastException {
        String value = numeric(text);
        switch (value) {
            case "NaN":
                return Double.NaN;
            case "INF":
                return Double.POSITIVE_INFINITY;
            case "-INF":
                return Double.NEGATIVE_INFINITY;
            default:
                require(NUMBER.matcher(value).matches(), "a number");
                return Double.parseDouble(value);
        }
    }

    private Comparable<?> integer(String text) throws CastException {
        String value = numeric(text);
        require(INTEGER.matcher(value).matches(), "an integer");
        return value.length() < 18 ? (Comparable<?>) Long.valueOf(value) : new BigInteger(value);
    }

    /** The number's text with the group separators taken out, the decimal separator as a dot, and bare if asked. */
    private String numeric(String text) {
        String value = text;
        if (!groupChar.isEmpty()) {
            value = value.replace(groupChar, "");
        }
        if (!decimalChar.equals(".")) {
            value = value.replace(".", "\u0000").replace(decimalChar, ".");
        }
        if (!bareNumber) {
            value = value.replaceAll("^[^0-9+\\-.]+|[^0-9.]+$", "");
        }
        return value;
    }

    private Boolean bool(String text) throws CastException {
        if (trueValues.contains(text)) {
            return Boolean.TRUE;
        }
        if (falseValues.contains(text)) {
            return Boolean.FALSE;
        }
        throw new CastException(
                "a boolean (" + String.join(", ", trueValues) + " or " + String.join(", ", falseValues) + ")");
    }

    private LocalDate date(String text) throws CastException {
        try {
            if (pattern != null) {
                return LocalDate.parse(text, pattern);
            }
            if (format.equals("any")) {
                for (DateTimeFormatter candidate : Strftime.ANY_DATE) {
                    try {
                        return LocalDate.parse(text, candidate);
                    } catch (DateTimeParseException e) {
                        // try the next one
                    }
                }
                throw new CastException("a date");
            }
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new CastException(pattern != null ? "a date in the format " + format : "a date (YYYY-MM-DD)");
        }
    }

    private LocalTime time(String text) throws CastException {
        try {
            return pattern != null ? LocalTime.parse(text, pattern) : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new CastException(pattern != null ? "a time in the format " + format : "a time (hh:mm:ss)");
        }
    }

    private Comparable<?> datetime(String text) throws CastException {
        try {
            if (pattern != null) {
                return LocalDateTime.parse(text, pattern);
            }
            try {
                // An offset or Z makes an instant; compared with local date-times as UTC.
                return OffsetDateTime.parse(text).toLocalDateTime();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            throw new CastException(
                    pattern != null ? "a datetime in the format " + format : "a datetime (YYYY-MM-DDThh:mm:ss[Z])");
        }
    }

    private Integer year(String text) throws CastException {
        require(YEAR.matcher(text).matches(), "a year (YYYY)");
        return Integer.valueOf(text);
    }

    private YearMonth yearMonth(String text) throws CastException {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new CastException("a year and month (YYYY-MM)");
        }
    }

    private String duration(String text) throws CastException {
        require(DURATION.matcher(text).matches(), "an ISO 8601 duration (such as P1Y2M3DT4H)");
        return text;
    }

    private String geopoint(String text) throws CastException {
        double lon;
        double lat;
        try {
            if (format.equals("array")) {
                JsonNode node = JSON.readTree(text);
                require(
                        node.isArray()
                                && node.size() == 2
                                && node.get(0).isNumber()
                                && node.get(1).isNumber(),
                        "a geopoint [lon, lat]");
                lon = node.get(0).doubleValue();
                lat = node.get(1).doubleValue();
            } else if (format.equals("object")) {
                JsonNode node = JSON.readTree(text);
                require(
                        node.isObject()
                                && node.path("lon").isNumber()
                                && node.path("lat").isNumber(),
                        "a geopoint {\"lon\": ..., \"lat\": ...}");
                lon = node.get("lon").doubleValue();
                lat = node.get("lat").doubleValue();
            } else {
                String[] parts = text.split(",", -1);
                require(parts.length == 2, "a geopoint \"lon, lat\"");
                lon = Double.parseDouble(parts[0].strip());
                lat = Double.parseDouble(parts[1].strip());
            }
        } catch (NumberFormatException | java.io.IOException e) {
            throw new CastException("a geopoint");
        }
        require(
                lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90,
                "a geopoint within lon [-180, 180], lat [-90, 90]");
        return text;
    }

    private JsonNode json(String text, boolean object) throws CastException {
        try {
            JsonNode node = JSON.readTree(text);
            require(
                    node != null && (object ? node.isObject() : node.isArray()),
                    object ? "a JSON object" : "a JSON array");
            return node;
        } catch (java.io.IOException e) {
            throw new CastException(object ? "a JSON object" : "a JSON array");
        }
    }

    private static void require(boolean holds, String what) throws CastException {
        if (!holds) {
            throw new CastException(what);
        }
    }

    /** A cell that is not a value of its type; the message says what it should be. */
    static final class CastException extends Exception {
        private static final long serialVersionUID = 1L;

        CastException(String expected) {
            super(expected, null, false, false);
        }
    }
}
