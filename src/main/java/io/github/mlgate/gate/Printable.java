package io.github.mlgate.gate;

import java.util.Locale;

/** Text from the user's files made safe to print: on one line, with no terminal escapes. */
public final class Printable {

    private Printable() {}

    /**
     * Text from the user's files made safe to print on one line: line breaks and other control characters are
     * written as escapes (a backslash and n for a line feed, a backslash, u and four hex digits for others), so a value can neither start a line of its own (which CI
     * systems such as GitHub Actions read as a command: {@code ::error file=...}) nor send terminal escapes.
     *
     * @param text the text
     * @return the text, with every control character but the tab, and every bidirectional formatting character,
     *     escaped
     */
    public static String text(String text) {
        // Bidirectional controls (U+202E, right-to-left override) would show a message in another order than it is
        // written: escaped too, like terminal escapes.
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control =
                    (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || bidi(c);
            if (control && safe == null) {
                safe = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (safe != null) {
                if (!control) {
                    safe.append(c);
                } else if (c == '\n') {
                    safe.append("\\n");
                } else if (c == '\r') {
                    safe.append("\\r");
                } else {
                    safe.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                }
            }
        }
        return safe == null ? text : safe.toString();
    }

    /**
     * Whether a character reorders the text around it: the bidirectional embeddings, overrides, isolates and marks.
     *
     * @param c the character
     * @return true for U+061C, U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069
     */
    static boolean bidi(char c) {
        return c == '\u061c'
                || c == '\u200e'
                || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * Text that XML 1.0 can hold: every character it forbids (controls but tab, line feed and carriage return, lone
     * surrogates, U+FFFE and U+FFFF) and every other noncharacter (U+FDD0 to U+FDEF, the last two of each plane,
     * U+10FFFE among them) replaced by U+FFFD, so a cell holding one cannot make an XML output ill-formed.
     *
     * @param text the text
     * @return the text as XML may hold it
     */
    public static String xml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xd7ff)
                    || (c >= 0xe000 && c <= 0xfffd)
                    || (c >= 0x10000 && c <= 0x10ffff);
            boolean nonCharacter = (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
            safe.appendCodePoint(allowed && !nonCharacter ? c : 0xfffd);
            i += width;
        }
        return safe.toString();
    }

    /**
     * A message from a library or an engine as a finding quotes it: its first line, at most 300 characters. Drivers
     * append stack-like detail on later lines that says nothing to the user.
     *
     * @param message the message, or null
     * @return its first line, or {@code (no message)}
     */
    public static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
}
