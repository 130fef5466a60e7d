package io.github.mlgate.data.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Table Schema date, time or datetime {@code format} pattern, read as Python's {@code datetime.strptime} reads it,
 * which the spec names: the pattern becomes a regular expression whose groups are the directives' values, matched
 * ignoring case against the whole text, with Python's groups (so {@code %d}, {@code %m}, {@code %H}, {@code %M},
 * {@code %S} take one or two digits and {@code %j} one to three), the C locale's month and day names, any run of
 * white space in the pattern matching one or more white-space characters, and Python's defaults (year 1900, January,
 * the first, midnight), two-digit years (69–99 are 1969–1999, 00–68 are 2000–2068) and twelve-hour clocks.
 */
final class Strptime {

    private static final String[] MONTHS = {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december"
    };
    private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    /** The regular expression of each directive, as Python's {@code _strptime} writes it. */
    private static final Map<Character, String> DIRECTIVES = Map.ofEntries(
            Map.entry('d', "3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]"),
            Map.entry('f', "[0-9]{1,6}"),
            Map.entry('H', "2[0-3]|[0-1]\\d|\\d"),
            Map.entry('I', "1[0-2]|0[1-9]|[1-9]"),
            Map.entry('j', "36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]"),
            Map.entry('m', "1[0-2]|0[1-9]|[1-9]"),
            Map.entry('M', "[0-5]\\d|\\d"),
            Map.entry('S', "6[0-1]|[0-5]\\d|\\d"),
            Map.entry('w', "[0-6]"),
            Map.entry('u', "[1-7]"),
            Map.entry('y', "\\d\\d"),
            Map.entry('Y', "\\d\\d\\d\\d"),
            Map.entry('z', "[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|(?-i:Z)"),
            Map.entry('b', names(MONTHS, 3)),
            Map.entry('B', names(MONTHS, Integer.MAX_VALUE)),
            Map.entry('a', names(DAYS, 3)),
            Map.entry('A', names(DAYS, Integer.MAX_VALUE)),
            Map.entry('p', "am|pm"));

    /** The C locale's date and time representations. */
    private static final Map<Character, String> REPRESENTATIONS =
            Map.of('c', "%a %b %d %H:%M:%S %Y", 'x', "%m/%d/%y", 'X', "%H:%M:%S");

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

    private final Pattern regex;

    /** The directive of each group of the expression, in order. */
    private final char[] groups;

    private Strptime(Pattern regex, char[] groups) {
        this.regex = regex;
        this.groups = groups;
    }

    /**
     * Reads a pattern, with or without the {@code fmt:} prefix of earlier versions of the spec.
     *
     * @param format for example {@code %d/%m/%Y}
     * @return the pattern
     * @throws IllegalArgumentException for a directive mlgate does not read, a stray {@code %} or a directive given twice
     */
    static Strptime of(String format) {
        String pattern = format.startsWith("fmt:") ? format.substring(4) : format;
        StringBuilder regex = new StringBuilder();
        StringBuilder directives = new StringBuilder();
        build(pattern, regex, directives);
        char[] groups = directives.toString().toCharArray();
        return new Strptime(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE), groups);
    }

    private static void build(String pattern, StringBuilder regex, StringBuilder directives) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i + 1 < pattern.length() && Character.isWhitespace(pattern.charAt(i + 1))) {
                    i++;
                }
                regex.append("\\s+");
            } else if (c != '%') {
                regex.append(Pattern.quote(String.valueOf(c)));
            } else if (i + 1 == pattern.length()) {
                throw new IllegalArgumentException("a stray % ends it");
            } else {
                char directive = pattern.charAt(++i);
                if (directive == '%') {
                    regex.append('%');
                } else if (REPRESENTATIONS.containsKey(directive)) {
                    build(REPRESENTATIONS.get(directive), regex, directives);
                } else if (!DIRECTIVES.containsKey(directive)) {
                    throw new IllegalArgumentException("the directive %" + directive + " is not supported");
                } else if (directives.indexOf(String.valueOf(directive)) >= 0) {
                    throw new IllegalArgumentException("the directive %" + directive + " appears twice");
                } else {
                    regex.append('(').append(DIRECTIVES.get(directive)).append(')');
                    directives.append(directive);
                }
            }
        }
    }

    /** An alternation of names, or of their first letters, the longest first as Python tries them. */
    private static String names(String[] names, int letters) {
        List<String> shown = new ArrayList<>();
        for (String name : names) {
            shown.add(name.substring(0, Math.min(letters, name.length())));
        }
        shown.sort((a, b) -> b.length() - a.length());
        return String.join("|", shown);
    }

    /**
     * Reads a text.
     *
     * @param text the text
     * @return the date and time it gives, in UTC when it has an offset
     * @throws DateTimeException when the text does not match the pattern or names no valid date and time
     */
    LocalDateTime parse(String text) {
        Matcher matcher = regex.matcher(text);
        if (!matcher.matches()) {
            throw new DateTimeException("no match");
        }
        int year = 1900;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        Integer julian = null;
        String twelveHour = null;
        String amPm = "";
        ZoneOffset offset = null;
        for (int g = 0; g < groups.length; g++) {
            String value = matcher.group(g + 1);
            switch (groups[g]) {
                case 'Y' -> year = Integer.parseInt(value);
                case 'y' -> {
                    int twoDigits = Integer.parseInt(value);
                    year = twoDigits <= 68 ? 2000 + twoDigits : 1900 + twoDigits;
                }
                case 'm' -> month = Integer.parseInt(value);
                case 'b', 'B' -> month = index(MONTHS, value) + 1;
                case 'd' -> day = Integer.parseInt(value.strip());
                case 'H' -> hour = Integer.parseInt(value);
                case 'I' -> twelveHour = value;
                case 'p' -> amPm = value.toLowerCase(Locale.ROOT);
                case 'M' -> minute = Integer.parseInt(value);
                case 'S' -> second = Integer.parseInt(value);
                case 'f' -> nanos = Integer.parseInt((value + "00000").substring(0, 6)) * 1000;
                case 'j' -> julian = Integer.parseInt(value);
                case 'z' -> offset = offset(value);
                default -> {
                    // Day names and numbers are read but, as in Python, do not decide the date.
                }
            }
        }
        if (twelveHour != null) {
            hour = Integer.parseInt(twelveHour);
            if (amPm.equals("pm")) {
                hour = hour == 12 ? 12 : hour + 12;
            } else if (hour == 12) {
                hour = 0;
            }
        }
        if (year < 1) {
            throw new DateTimeException("year 0");
        }
        LocalDate date =
                julian != null ? LocalDate.of(year, 1, 1).plusDays(julian - 1L) : LocalDate.of(year, month, day);
        LocalDateTime dateTime = date.atTime(hour, minute, second, nanos);
        return offset == null
                ? dateTime
                : dateTime.atOffset(offset)
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime();
    }

    private static int index(String[] names, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) {
            if (names[i].startsWith(lower)) {
                return i;
            }
        }
        throw new DateTimeException("no name " + value);
    }

    /** An offset as {@code %z} reads it: {@code Z}, or a sign, hours, minutes and maybe seconds, colons optional. */
    private static ZoneOffset offset(String value) {
        if (value.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = value.substring(1).replace(":", "");
        int sign = value.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = Integer.parseInt(digits.substring(2, 4));
        int seconds = digits.length() >= 6 ? Integer.parseInt(digits.substring(4, 6)) : 0;
        return ZoneOffset.ofHoursMinutesSeconds(sign * hours, sign * minutes, sign * seconds);
    }
}
