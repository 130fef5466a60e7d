package io.github.mlgate.report;

import io.github.mlgate.gate.Numbers;
import java.util.Locale;

/**
 * The drawing primitives of the report's charts: an SVG element written as text, with shapes placed by numbers and
 * every text escaped, so a chart carries nothing from user data that a browser could run. The chart kinds ({@link
 * Charts}, {@link Plots}) say what to draw; this says how it is written.
 */
final class Svg {

    private final StringBuilder svg = new StringBuilder();

    /**
     * Opens a drawing of the given size, titled for screen readers and as a tooltip.
     *
     * @param width its width in pixels
     * @param height its height in pixels
     * @param title its title
     */
    Svg(int width, int height, String title) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\"><title>")
                .append(escape(title))
                .append("</title>");
    }

    /**
     * Adds elements written with a format, numbers in the root locale; texts among the arguments must be escaped.
     *
     * @param format the elements, with {@link String#format} placeholders
     * @param arguments the numbers and escaped texts
     * @return this drawing
     */
    Svg add(String format, Object... arguments) {
        svg.append(String.format(Locale.ROOT, format, arguments));
        return this;
    }

    /**
     * Says what the drawing shows in words, for screen readers.
     *
     * @param description the words
     * @return this drawing
     */
    Svg describe(String description) {
        svg.append("<desc>").append(escape(description)).append("</desc>");
        return this;
    }

    /**
     * Writes a chart's title on it, centred at a point.
     *
     * @param x the centre's x
     * @param y the baseline's y
     * @param title the title
     * @return this drawing
     */
    Svg caption(int x, int y, String title) {
        return add(
                "<text x=\"%d\" y=\"%d\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\""
                        + " fill=\"#333\">%s</text>",
                x, y, escape(title));
    }

    /**
     * Closes the drawing.
     *
     * @return the SVG element
     */
    String close() {
        return svg.append("</svg>").toString();
    }

    /**
     * From data values to pixels, values outside the range held at its ends.
     *
     * @param range the values' {@code [low, high]}
     * @param from the pixel of the low end
     * @param to the pixel of the high end
     */
    record Scale(double[] range, double from, double to) {

        double at(double value) {
            double span = range[1] - range[0];
            double share = span == 0 ? 0.5 : (value - range[0]) / span;
            return from + Math.max(0, Math.min(1, share)) * (to - from);
        }
    }

    /**
     * A tick's label: whole numbers plainly, others as every output writes numbers.
     *
     * @param value the tick's value
     * @return its label
     */
    static String tick(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e6
                ? String.valueOf((long) value)
                : Numbers.format(value);
    }

    /**
     * A name cut to at most {@code most} characters, the cut marked with an ellipsis.
     *
     * @param name the name
     * @param most the most characters
     * @return the name, cut when longer
     */
    static String shortened(String name, int most) {
        return name.length() <= most ? name : name.substring(0, Math.max(1, most - 1)) + "\u2026";
    }

    /**
     * Escapes text for XML content and attributes.
     *
     * @param text any text
     * @return the text with {@code & < > " '} escaped
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
