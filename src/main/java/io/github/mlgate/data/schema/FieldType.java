package io.github.mlgate.data.schema;

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
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Table Schema field type with its format and options: casts a cell's text to a value, or says why it cannot.
 * Values of the number, integer, date, time, datetime, year and yearmonth types are comparable, for {@code minimum}
 * and {@code maximum}.
 */
public final class FieldType {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern YEAR = Pattern.compile("-?\\d{4}");
    private static final Pattern DURATION =
            Pattern.compile("P(?!$)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?"
                    + "(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?");

    private final SchemaType type;
    private final String format;
    private final Set<String> trueValues;
    private final Set<String> falseValues;
    private final String decimalChar;
    private final String groupChar;
    private final boolean bareNumber;
    private final Strptime pattern;

    /**
     * Creates a type.
     *
     * @param type the type's name, one of {@link SchemaType#labels()}
     * @param format the format, or {@code default}
     * @param trueValues boolean: the texts that mean true
     * @param falseValues boolean: the texts that mean false
     * @param decimalChar number: the decimal separator
     * @param groupChar number and integer: the thousands separator, or empty
     * @param bareNumber number and integer: false allows text around the number, such as {@code 95%}
     * @throws IllegalArgumentException when a date, time or datetime format pattern is not valid
     */
    public FieldType(
            String type,
            String format,
            Set<String> trueValues,
            Set<String> falseValues,
            String decimalChar,
            String groupChar,
            boolean bareNumber) {
        this.type = SchemaType.named(type);
        if (this.type == null) {
            throw new IllegalArgumentException("No Table Schema type is named '" + type + "'");
        }
        this.format = format;
        this.trueValues = trueValues;
        this.falseValues = falseValues;
        this.decimalChar = decimalChar;
        this.groupChar = groupChar;
        this.bareNumber = bareNumber;
        this.pattern = this.type.takesPattern() && !format.equals("default") && !format.equals("any")
                ? Strptime.of(format)
                : null;
    }

    /** The format, {@code default} when none was given. */
    public String format() {
        return format;
    }

    /** The type's name as a schema writes it, for messages and profiles. */
    public String name() {
        return type.label();
    }

    /** The type, with its traits. */
    public SchemaType kind() {
        return type;
    }

    /** Whether numbers are written plainly: no group separator, a dot for decimals, nothing around them. */
    public boolean plainNumbers() {
        return groupChar.isEmpty() && decimalChar.equals(".") && bareNumber;
    }

    /** The texts that mean true, for booleans. */
    public Set<String> trueValues() {
        return trueValues;
    }

    /** The texts that mean false, for booleans. */
    public Set<String> falseValues() {
        return falseValues;
    }

    /** The kinds of cells {@link AsciiCast} reads from bytes. */
    public enum AsciiKind {
        INTEGER,
        NUMBER,
        DATE,
        DATETIME,
        BOOLEAN
    }

    /**
     * Which byte caster reads this type's cells: only the default formats, whose rules it repeats.
     *
     * @return the kind, or null when cells must be read as strings
     */
    public AsciiKind asciiKind() {
        boolean plainNumber = groupChar.isEmpty() && bareNumber;
        return switch (type) {
            case INTEGER -> plainNumber ? AsciiKind.INTEGER : null;
            case NUMBER -> plainNumber && decimalChar.equals(".") ? AsciiKind.NUMBER : null;
            case DATE -> format.equals("default") ? AsciiKind.DATE : null;
            case DATETIME -> format.equals("default") ? AsciiKind.DATETIME : null;
            case BOOLEAN -> AsciiKind.BOOLEAN;
            default -> null;
        };
    }

    /** Whether values of this type have an order, for minimum and maximum. */
    public boolean isOrdered() {
        return type.isOrdered();
    }

    /** Whether minLength and maxLength apply: strings, arrays and objects. */
    boolean hasLength() {
        return type.hasLength();
    }

    /**
     * Casts a cell.
     *
     * @param text the cell's text, not a missing value
     * @return the value
     * @throws CastException when the text is not a value of this type
     */
    public Object cast(String text) throws CastException {
        return switch (type) {
            case STRING -> string(text);
            case NUMBER -> number(text);
            case INTEGER -> integer(text);
            case BOOLEAN -> bool(text);
            case DATE -> date(text);
            case TIME -> time(text);
            case DATETIME -> datetime(text);
            case YEAR -> year(text);
            case YEARMONTH -> yearMonth(text);
            case DURATION -> duration(text);
            case GEOPOINT -> geopoint(text);
            case OBJECT, GEOJSON -> json(text, true);
            case ARRAY -> json(text, false);
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

    /**
     * A number: a decimal, or NaN, INF and -INF in any case (Table Schema v1). Negative zero is zero, so that
     * {@code -0} meets {@code minimum: 0}, equals an enum's {@code 0} and repeats a {@code 0} of a unique field.
     */
    private Double number(String text) throws CastException {
        String value = numeric(text);
        if (value.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        if (value.equalsIgnoreCase("INF")) {
            return Double.POSITIVE_INFINITY;
        }
        if (value.equalsIgnoreCase("-INF")) {
            return Double.NEGATIVE_INFINITY;
        }
        require(isDecimal(value), "a number");
        return Double.parseDouble(value) + 0.0;
    }

    private Comparable<?> integer(String text) throws CastException {
        String value = numeric(text);
        require(isInteger(value), "an integer");
        if (value.length() < 18) {
            return Long.valueOf(value);
        }
        // BigInteger reads text in quadratic time: a million digits took 18 s, three million two minutes.
        int digits = value.length() - (value.charAt(0) == '+' || value.charAt(0) == '-' ? 1 : 0);
        require(digits <= MAX_INTEGER_DIGITS, "an integer of at most 4,300 digits");
        // A Long whenever it fits, so equal integers are equal values; a BigInteger only beyond.
        BigInteger big = new BigInteger(value);
        return big.bitLength() < 64 ? (Comparable<?>) big.longValue() : big;
    }

    /**
     * The most digits an integer may have, as Python reads integers from text ({@code sys.int_info
     * .default_max_str_digits}, the bound CPython set against the same quadratic parse, CVE-2020-10735).
     */
    public static final int MAX_INTEGER_DIGITS = 4300;

    /**
     * Compares two cast values of one field, as their natural order does; integers compare across Long and
     * BigInteger.
     *
     * @param a a value
     * @param b another value of the same field
     * @return negative, zero or positive as a is below, equal to or above b
     */
    @SuppressWarnings("unchecked")
    public static int compare(Object a, Object b) {
        if (a instanceof BigInteger || b instanceof BigInteger) {
            if ((a instanceof BigInteger || a instanceof Long) && (b instanceof BigInteger || b instanceof Long)) {
                return toBig(a).compareTo(toBig(b));
            }
        }
        return ((Comparable<Object>) a).compareTo(b);
    }

    private static BigInteger toBig(Object integer) {
        return integer instanceof BigInteger big ? big : BigInteger.valueOf((Long) integer);
    }

    /**
     * Whether a text is {@code [+-]?digits}. Hand-written: the regular expression it replaces cost a third of the
     * data benchmark's time.
     */
    static boolean isInteger(String text) {
        int i = text.isEmpty() || (text.charAt(0) != '+' && text.charAt(0) != '-') ? 0 : 1;
        if (i == text.length()) {
            return false;
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether a text is {@code [+-]?(digits(.digits?)?|.digits)([eE][+-]?digits)?}, without a regular expression. */
    static boolean isDecimal(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        int integerDigits = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            integerDigits++;
        }
        int fractionDigits = 0;
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
                fractionDigits++;
            }
        }
        if (integerDigits == 0 && fractionDigits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
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
                return pattern.parse(text).toLocalDate();
            }
            if (format.equals("any")) {
                for (DateTimeFormatter candidate : Strptime.ANY_DATE) {
                    try {
                        return LocalDate.parse(text, candidate);
                    } catch (DateTimeParseException e) {
                        // try the next one
                    }
                }
                throw new CastException("a date");
            }
            return isoDate(text);
        } catch (java.time.DateTimeException e) {
            throw new CastException(pattern != null ? "a date in the format " + format : "a date (YYYY-MM-DD)");
        }
    }

    /**
     * A time in the default format, {@code hh:mm:ss} with an optional fraction: with seconds, which java.time's ISO
     * forms leave optional and Table Schema v1 does not.
     */
    private static final java.time.format.DateTimeFormatter TIME = new java.time.format.DateTimeFormatterBuilder()
            .appendValue(java.time.temporal.ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(java.time.temporal.ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(java.time.temporal.ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 1, 9, true)
            .toFormatter(java.util.Locale.ROOT)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** A datetime in the default format, {@code YYYY-MM-DDThh:mm:ss} with an optional fraction and offset. */
    private static final java.time.format.DateTimeFormatter DATETIME = new java.time.format.DateTimeFormatterBuilder()
            .append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(TIME)
            .optionalStart()
            .appendOffsetId()
            .toFormatter(java.util.Locale.ROOT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private LocalTime time(String text) throws CastException {
        try {
            if (pattern != null) {
                return pattern.parse(text).toLocalTime();
            }
            LocalTime fast = isoTime(text, 0, text.length());
            return fast != null ? fast : LocalTime.parse(text, TIME);
        } catch (java.time.DateTimeException e) {
            throw new CastException(pattern != null ? "a time in the format " + format : "a time (hh:mm:ss)");
        }
    }

    private Comparable<?> datetime(String text) throws CastException {
        try {
            if (pattern != null) {
                return pattern.parse(text);
            }
            LocalDateTime fast = isoDateTime(text);
            if (fast != null) {
                return fast;
            }
            // An offset makes an instant, compared with the others in UTC.
            java.time.temporal.TemporalAccessor parsed =
                    DATETIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset
                    ? offset.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime()
                    : (LocalDateTime) parsed;
        } catch (java.time.DateTimeException e) {
            throw new CastException(
                    pattern != null ? "a datetime in the format " + format : "a datetime (YYYY-MM-DDThh:mm:ss[Z])");
        }
    }

    /**
     * {@code YYYY-MM-DD} read by hand: java.time's formatter cost a microsecond a cell in the data benchmark.
     *
     * @throws DateTimeParseException when the text has another shape
     */
    private static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        }
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    /** {@code hh:mm:ss} with an optional fraction, or null for another shape (then java.time decides). */
    private static LocalTime isoTime(String text, int from, int to) {
        if (to - from < 8 || text.charAt(from + 2) != ':' || text.charAt(from + 5) != ':') {
            return null;
        }
        int nanos = 0;
        if (to - from > 8) {
            if (text.charAt(from + 8) != '.' || to - from == 9 || to - from > 18) {
                return null;
            }
            String fraction = (text.substring(from + 9, to) + "000000000").substring(0, 9);
            nanos = digits(fraction, 0, 9);
        }
        return LocalTime.of(
                digits(text, from, from + 2),
                digits(text, from + 3, from + 5),
                digits(text, from + 6, from + 8),
                nanos);
    }

    /** {@code YYYY-MM-DDThh:mm:ss[.fff][Z]} read by hand, or null for another shape (then java.time decides). */
    private static LocalDateTime isoDateTime(String text) {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == 'Z') {
            end--;
        }
        if (end < 19 || text.charAt(10) != 'T' || text.indexOf('+', 10) >= 0 || text.indexOf('-', 11) >= 0) {
            return null;
        }
        LocalTime time = isoTime(text, 11, end);
        return time == null ? null : LocalDateTime.of(isoDate(text.substring(0, 10)), time);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeParseException("not a digit", text, i);
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
                String shape = "a geopoint [lon, lat]";
                require(node.isArray() && node.size() == 2, shape);
                lon = coordinate(node.get(0), shape);
                lat = coordinate(node.get(1), shape);
            } else if (format.equals("object")) {
                JsonNode node = JSON.readTree(text);
                String shape = "a geopoint {\"lon\": ..., \"lat\": ...}";
                require(node.isObject(), shape);
                lon = coordinate(node.path("lon"), shape);
                lat = coordinate(node.path("lat"), shape);
            } else {
                String[] parts = text.split(",", -1);
                require(parts.length == 2, "a geopoint \"lon, lat\"");
                lon = coordinate(parts[0].strip(), "a geopoint \"lon, lat\"");
                lat = coordinate(parts[1].strip(), "a geopoint \"lon, lat\"");
            }
        } catch (NumberFormatException | java.io.IOException e) {
            throw new CastException("a geopoint");
        }
        require(
                lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90,
                "a geopoint within lon [-180, 180], lat [-90, 90]");
        return text;
    }

    /** A geopoint's coordinate in JSON: a number, or a string holding a decimal number (as Frictionless reads them). */
    private static double coordinate(JsonNode node, String shape) throws CastException {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        require(node.isTextual(), shape);
        return coordinate(node.textValue().strip(), shape);
    }

    /** A coordinate written as text: a decimal number, nothing else Java would read (hex, a type suffix, NaN). */
    private static double coordinate(String text, String shape) throws CastException {
        require(isDecimal(text), shape);
        return Double.parseDouble(text);
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

    /**
     * A value as profiles and messages write it: times and datetimes in ISO form with their seconds ({@code
     * 10:00:00}, where java.time's own text drops zero seconds, a form Table Schema does not read), others as Java
     * writes them.
     *
     * @param value a cast value
     * @return its text
     */
    public static String text(Object value) {
        if (value instanceof LocalDateTime dateTime) {
            return java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime);
        }
        if (value instanceof LocalTime time) {
            return java.time.format.DateTimeFormatter.ISO_LOCAL_TIME.format(time);
        }
        return String.valueOf(value);
    }

    /** A cell that is not a value of its type; the message says what it should be. */
    public static final class CastException extends Exception {
        private static final long serialVersionUID = 1L;

        CastException(String expected) {
            super(expected, null, false, false);
        }
    }
}
