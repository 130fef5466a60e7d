package io.github.mlgate.data;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Table Schema's strftime-style date patterns ({@code %d/%m/%Y}) as java.time patterns. */
final class Strftime {

    private static final Map<Character, String> DIRECTIVES = Map.ofEntries(
            Map.entry('Y', "uuuu"),
            Map.entry('y', "uu"),
            Map.entry('m', "MM"),
            Map.entry('d', "dd"),
            Map.entry('H', "HH"),
            Map.entry('I', "hh"),
            Map.entry('M', "mm"),
            Map.entry('S', "ss"),
            Map.entry('f', "SSSSSS"),
            Map.entry('p', "a"),
            Map.entry('b', "MMM"),
            Map.entry('B', "MMMM"),
            Map.entry('a', "EEE"),
            Map.entry('A', "EEEE"),
            Map.entry('j', "DDD"),
            Map.entry('z', "xx"),
            Map.entry('Z', "zzz"),
            Map.entry('%', "'%'"));

    /** The date formats {@code any} accepts, tried in order. */
    static final List<DateTimeFormatter> ANY_DATE = List.of(
                    "uuuu-MM-dd",
                    "dd/MM/uuuu",
                    "MM/dd/uuuu",
                    "uuuu/MM/dd",
                    "dd.MM.uuuu",
                    "d MMM uuuu",
                    "MMM d, uuuu",
                    "uuuuMMdd")
            .stream()
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    private Strftime() {}

    /**
     * Converts a strftime pattern.
     *
     * @param pattern for example {@code %d/%m/%Y}
     * @return for example {@code dd'/'MM'/'uuuu}
     * @throws IllegalArgumentException for a directive java.time has no equivalent of
     */
    static String toJava(String pattern) {
        StringBuilder java = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length()) {
                char directive = pattern.charAt(++i);
                String mapped = DIRECTIVES.get(directive);
                if (mapped == null) {
                    throw new IllegalArgumentException("the directive %" + directive + " is not supported");
                }
                flush(literal, java);
                java.append(mapped);
            } else {
                literal.append(c);
            }
        }
        flush(literal, java);
        return java.toString();
    }

    private static void flush(StringBuilder literal, StringBuilder java) {
        if (literal.length() > 0) {
            java.append('\'').append(literal.toString().replace("'", "''")).append('\'');
            literal.setLength(0);
        }
    }
}
