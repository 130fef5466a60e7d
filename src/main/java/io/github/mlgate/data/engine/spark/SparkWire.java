package io.github.mlgate.data.engine.spark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * How the gate and its Spark driver JVM ({@link SparkDriver}, {@link SparkFork}) talk: one line per message, fields
 * separated by tabs, each escaped so that a tab, a line break, a comma or a backslash in a value cannot end it. A
 * value carries its type in its first character. Only the JDK: the driver JVM holds Spark's jars and this plugin's.
 */
final class SparkWire {

    private SparkWire() {}

    /** The driver is ready for queries. */
    static final String READY = "READY";

    /** A query follows. */
    static final String QUERY = "Q";

    /**
     * A query of the data package follows, to be analysed but not run: the driver answers {@link #END} when it reads
     * only tables and views, or {@link #FAILED} with why not.
     */
    static final String VET = "V";

    /** A result's columns follow: their number, then one line each, name and type. */
    static final String COLUMNS = "C";

    /** A result's row. */
    static final String ROW = "R";

    /** A result ends. */
    static final String END = "E";

    /** What failed, instead of a result. */
    static final String FAILED = "X";

    /** The gate is done: the driver stops Spark and ends. */
    static final String BYE = "B";

    /**
     * Escapes a text for one field of a line.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case ',' -> out.append("\\c");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Reads back an escaped text.
     *
     * @param text the escaped text
     * @return the text
     */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            out.append(
                    switch (next) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 'c' -> ',';
                        default -> next;
                    });
        }
        return out.toString();
    }

    /**
     * Writes a value with its type: {@code N} null, {@code S} text, {@code L} whole number, {@code D} floating-point
     * number, {@code M} decimal, {@code B} boolean, {@code d} date, {@code t} timestamp (in UTC, without offset),
     * {@code A} an array of such values separated by commas.
     *
     * @param value what Spark gave, with its Java 8 date and time API on; a {@link List} for an array
     * @return the field
     */
    static String value(Object value) {
        if (value == null) {
            return "N";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(escape(value(item)));
            }
            return "A" + String.join(",", items);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return "L" + value;
        }
        if (value instanceof Double || value instanceof Float) {
            return "D" + ((Number) value).doubleValue();
        }
        if (value instanceof BigDecimal decimal) {
            return "M" + decimal.toPlainString();
        }
        if (value instanceof Boolean flag) {
            return "B" + flag;
        }
        if (value instanceof LocalDate date) {
            return "d" + date;
        }
        if (value instanceof Instant instant) {
            return "t" + LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime time) {
            return "t" + time;
        }
        return "S" + escape(value.toString());
    }

    /**
     * Reads a value {@link #value} wrote.
     *
     * @param field the field as {@link #value} wrote it
     * @return the value: null, a String, Long, Double, BigDecimal, Boolean, LocalDate, LocalDateTime or Object[]
     */
    static Object read(String field) {
        String rest = field.substring(1);
        return switch (field.charAt(0)) {
            case 'N' -> null;
            case 'L' -> Long.valueOf(rest);
            case 'D' -> Double.valueOf(rest);
            case 'M' -> new BigDecimal(rest);
            case 'B' -> Boolean.valueOf(rest);
            case 'd' -> LocalDate.parse(rest);
            case 't' -> LocalDateTime.parse(rest);
            case 'A' ->
                rest.isEmpty()
                        ? new Object[0]
                        : java.util.Arrays.stream(rest.split(",", -1))
                                .map(item -> read(unescape(item)))
                                .toArray();
            default -> unescape(rest);
        };
    }
}
