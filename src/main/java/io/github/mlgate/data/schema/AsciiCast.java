package io.github.mlgate.data.schema;

import io.github.mlgate.csv.AsciiNumbers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Casts the commonest cells straight from their ASCII bytes, with no string made: integers, decimal numbers, ISO
 * dates and datetimes and booleans in their default formats. It answers only where it is sure to give the value
 * {@link FieldType#cast} gives; for anything else (another format, an exponent, too many digits, a bad value) it
 * answers null, and the cell takes the string path, which also words the error. A byte outside ASCII is never a
 * digit or a separator, so such cells are declined without a separate check. Hand-written: making a string of
 * every cell and parsing it was a third of the data benchmark's time.
 */
public final class AsciiCast {

    /** Reads a value from bytes, or declines with null. */
    private interface Parser {
        Object parse(byte[] b, int from, int to);
    }

    private final byte[][] trueValues;
    private final byte[][] falseValues;

    /**
     * The kind's parser, called through an interface so that each parser is compiled on its own: one method that
     * switched over every kind was compiled again and again, with all of them inlined, as each kind's cells came.
     */
    private final Parser parser;

    private AsciiCast(FieldType.AsciiKind kind, Set<String> trueValues, Set<String> falseValues) {
        this.trueValues = bytes(trueValues);
        this.falseValues = bytes(falseValues);
        this.parser = switch (kind) {
            case INTEGER -> AsciiCast::integer;
            case NUMBER -> AsciiCast::number;
            case DATE -> AsciiCast::date;
            case DATETIME -> AsciiCast::datetime;
            case BOOLEAN -> this::bool;
        };
    }

    /**
     * The byte caster of a type, when its format has one.
     *
     * @param type the field's type
     * @return the caster, or null when the type's cells always take the string path
     */
    public static AsciiCast of(FieldType type) {
        FieldType.AsciiKind kind = type.asciiKind();
        return kind == null ? null : new AsciiCast(kind, type.trueValues(), type.falseValues());
    }

    /**
     * Casts a cell.
     *
     * @param b the bytes
     * @param from the cell's first byte
     * @param to one past its last
     * @return the value, or null when the string path must decide
     */
    public Object cast(byte[] b, int from, int to) {
        return parser.parse(b, from, to);
    }

    /** What {@link #parseInteger} answers when it declines: no integer of fewer than 18 characters is this. */
    public static final long NOT_AN_INTEGER = Long.MIN_VALUE;

    /** {@code [+-]?digits}, fewer than 18 characters, as a Long: what FieldType makes of it. */
    private static Long integer(byte[] b, int from, int to) {
        long value = parseInteger(b, from, to);
        return value == NOT_AN_INTEGER ? null : value;
    }

    /**
     * Reads {@code [+-]?digits} of fewer than 18 characters, unboxed.
     *
     * @param b the bytes
     * @param from the cell's first byte
     * @param to one past its last
     * @return the integer, or {@link #NOT_AN_INTEGER} when the string path must decide
     */
    public static long parseInteger(byte[] b, int from, int to) {
        int length = to - from;
        if (length == 0 || length >= 18) {
            return NOT_AN_INTEGER;
        }
        int i = from;
        boolean negative = b[i] == '-';
        if (negative || b[i] == '+') {
            i++;
        }
        if (i == to) {
            return NOT_AN_INTEGER;
        }
        long value = 0;
        for (; i < to; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_AN_INTEGER;
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    /** A decimal number as {@link AsciiNumbers#parseDecimal} reads it; minus zero is zero, as the text path reads it. */
    private static Double number(byte[] b, int from, int to) {
        double value = parseNumber(b, from, to);
        return Double.isNaN(value) ? null : value;
    }

    /**
     * Reads a decimal number as {@link #number} does, unboxed.
     *
     * @param b the bytes
     * @param from the cell's first byte
     * @param to one past its last
     * @return the number, or NaN (which this never reads) when the string path must decide
     */
    public static double parseNumber(byte[] b, int from, int to) {
        // -0.0 + 0.0 is 0.0; NaN stays NaN.
        return AsciiNumbers.parseDecimal(b, from, to) + 0.0;
    }

    /** {@code YYYY-MM-DD}. */
    private static LocalDate date(byte[] b, int from, int to) {
        long day = parseDate(b, from, to);
        return day == NOT_A_TIME ? null : LocalDate.ofEpochDay(day);
    }

    /** What {@link #parseDate} and {@link #parseDatetime} answer when they decline. */
    public static final long NOT_A_TIME = Long.MIN_VALUE;

    /**
     * Reads {@code YYYY-MM-DD} as its epoch day, unboxed, checking the day against its month as java.time does.
     *
     * @param b the bytes
     * @param from the cell's first byte
     * @param to one past its last
     * @return the days since 1970-01-01, or {@link #NOT_A_TIME} when the string path must decide
     */
    public static long parseDate(byte[] b, int from, int to) {
        if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            return NOT_A_TIME;
        }
        int year = digits(b, from, from + 4);
        int month = digits(b, from + 5, from + 7);
        int day = digits(b, from + 8, from + 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return NOT_A_TIME;
        }
        // Days from the civil date (the proleptic Gregorian calendar java.time uses), in eras of 400 years.
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * The date of an epoch day from {@link #parseDate}.
     *
     * @param day the epoch day
     * @return the date
     */
    public static LocalDate dateOf(long day) {
        return LocalDate.ofEpochDay(day);
    }

    /** {@code YYYY-MM-DDThh:mm[:ss[.fffffffff]][Z]}: the ISO shapes java.time reads, without an offset. */
    private static LocalDateTime datetime(byte[] b, int from, int to) {
        long key = parseDatetime(b, from, to);
        return key == NOT_A_TIME ? null : datetimeOf(key);
    }

    /** Epoch days whose datetimes, in nanoseconds, fit a long: about the years 1679 to 2260. */
    private static final long DAYS_IN_NANOS = 106_000;

    /**
     * Reads an ISO datetime as nanoseconds since 1970-01-01T00:00, unboxed: the order of the values, which is all
     * checks and profiles need of them. Declines years whose nanoseconds do not fit a long.
     *
     * @param b the bytes
     * @param from the cell's first byte
     * @param to one past its last
     * @return the nanoseconds, or {@link #NOT_A_TIME} when the string path must decide
     */
    public static long parseDatetime(byte[] b, int from, int to) {
        int end = to;
        if (end > from && b[end - 1] == 'Z') {
            end--;
        }
        int length = end - from;
        // Seconds are required (Table Schema v1: YYYY-MM-DDThh:mm:ssZ).
        if (length < 19 || b[from + 10] != 'T' || b[from + 13] != ':' || b[from + 16] != ':') {
            return NOT_A_TIME;
        }
        long day = parseDate(b, from, from + 10);
        int hour = digits(b, from + 11, from + 13);
        int minute = digits(b, from + 14, from + 16);
        int second = digits(b, from + 17, from + 19);
        if (day == NOT_A_TIME
                || Math.abs(day) >= DAYS_IN_NANOS
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return NOT_A_TIME;
        }
        int nanos = 0;
        if (length > 19) {
            int fraction = length - 20;
            if (b[from + 19] != '.' || fraction < 1 || fraction > 9) {
                return NOT_A_TIME;
            }
            nanos = digits(b, from + 20, end);
            if (nanos < 0) {
                return NOT_A_TIME;
            }
            for (int k = fraction; k < 9; k++) {
                nanos *= 10;
            }
        }
        long secondOfDay = hour * 3600L + minute * 60L + second;
        return (day * 86_400L + secondOfDay) * 1_000_000_000L + nanos;
    }

    /**
     * The datetime of nanoseconds from {@link #parseDatetime}.
     *
     * @param nanos nanoseconds since 1970-01-01T00:00
     * @return the datetime
     */
    public static LocalDateTime datetimeOf(long nanos) {
        return LocalDateTime.ofEpochSecond(
                Math.floorDiv(nanos, 1_000_000_000L),
                (int) Math.floorMod(nanos, 1_000_000_000L),
                java.time.ZoneOffset.UTC);
    }

    /**
     * The nanoseconds {@link #parseDatetime} gives a datetime, when they fit a long.
     *
     * @param datetime the datetime
     * @return the nanoseconds, or {@link #NOT_A_TIME}
     */
    public static long nanosOf(LocalDateTime datetime) {
        long day = datetime.toLocalDate().toEpochDay();
        if (Math.abs(day) >= DAYS_IN_NANOS) {
            return NOT_A_TIME;
        }
        return (day * 86_400L + datetime.toLocalTime().toSecondOfDay()) * 1_000_000_000L + datetime.getNano();
    }

    private Boolean bool(byte[] b, int from, int to) {
        if (matches(trueValues, b, from, to)) {
            return Boolean.TRUE;
        }
        return matches(falseValues, b, from, to) ? Boolean.FALSE : null;
    }

    private static boolean matches(byte[][] values, byte[] b, int from, int to) {
        for (byte[] value : values) {
            if (java.util.Arrays.equals(value, 0, value.length, b, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** The number the digits spell, or -1 when a byte is not a digit. */
    private static int digits(byte[] b, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static byte[][] bytes(Set<String> texts) {
        return texts == null
                ? new byte[0][]
                : texts.stream()
                        .map(text -> text.getBytes(StandardCharsets.UTF_8))
                        .toArray(byte[][]::new);
    }
}
