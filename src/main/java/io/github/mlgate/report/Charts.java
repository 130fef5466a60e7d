package io.github.mlgate.report;

import io.github.mlgate.gate.Numbers;
import java.util.List;

/**
 * The small charts of the site report: a histogram per profiled field, a confidence interval drawn against a
 * criterion's bound, a metric's slices as bars, two distributions overlaid. Drawn with {@link Svg}'s primitives;
 * plots with axes are {@link Plots}.
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
        Svg svg = new Svg(HISTOGRAM_WIDTH, HISTOGRAM_HEIGHT, title);
        for (int i = 0; i < counts.length; i++) {
            double height = counts[i] == 0 ? 0 : Math.max(1, (double) counts[i] / highest * (HISTOGRAM_HEIGHT - 2));
            svg.add(
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4a7bb7\"/>",
                    i * width + 0.5, HISTOGRAM_HEIGHT - height, Math.max(0.5, width - 1), height);
        }
        return svg.close();
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
        Svg svg = new Svg(SCALE_WIDTH, SCALE_HEIGHT, title);
        svg.add(
                "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#bbb\"/>",
                SCALE_HEIGHT / 2, SCALE_WIDTH, SCALE_HEIGHT / 2);
        if (low != null && high != null && Double.isFinite(low) && Double.isFinite(high)) {
            double x1 = x(low, start, span);
            svg.add(
                    "<rect x=\"%.1f\" y=\"5\" width=\"%.1f\" height=\"8\" fill=\"#9cc3e6\"/>",
                    x1, Math.max(1, x(high, start, span) - x1));
        }
        for (Double bound : new Double[] {min, max}) {
            if (bound != null) {
                double x = x(bound, start, span);
                svg.add(
                        "<line x1=\"%.1f\" y1=\"1\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c0392b\" stroke-width=\"2\"/>",
                        x, x, SCALE_HEIGHT - 1);
            }
        }
        svg.add("<circle cx=\"%.1f\" cy=\"%d\" r=\"3.5\" fill=\"#1f4e79\"/>", x(value, start, span), SCALE_HEIGHT / 2);
        return svg.close();
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
        Svg.Scale xs = new Svg.Scale(new double[] {0, high}, labelWidth, labelWidth + barWidth);
        Svg svg = new Svg(width, height, title);
        svg.describe(description);
        svg.caption(width / 2, 16, title);
        for (int i = 0; i < labels.size(); i++) {
            double y = 28 + row * i;
            String label = labels.get(i).length() > 18 ? labels.get(i).substring(0, 17) + "..." : labels.get(i);
            svg.add(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"#333\">%s</text>",
                    labelWidth - 6, y + 12, Svg.escape(label));
            Double value = values.get(i);
            if (value != null && Double.isFinite(value)) {
                svg.add(
                        "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"12\" fill=\"#9cc3e6\"/>"
                                + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#333\">%s</text>",
                        labelWidth, y + 2, xs.at(value) - labelWidth, xs.at(high) + 4, y + 12, Numbers.format(value));
            }
            List<Double> interval = intervals == null ? null : intervals.get(i);
            if (interval != null && interval.get(0) != null && interval.get(1) != null) {
                svg.add(
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f4e79\""
                                + " stroke-width=\"1.5\"/>",
                        xs.at(interval.get(0)), y + 8, xs.at(interval.get(1)), y + 8);
            }
        }
        svg.add(
                "<line x1=\"%d\" y1=\"24\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
                labelWidth, labelWidth, 28 + row * labels.size());
        return svg.close();
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
        Svg svg = new Svg(width, height + axisRow + 14, title);
        svg.describe(description);
        axis(svg, axis, bin, width, height + 9);
        for (int i = 0; i < reference.length; i++) {
            double tall = reference[i] / highest * (height - 2);
            svg.add(
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#9cc3e6\"/>",
                    i * bin + 0.5, height - tall, Math.max(0.5, bin - 1), tall);
            double now = current[i] / highest * (height - 2);
            svg.add(
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#c0392b\""
                            + " fill-opacity=\"0.8\"/>",
                    i * bin + bin * 0.3, height - now, Math.max(0.5, bin * 0.4), now);
        }
        int legend = height + axisRow;
        svg.add(
                "<rect x=\"2\" y=\"%d\" width=\"8\" height=\"8\" fill=\"#9cc3e6\"/>"
                        + "<text x=\"13\" y=\"%d\" font-size=\"9\" fill=\"#333\">%s</text>"
                        + "<rect x=\"120\" y=\"%d\" width=\"8\" height=\"8\" fill=\"#c0392b\"/>"
                        + "<text x=\"131\" y=\"%d\" font-size=\"9\" fill=\"#333\">%s</text>",
                legend + 4,
                legend + 11,
                Svg.escape(Svg.shortened(referenceName, 18)),
                legend + 4,
                legend + 11,
                Svg.escape(Svg.shortened(currentName, 18)));
        return svg.close();
    }

    /** Font size 8 is about this many pixels a character. */
    private static final double AXIS_CHARACTER = 4.8;

    /** Writes the axis under bins of the given width; values' names only when at least three characters fit. */
    private static void axis(Svg svg, Axis axis, double bin, int width, int y) {
        String text = "<text x=\"%.1f\" y=\"%d\" font-size=\"8\" text-anchor=\"%s\" fill=\"#555\">%s</text>";
        if (axis.bins() != null) {
            int fits = (int) ((bin - 2) / AXIS_CHARACTER);
            if (fits < 3) {
                return;
            }
            for (int i = 0; i < axis.bins().size(); i++) {
                svg.add(
                        text,
                        i * bin + bin / 2,
                        y,
                        "middle",
                        Svg.escape(Svg.shortened(axis.bins().get(i), fits)));
            }
        } else if (axis.low() != null) {
            svg.add(text, 1.0, y, "start", Svg.escape(axis.low()));
            svg.add(text, width - 1.0, y, "end", Svg.escape(axis.high()));
        }
    }

    private static double x(double value, double start, double span) {
        return (value - start) / span * SCALE_WIDTH;
    }
}
