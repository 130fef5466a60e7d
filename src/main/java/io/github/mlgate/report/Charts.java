package io.github.mlgate.report;

import java.util.Locale;

/**
 * Small inline SVG drawings for the site report: a histogram per profiled field and a confidence interval drawn
 * against a criterion's bound. Made of numbers only, apart from a title that is escaped, so they carry nothing from
 * user data that a browser could run.
 */
final class Charts {

    private static final int HISTOGRAM_WIDTH = 120;
    private static final int HISTOGRAM_HEIGHT = 28;
    private static final int SCALE_WIDTH = 160;
    private static final int SCALE_HEIGHT = 18;

    private Charts() {}

    /**
     * A histogram as bars of equal width.
     *
     * @param counts the count in each bin
     * @param title what it shows, as a tooltip
     * @return the SVG element
     */
    static String histogram(long[] counts, String title) {
        long highest = 1;
        for (long count : counts) {
            highest = Math.max(highest, count);
        }
        double width = (double) HISTOGRAM_WIDTH / Math.max(1, counts.length);
        StringBuilder svg = open(HISTOGRAM_WIDTH, HISTOGRAM_HEIGHT, title);
        for (int i = 0; i < counts.length; i++) {
            double height = counts[i] == 0 ? 0 : Math.max(1, (double) counts[i] / highest * (HISTOGRAM_HEIGHT - 2));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4a7bb7\"/>",
                    i * width + 0.5,
                    HISTOGRAM_HEIGHT - height,
                    Math.max(0.5, width - 1),
                    height));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A value and its interval on a scale, with the criterion's bounds as red lines: a reader sees at once whether
     * the interval clears the bound.
     *
     * @param value the measured value
     * @param low the interval's lower end, or null when there is no interval
     * @param high the interval's upper end, or null
     * @param min the criterion's lower bound, or null
     * @param max the criterion's upper bound, or null
     * @param title what it shows, as a tooltip
     * @return the SVG element
     */
    static String interval(double value, Double low, Double high, Double min, Double max, String title) {
        double from = value;
        double to = value;
        for (Double point : new Double[] {low, high, min, max}) {
            if (point != null && Double.isFinite(point)) {
                from = Math.min(from, point);
                to = Math.max(to, point);
            }
        }
        double pad = to > from ? (to - from) * 0.15 : Math.max(Math.abs(value) * 0.1, 0.05);
        double start = from - pad;
        double span = to + pad - start;
        StringBuilder svg = open(SCALE_WIDTH, SCALE_HEIGHT, title);
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#bbb\"/>",
                SCALE_HEIGHT / 2,
                SCALE_WIDTH,
                SCALE_HEIGHT / 2));
        if (low != null && high != null && Double.isFinite(low) && Double.isFinite(high)) {
            double x1 = x(low, start, span);
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"5\" width=\"%.1f\" height=\"8\" fill=\"#9cc3e6\"/>",
                    x1,
                    Math.max(1, x(high, start, span) - x1)));
        }
        for (Double bound : new Double[] {min, max}) {
            if (bound != null) {
                double x = x(bound, start, span);
                svg.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"1\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c0392b\" stroke-width=\"2\"/>",
                        x,
                        x,
                        SCALE_HEIGHT - 1));
            }
        }
        svg.append(String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%d\" r=\"3.5\" fill=\"#1f4e79\"/>",
                x(value, start, span),
                SCALE_HEIGHT / 2));
        return svg.append("</svg>").toString();
    }

    private static double x(double value, double start, double span) {
        return (value - start) / span * SCALE_WIDTH;
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
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
