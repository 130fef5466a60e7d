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
     * @return the text, with every control character but the tab escaped
     */
    public static String text(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
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
}
