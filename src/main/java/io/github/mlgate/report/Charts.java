package io.github.mlgate.report;

import io.github.mlgate.gate.Numbers;
import java.util.List;
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

    /**
     * What a plot draws: lines through points, loose points (a third number of a point is a count written by it), a
     * marked point, a diagonal, a level line, axes.
     */
    record Plot(
            String xLabel,
            String yLabel,
            double[] xRange,
            double[] yRange,
            List<Series> lines,
            List<List<Double>> points,
            List<Double> marked,
            boolean diagonal,
            Double level) {}

    /**
     * A line through points, named in the legend when it has a label.
     *
     * @param label its name, or null for a plot of one line
     * @param points its {@code [x, y]} points
     */
    record Series(String label, List<List<Double>> points) {

        /**
         * The one line of a plot, unnamed.
         *
         * @param points its points, or null for none
         * @return the lines
         */
        static List<Series> only(List<List<Double>> points) {
            return points == null ? List.of() : List.of(new Series(null, points));
        }
    }

    /** The lines' colours, in order: the first is the model's. */
    private static final String[] COLOURS = {"#1f4e79", "#e67e22", "#27ae60", "#8e44ad", "#7f8c8d", "#c0392b"};

    private static final int PLOT_SIZE = 240;
    private static final int PLOT_MARGIN = 36;

    /**
     * A square plot with axes, their labels and ticks at both ends and the middle: a curve (ROC, precision-recall,
     * calibration), a scatter (predicted against actual), a marked point (the operating point), the diagonal and a
     * horizontal level (a precision-recall curve's chance level).
     *
     * @param plot what to draw
     * @param title the chart's title, for screen readers and as a tooltip
     * @param description what it shows in words, for screen readers
     * @return the SVG element
     */
    static String plot(Plot plot, String title, String description) {
        int size = PLOT_SIZE + 2 * PLOT_MARGIN;
        StringBuilder svg = open(size, size, title);
        svg.append("<desc>").append(escape(description)).append("</desc>");
        caption(svg, size / 2, 20, title);
        Scale xs = new Scale(plot.xRange(), PLOT_MARGIN, PLOT_MARGIN + PLOT_SIZE);
        Scale ys = new Scale(plot.yRange(), PLOT_MARGIN + PLOT_SIZE, PLOT_MARGIN);
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>",
                PLOT_MARGIN,
                PLOT_MARGIN,
                PLOT_SIZE,
                PLOT_SIZE));
        for (int i = 0; i <= 2; i++) {
            double xv = plot.xRange()[0] + (plot.xRange()[1] - plot.xRange()[0]) * i / 2;
            double yv = plot.yRange()[0] + (plot.yRange()[1] - plot.yRange()[0]) * i / 2;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333\">%s</text>",
                    xs.at(xv),
                    PLOT_MARGIN + PLOT_SIZE + 13,
                    tick(xv)));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"#333\">%s</text>",
                    PLOT_MARGIN - 4,
                    ys.at(yv) + 3,
                    tick(yv)));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">%s</text>",
                PLOT_MARGIN + PLOT_SIZE / 2,
                size - 6,
                escape(plot.xLabel())));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"12\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\""
                        + " transform=\"rotate(-90 12 %d)\">%s</text>",
                PLOT_MARGIN + PLOT_SIZE / 2,
                PLOT_MARGIN + PLOT_SIZE / 2,
                escape(plot.yLabel())));
        if (plot.diagonal()) {
            double from = Math.max(plot.xRange()[0], plot.yRange()[0]);
            double to = Math.min(plot.xRange()[1], plot.yRange()[1]);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbb\""
                            + " stroke-dasharray=\"4 3\"/>",
                    xs.at(from),
                    ys.at(from),
                    xs.at(to),
                    ys.at(to)));
        }
        if (plot.level() != null && Double.isFinite(plot.level())) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>",
                    PLOT_MARGIN,
                    ys.at(plot.level()),
                    PLOT_MARGIN + PLOT_SIZE,
                    ys.at(plot.level())));
        }
        for (int i = 0; i < plot.lines().size(); i++) {
            Series series = plot.lines().get(i);
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (List<Double> point : series.points()) {
                if (point.get(0) == null || point.get(1) == null) {
                    continue;
                }
                path.append(path.length() == 0 ? "M" : " L")
                        .append(String.format(Locale.ROOT, "%.1f %.1f", xs.at(point.get(0)), ys.at(point.get(1))));
            }
            svg.append("<path d=\"")
                    .append(path)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"2\"/>");
            if (series.label() != null) {
                // The legend, inside the plot at its lower right, where ROC curves leave room.
                double y = PLOT_MARGIN + PLOT_SIZE - 8 - 13 * (plot.lines().size() - 1 - i);
                svg.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>"
                                + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" fill=\"#333\">%s</text>",
                        PLOT_MARGIN + 110,
                        y - 3,
                        PLOT_MARGIN + 124,
                        y - 3,
                        colour,
                        PLOT_MARGIN + 128,
                        y,
                        escape(series.label())));
            }
        }
        if (plot.points() != null) {
            for (List<Double> point : plot.points()) {
                if (point.get(0) == null || point.get(1) == null) {
                    continue;
                }
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#4a7bb7\" fill-opacity=\"0.7\"/>",
                        xs.at(point.get(0)),
                        ys.at(point.get(1))));
                if (point.size() > 2 && point.get(2) != null) {
                    // A third number is a count to show by the point, such as a calibration bin's rows.
                    svg.append(String.format(
                            Locale.ROOT,
                            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" text-anchor=\"middle\" fill=\"#555\">%d"
                                    + "</text>",
                            xs.at(point.get(0)),
                            ys.at(point.get(1)) - 6,
                            Math.round(point.get(2))));
                }
            }
        }
        if (plot.marked() != null
                && plot.marked().get(0) != null
                && plot.marked().get(1) != null) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#c0392b\" stroke=\"#fff\"/>",
                    xs.at(plot.marked().get(0)),
                    ys.at(plot.marked().get(1))));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * One horizontal bar per slice, with its confidence interval as a whisker when there is one: the slices of a
     * metric side by side, so the worst one shows at once.
     *
     * @param labels the slices' names
     * @param values each slice's value (null draws no bar)
     * @param intervals each slice's {@code [low, high]}, or null
     * @param title the chart's title
     * @param description what it shows in words
     * @return the SVG element
     */
    static String bars(
            List<String> labels, List<Double> values, List<List<Double>> intervals, String title, String description) {
        int labelWidth = 110;
        int barWidth = 180;
        int row = 18;
        int width = labelWidth + barWidth + 40;
        int height = 28 + row * labels.size() + 16;
        double high = 0;
        for (int i = 0; i < labels.size(); i++) {
            Double value = values.get(i);
            if (value != null && Double.isFinite(value)) {
                high = Math.max(high, value);
            }
            List<Double> interval = intervals == null ? null : intervals.get(i);
            if (interval != null && interval.get(1) != null) {
                high = Math.max(high, interval.get(1));
            }
        }
        high = high <= 0 ? 1 : high <= 1 ? 1 : high;
        Scale xs = new Scale(new double[] {0, high}, labelWidth, labelWidth + barWidth);
        StringBuilder svg = open(width, height, title);
        svg.append("<desc>").append(escape(description)).append("</desc>");
        caption(svg, width / 2, 16, title);
        for (int i = 0; i < labels.size(); i++) {
            double y = 28 + row * i;
            String label = labels.get(i).length() > 18 ? labels.get(i).substring(0, 17) + "..." : labels.get(i);
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"#333\">%s</text>",
                    labelWidth - 6,
                    y + 12,
                    escape(label)));
            Double value = values.get(i);
            if (value != null && Double.isFinite(value)) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"12\" fill=\"#9cc3e6\"/>"
                                + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#333\">%s</text>",
                        labelWidth,
                        y + 2,
                        xs.at(value) - labelWidth,
                        xs.at(high) + 4,
                        y + 12,
                        Numbers.format(value)));
            }
            List<Double> interval = intervals == null ? null : intervals.get(i);
            if (interval != null && interval.get(0) != null && interval.get(1) != null) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f4e79\""
                                + " stroke-width=\"1.5\"/>",
                        xs.at(interval.get(0)),
                        y + 8,
                        xs.at(interval.get(1)),
                        y + 8));
            }
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"24\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
                labelWidth,
                labelWidth,
                28 + row * labels.size()));
        return svg.append("</svg>").toString();
    }

    /**
     * What is written under the bars of {@link #overlaid}: each value's name under its bin, or the ends of the range
     * of numbers the intervals cover.
     *
     * @param bins the values' names, one per bin, or null for intervals
     * @param low the range's lower end, or null for values
     * @param high the range's upper end, or null for values
     */
    record Axis(List<String> bins, String low, String high) {

        static Axis values(List<String> names) {
            return new Axis(names, null, null);
        }

        static Axis range(String low, String high) {
            return new Axis(null, low, high);
        }
    }

    /**
     * Two distributions over the same bins drawn over each other: the reference as wide pale bars, the current sample
     * as narrow dark bars inside them, so a bin that moved shows at once. Under the bars, each value's name where it
     * fits (all of them are in the description), or the ends of the numbers' range.
     *
     * @param reference the reference's share of each bin
     * @param current the current sample's share of each bin
     * @param axis what is written under the bars
     * @param referenceName the reference's name in the legend
     * @param currentName the current sample's name in the legend
     * @param title what it shows, as a tooltip
     * @param description what it shows in words
     * @return the SVG element
     */
    static String overlaid(
            double[] reference,
            double[] current,
            Axis axis,
            String referenceName,
            String currentName,
            String title,
            String description) {
        int width = 240;
        int height = 70;
        int axisRow = 12;
        double highest = 0;
        for (int i = 0; i < reference.length; i++) {
            highest = Math.max(highest, Math.max(reference[i], current[i]));
        }
        highest = highest <= 0 ? 1 : highest;
        double bin = (double) width / Math.max(1, reference.length);
        StringBuilder svg = open(width, height + axisRow + 14, title);
        svg.append("<desc>").append(escape(description)).append("</desc>");
        axis(svg, axis, bin, width, height + 9);
        for (int i = 0; i < reference.length; i++) {
            double tall = reference[i] / highest * (height - 2);
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#9cc3e6\"/>",
                    i * bin + 0.5,
                    height - tall,
                    Math.max(0.5, bin - 1),
                    tall));
            double now = current[i] / highest * (height - 2);
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#c0392b\""
                            + " fill-opacity=\"0.8\"/>",
                    i * bin + bin * 0.3,
                    height - now,
                    Math.max(0.5, bin * 0.4),
                    now));
        }
        int legend = height + axisRow;
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"2\" y=\"%d\" width=\"8\" height=\"8\" fill=\"#9cc3e6\"/>"
                        + "<text x=\"13\" y=\"%d\" font-size=\"9\" fill=\"#333\">%s</text>"
                        + "<rect x=\"120\" y=\"%d\" width=\"8\" height=\"8\" fill=\"#c0392b\"/>"
                        + "<text x=\"131\" y=\"%d\" font-size=\"9\" fill=\"#333\">%s</text>",
                legend + 4,
                legend + 11,
                escape(shortened(referenceName, 18)),
                legend + 4,
                legend + 11,
                escape(shortened(currentName, 18))));
        return svg.append("</svg>").toString();
    }

    /** Font size 8 is about this many pixels a character. */
    private static final double AXIS_CHARACTER = 4.8;

    /** Writes the axis under bins of the given width; values' names only when at least three characters fit. */
    private static void axis(StringBuilder svg, Axis axis, double bin, int width, int y) {
        String text = "<text x=\"%.1f\" y=\"%d\" font-size=\"8\" text-anchor=\"%s\" fill=\"#555\">%s</text>";
        if (axis.bins() != null) {
            int fits = (int) ((bin - 2) / AXIS_CHARACTER);
            if (fits < 3) {
                return;
            }
            for (int i = 0; i < axis.bins().size(); i++) {
                svg.append(String.format(
                        Locale.ROOT,
                        text,
                        i * bin + bin / 2,
                        y,
                        "middle",
                        escape(shortened(axis.bins().get(i), fits))));
            }
        } else if (axis.low() != null) {
            svg.append(String.format(Locale.ROOT, text, 1.0, y, "start", escape(axis.low())));
            svg.append(String.format(Locale.ROOT, text, width - 1.0, y, "end", escape(axis.high())));
        }
    }

    /** A name cut to at most {@code most} characters, the cut marked with an ellipsis. */
    private static String shortened(String name, int most) {
        return name.length() <= most ? name : name.substring(0, Math.max(1, most - 1)) + "\u2026";
    }

    /** A chart's title, written on it, centred. */
    private static void caption(StringBuilder svg, int x, int y, String title) {
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\""
                        + " fill=\"#333\">%s</text>",
                x,
                y,
                escape(title)));
    }

    /** From data values to pixels, values outside the range held at its ends. */
    private record Scale(double[] range, double from, double to) {
        double at(double value) {
            double span = range[1] - range[0];
            double share = span == 0 ? 0.5 : (value - range[0]) / span;
            return from + Math.max(0, Math.min(1, share)) * (to - from);
        }
    }

    private static String tick(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e6
                ? String.valueOf((long) value)
                : Numbers.format(value);
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
