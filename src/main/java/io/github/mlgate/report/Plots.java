package io.github.mlgate.report;

import java.util.List;

/**
 * Square plots with axes: a curve (ROC, precision-recall, calibration), a scatter (predicted against actual), a marked
 * point (the operating point), the diagonal and a horizontal level (a precision-recall curve's chance level). A plot
 * is described as a value ({@link Plot}), then drawn in layers: the frame and its axes, the reference lines, the
 * lines with their legend, the loose points, the marked point.
 */
final class Plots {

    /** The lines' colours, in order: the first is the model's. */
    private static final String[] COLOURS = {"#1f4e79", "#e67e22", "#27ae60", "#8e44ad", "#7f8c8d", "#c0392b"};

    private static final int SIZE = 240;
    private static final int MARGIN = 36;

    private Plots() {}

    /**
     * What a plot draws, built from its axes: {@code Plot.axes(...).withLines(...).withDiagonal()}.
     *
     * @param xLabel the horizontal axis's name
     * @param yLabel the vertical axis's name
     * @param xRange the horizontal axis's {@code [low, high]}
     * @param yRange the vertical axis's {@code [low, high]}
     * @param lines the lines through points
     * @param points loose points; a third number of a point is a count written by it; null for none
     * @param marked a marked {@code [x, y]} point, or null
     * @param diagonal whether to draw the diagonal
     * @param level the height of a horizontal level line, or null
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
            Double level) {

        /**
         * An empty plot over these axes.
         *
         * @param xLabel the horizontal axis's name
         * @param yLabel the vertical axis's name
         * @param xRange the horizontal axis's {@code [low, high]}
         * @param yRange the vertical axis's {@code [low, high]}
         * @return the plot
         */
        static Plot axes(String xLabel, String yLabel, double[] xRange, double[] yRange) {
            return new Plot(xLabel, yLabel, xRange, yRange, List.of(), null, null, false, null);
        }

        Plot withLines(List<Series> drawn) {
            return new Plot(xLabel, yLabel, xRange, yRange, drawn, points, marked, diagonal, level);
        }

        Plot withPoints(List<List<Double>> loose) {
            return new Plot(xLabel, yLabel, xRange, yRange, lines, loose, marked, diagonal, level);
        }

        Plot withMarked(List<Double> point) {
            return new Plot(xLabel, yLabel, xRange, yRange, lines, points, point, diagonal, level);
        }

        Plot withDiagonal() {
            return new Plot(xLabel, yLabel, xRange, yRange, lines, points, marked, true, level);
        }

        Plot withLevel(Double height) {
            return new Plot(xLabel, yLabel, xRange, yRange, lines, points, marked, diagonal, height);
        }
    }

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

    /**
     * Draws a plot.
     *
     * @param plot what to draw
     * @param title the chart's title, for screen readers and as a tooltip
     * @param description what it shows in words, for screen readers
     * @return the SVG element
     */
    static String draw(Plot plot, String title, String description) {
        int size = SIZE + 2 * MARGIN;
        Svg svg = new Svg(size, size, title).describe(description).caption(size / 2, 20, title);
        Svg.Scale xs = new Svg.Scale(plot.xRange(), MARGIN, MARGIN + SIZE);
        Svg.Scale ys = new Svg.Scale(plot.yRange(), MARGIN + SIZE, MARGIN);
        frame(svg, plot, xs, ys, size);
        references(svg, plot, xs, ys);
        lines(svg, plot.lines(), xs, ys);
        if (plot.points() != null) {
            points(svg, plot.points(), xs, ys);
        }
        if (plot.marked() != null
                && plot.marked().get(0) != null
                && plot.marked().get(1) != null) {
            svg.add(
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#c0392b\" stroke=\"#fff\"/>",
                    xs.at(plot.marked().get(0)), ys.at(plot.marked().get(1)));
        }
        return svg.close();
    }

    /** The box, ticks at both ends and the middle of each axis, and the axes' names. */
    private static void frame(Svg svg, Plot plot, Svg.Scale xs, Svg.Scale ys, int size) {
        svg.add(
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>",
                MARGIN, MARGIN, SIZE, SIZE);
        for (int i = 0; i <= 2; i++) {
            double xv = plot.xRange()[0] + (plot.xRange()[1] - plot.xRange()[0]) * i / 2;
            double yv = plot.yRange()[0] + (plot.yRange()[1] - plot.yRange()[0]) * i / 2;
            svg.add(
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333\">%s</text>",
                    xs.at(xv), MARGIN + SIZE + 13, Svg.tick(xv));
            svg.add(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"#333\">%s</text>",
                    MARGIN - 4, ys.at(yv) + 3, Svg.tick(yv));
        }
        svg.add(
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">%s</text>",
                MARGIN + SIZE / 2, size - 6, Svg.escape(plot.xLabel()));
        svg.add(
                "<text x=\"12\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\""
                        + " transform=\"rotate(-90 12 %d)\">%s</text>",
                MARGIN + SIZE / 2, MARGIN + SIZE / 2, Svg.escape(plot.yLabel()));
    }

    /** The diagonal and the level line, dashed, under the data. */
    private static void references(Svg svg, Plot plot, Svg.Scale xs, Svg.Scale ys) {
        if (plot.diagonal()) {
            double from = Math.max(plot.xRange()[0], plot.yRange()[0]);
            double to = Math.min(plot.xRange()[1], plot.yRange()[1]);
            svg.add(
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>",
                    xs.at(from), ys.at(from), xs.at(to), ys.at(to));
        }
        if (plot.level() != null && Double.isFinite(plot.level())) {
            svg.add(
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>",
                    MARGIN, ys.at(plot.level()), MARGIN + SIZE, ys.at(plot.level()));
        }
    }

    /** Each line in its colour; named lines get a legend inside the plot at its lower right, where ROC curves leave room. */
    private static void lines(Svg svg, List<Series> lines, Svg.Scale xs, Svg.Scale ys) {
        for (int i = 0; i < lines.size(); i++) {
            Series series = lines.get(i);
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (List<Double> point : series.points()) {
                if (point.get(0) != null && point.get(1) != null) {
                    path.append(path.length() == 0 ? "M" : " L")
                            .append(String.format(
                                    java.util.Locale.ROOT, "%.1f %.1f", xs.at(point.get(0)), ys.at(point.get(1))));
                }
            }
            svg.add("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>", path, colour);
            if (series.label() != null) {
                double y = MARGIN + SIZE - 8 - 13 * (lines.size() - 1 - i);
                svg.add(
                        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>"
                                + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" fill=\"#333\">%s</text>",
                        MARGIN + 110, y - 3, MARGIN + 124, y - 3, colour, MARGIN + 128, y, Svg.escape(series.label()));
            }
        }
    }

    /** Loose points; a third number is a count shown by the point, such as a calibration bin's rows. */
    private static void points(Svg svg, List<List<Double>> points, Svg.Scale xs, Svg.Scale ys) {
        for (List<Double> point : points) {
            if (point.get(0) == null || point.get(1) == null) {
                continue;
            }
            svg.add(
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#4a7bb7\" fill-opacity=\"0.7\"/>",
                    xs.at(point.get(0)), ys.at(point.get(1)));
            if (point.size() > 2 && point.get(2) != null) {
                svg.add(
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" text-anchor=\"middle\" fill=\"#555\">%d</text>",
                        xs.at(point.get(0)), ys.at(point.get(1)) - 6, Math.round(point.get(2)));
            }
        }
    }
}
