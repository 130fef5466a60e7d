package io.github.mlgate.data;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/**
 * Casts the commonest cells straight from their ASCII bytes, with no string made: integers, decimal numbers, ISO
 * dates and datetimes and booleans in their default formats. It answers only where it is sure to give the value
 * {@link FieldType#cast} gives; for anything else (another format, an exponent, too many digits, a bad value) it
 * answers null, and the cell takes the string path, which also words the error. A byte outside ASCII is never a
 * digit or a separator, so such cells are declined without a separate check. Hand-written: making a string of
 * every cell and parsing it was a third of the data benchmark's time.
 */
final class AsciiCast {

    /** Powers of ten that are exact doubles. */
    private static final double[] TENS = new double[23];

    static {
        TENS[0] = 1;
        for (int i = 1; i < TENS.length; i++) {
            TENS[i] = TENS[i - 1] * 10;
        }
    }

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
    static AsciiCast of(FieldType type) {
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
    Object cast(byte[] b, int from, int to) {
        return parser.parse(b, from, to);
    }

    /** What {@link #parseInteger} answers when it declines: no integer of fewer than 18 characters is this. */
    static final long NOT_AN_INTEGER = Long.MIN_VALUE;

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
    static long parseInteger(byte[] b, int from, int to) {
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

    /**
     * {@code [+-]?digits[.digits]} with at most 15 significant digits and 22 decimals: the integer of its digits and
     * the power of ten are exact doubles, so their quotient is the correctly rounded value Double.parseDouble gives.
     */
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
    static double parseNumber(byte[] b, int from, int to) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            i++;
        }
        long digits = 0;
        int significant = 0;
        int integerDigits = 0;
        int fractionDigits = 0;
        for (; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
            digits = digits * 10 + (b[i] - '0');
            if (digits != 0) {
                significant++;
            }
            integerDigits++;
        }
        if (i < to && b[i] == '.') {
            for (i++; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
                digits = digits * 10 + (b[i] - '0');
                if (digits != 0) {
                    significant++;
                }
                fractionDigits++;
            }
        }
        if (i != to || integerDigits + fractionDigits == 0 || significant > 15 || fractionDigits >= TENS.length) {
            return Double.NaN;
        }
        double value = digits / TENS[fractionDigits];
        return negative ? -value : value;
    }

    /** {@code YYYY-MM-DD}. */
    private static LocalDate date(byte[] b, int from, int to) {
        if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            return null;
        }
        int year = digits(b, from, from + 4);
        int month = digits(b, from + 5, from + 7);
        int day = digits(b, from + 8, from + 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code YYYY-MM-DDThh:mm[:ss[.fffffffff]][Z]}: the ISO shapes java.time reads, without an offset. */
    private static LocalDateTime datetime(byte[] b, int from, int to) {
        int end = to;
        if (end > from && b[end - 1] == 'Z') {
            end--;
        }
        int length = end - from;
        // Seconds may be left out (hh:mm), as java.time reads ISO datetimes; a fraction then cannot follow.
        boolean seconds = length != 16;
        if (length < 16
                || b[from + 10] != 'T'
                || b[from + 13] != ':'
                || (seconds && (length < 19 || b[from + 16] != ':'))) {
            return null;
        }
        LocalDate date = date(b, from, from + 10);
        int hour = digits(b, from + 11, from + 13);
        int minute = digits(b, from + 14, from + 16);
        int second = seconds ? digits(b, from + 17, from + 19) : 0;
        if (date == null || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int nanos = 0;
        if (length > 19) {
            int fraction = length - 20;
            if (b[from + 19] != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(b, from + 20, end);
            if (nanos < 0) {
                return null;
            }
            for (int k = fraction; k < 9; k++) {
                nanos *= 10;
            }
        }
        try {
            return LocalDateTime.of(date, LocalTime.of(hour, minute, second, nanos));
        } catch (DateTimeException e) {
            return null;
        }
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
