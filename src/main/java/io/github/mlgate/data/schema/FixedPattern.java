package io.github.mlgate.data.schema;

/**
 * A regular expression that only ever matches texts of one length, made of ASCII literals and character classes each
 * repeated a fixed number of times (such as {@code [A-Z]{3}-[0-9]{4}}, the shape of most identifier patterns),
 * matched on an ASCII cell's bytes with a table per position instead of the regex engine. {@link #compile} answers
 * null for anything else, which is left to {@link java.util.regex.Pattern}; a cell with a byte outside ASCII is left
 * to it too, as its characters are not its bytes. Hand-written: the regex engine was a twentieth of the data
 * benchmark's time, for one pattern field of thirteen.
 */
final class FixedPattern {

    /** What {@link #matches} answers when the regex engine must decide. */
    static final int UNDECIDED = -1;

    /** Per position, which ASCII bytes it accepts. */
    private final boolean[][] positions;

    private FixedPattern(boolean[][] positions) {
        this.positions = positions;
    }

    /**
     * Reads a regular expression as a fixed pattern, where it is one.
     *
     * @param regex the expression, as {@link java.util.regex.Pattern#compile(String)} takes it, without flags
     * @return the pattern, or null when the expression is anything else
     */
    static FixedPattern compile(String regex) {
        java.util.List<boolean[]> positions = new java.util.ArrayList<>();
        int i = 0;
        int end = regex.length();
        if (i < end && regex.charAt(i) == '^') {
            i++; // whole-value matching makes the anchors no-ops
        }
        if (end > i && regex.charAt(end - 1) == '$' && (end < 2 || regex.charAt(end - 2) != '\\')) {
            end--;
        }
        while (i < end) {
            boolean[] accepted = new boolean[128];
            char c = regex.charAt(i);
            if (c == '[') {
                i = charClass(regex, i + 1, end, accepted);
            } else if (c == '\\') {
                if (i + 1 >= end || !escape(regex.charAt(i + 1), accepted)) {
                    return null;
                }
                i += 2;
            } else if (c < 128 && "^$.|?*+()[]{}".indexOf(c) < 0) {
                accepted[c] = true;
                i++;
            } else {
                return null;
            }
            if (i < 0) {
                return null;
            }
            int times = 1;
            if (i < end && regex.charAt(i) == '{') {
                int close = regex.indexOf('}', i);
                if (close < 0 || close > end || close == i + 1 || close - i > 5) {
                    return null;
                }
                for (int k = i + 1; k < close; k++) {
                    if (regex.charAt(k) < '0' || regex.charAt(k) > '9') {
                        return null; // {n,m} and the like match several lengths
                    }
                }
                times = Integer.parseInt(regex.substring(i + 1, close));
                i = close + 1;
            }
            if (i < end && "?*+{".indexOf(regex.charAt(i)) >= 0) {
                return null;
            }
            for (int k = 0; k < times; k++) {
                positions.add(accepted);
            }
        }
        return new FixedPattern(positions.toArray(boolean[][]::new));
    }

    /** Reads a class after its {@code [} into the accepted bytes; answers the index after its {@code ]}, or -1. */
    private static int charClass(String regex, int from, int end, boolean[] accepted) {
        int i = from;
        boolean negated = i < end && regex.charAt(i) == '^';
        if (negated) {
            i++;
        }
        if (i < end && regex.charAt(i) == ']') {
            return -1; // a ']' first is left to the regex engine, which does not read it as POSIX does
        }
        int first = i;
        boolean any = false;
        while (i < end && regex.charAt(i) != ']') {
            char c = regex.charAt(i);
            boolean[] single = new boolean[128];
            if (c == '-' && i != first && i + 1 < end && regex.charAt(i + 1) != ']') {
                return -1; // a '-' is read here only first, last or in a range
            }
            if (c == '\\') {
                if (i + 1 >= end || !escape(regex.charAt(i + 1), single)) {
                    return -1;
                }
                i += 2;
            } else if (c == '[' || c == '&' || c >= 128) {
                return -1; // nested classes and intersections are left to the regex engine
            } else if (i + 2 < end && regex.charAt(i + 1) == '-' && regex.charAt(i + 2) != ']') {
                char last = regex.charAt(i + 2);
                if (last == '\\' || last == '[' || last >= 128 || last < c) {
                    return -1;
                }
                for (char k = c; k <= last; k++) {
                    single[k] = true;
                }
                i += 3;
            } else {
                single[c] = true;
                i++;
            }
            for (int k = 0; k < 128; k++) {
                accepted[k] |= single[k];
            }
            any = true;
        }
        if (i >= end || !any) {
            return -1;
        }
        if (negated) {
            for (int k = 0; k < 128; k++) {
                accepted[k] = !accepted[k];
            }
        }
        return i + 1;
    }

    /** Reads an escape ({@code \d}, {@code \w}, {@code \s}, their negations, or escaped punctuation). */
    private static boolean escape(char c, boolean[] accepted) {
        boolean[] set = new boolean[128];
        switch (Character.toLowerCase(c)) {
            case 'd' -> mark(set, "0123456789");
            case 'w' -> mark(set, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
            case 's' -> mark(set, " \t\n\u000B\f\r");
            default -> {
                if (c >= 128 || Character.isLetterOrDigit(c)) {
                    return false; // \b, \p{..}, \1, \n and the like
                }
                set[c] = true;
                for (int k = 0; k < 128; k++) {
                    accepted[k] |= set[k];
                }
                return true;
            }
        }
        boolean negated = Character.isUpperCase(c);
        for (int k = 0; k < 128; k++) {
            accepted[k] |= negated != set[k];
        }
        return true;
    }

    private static void mark(boolean[] set, String characters) {
        for (int k = 0; k < characters.length(); k++) {
            set[characters.charAt(k)] = true;
        }
    }

    /**
     * Matches a whole cell.
     *
     * @param bytes the bytes
     * @param from the cell's first byte
     * @param to one past its last
     * @return 1 when the cell matches, 0 when not, {@link #UNDECIDED} when it has a byte outside ASCII
     */
    int matches(byte[] bytes, int from, int to) {
        boolean fits = to - from == positions.length;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b < 0) {
                return UNDECIDED;
            }
            if (fits && !positions[i - from][b]) {
                fits = false;
            }
        }
        return fits ? 1 : 0;
    }
}
