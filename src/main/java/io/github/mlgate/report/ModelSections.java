package io.github.mlgate.report;

import io.github.mlgate.baseline.BaselineGate;
import io.github.mlgate.baseline.Comparisons;
import io.github.mlgate.baseline.RocCurves;
import io.github.mlgate.evaluation.Criteria;
import io.github.mlgate.evaluation.Curves;
import io.github.mlgate.evaluation.MeasuredMetrics;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.report.ReportPage.Graphic;
import io.github.mlgate.report.ReportPage.Inline;
import io.github.mlgate.report.ReportPage.Section;
import io.github.mlgate.report.ReportPage.SectionBuilder;
import io.github.mlgate.report.ReportPage.Table;
import io.github.mlgate.report.ReportPage.TableBuilder;
import io.github.mlgate.report.ReportPage.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The modelling stage: each success criterion against its bound, slices with their gaps, and the baselines. */
final class ModelSections {

    private final ReportText text;

    ModelSections(ReportText text) {
        this.text = text;
    }

    Section evaluation(GateResult result) {
        SectionBuilder section = new SectionBuilder(text.get("evaluation.title"), "evaluation");
        if (LifecycleReport.notRun(text, section, result)) {
            return section.build();
        }
        if (result.subject() != null) {
            section.text(text.get("evaluation.evidence", result.subject()));
        }
        Criteria criteria = result.section(Criteria.KEY, Criteria.class);
        TableBuilder table = new TableBuilder(
                text.get("evaluation.criterion"),
                text.get("evaluation.slice"),
                text.get("evaluation.value"),
                text.get("evaluation.interval"),
                text.get("evaluation.chart"),
                text.get("evaluation.verdict"));
        Set<String> judgedMetrics = new LinkedHashSet<>();
        if (criteria != null) {
            for (Criteria.Entry entry : criteria.entries()) {
                judgedMetrics.add(entry.metric());
                table.row(
                        entry.criterion(),
                        entry.slice() == null ? "" : entry.slice(),
                        number(entry.value()),
                        interval(entry.interval()),
                        chart(entry),
                        new Text(text.get("verdict." + entry.verdict()), true));
            }
        }
        section.table(table.build());
        MeasuredMetrics metrics = result.section(MeasuredMetrics.KEY, MeasuredMetrics.class);
        if (metrics != null) {
            section.subsection(metrics(metrics));
            if (metrics.curves() != null) {
                section.subsection(pictures(metrics.curves()));
            }
            if (!metrics.slices().isEmpty()) {
                section.subsection(slices(metrics, judgedMetrics));
            }
        }
        return section.build();
    }

    private Section metrics(MeasuredMetrics metrics) {
        SectionBuilder section = new SectionBuilder(text.get("evaluation.metrics.title"), "evaluation-metrics");
        TableBuilder table = new TableBuilder(text.get("evaluation.metric"), text.get("evaluation.value"));
        metrics.metrics().forEach((metric, value) -> table.row(metric, number(value)));
        return section.table(table.build()).build();
    }

    /** The model in pictures: its curves, its calibration, its confusion matrix, or its predictions against the truth. */
    private Section pictures(Curves curves) {
        SectionBuilder section = new SectionBuilder(text.get("pictures.title"), "evaluation-pictures");
        double[] unit = {0, 1};
        List<Inline> charts = new ArrayList<>();
        if (curves.roc() != null) {
            List<Double> at = curves.operatingPoint();
            charts.add(graphic(
                    rocPlot(Plots.Series.only(curves.roc()), at == null ? null : Arrays.asList(at.get(0), at.get(1))),
                    "pictures.roc",
                    operatingPoint(at, 0, 1)));
        }
        if (curves.oneVsRest() != null && !curves.oneVsRest().isEmpty()) {
            List<Plots.Series> lines = new ArrayList<>();
            curves.oneVsRest().forEach((label, points) -> lines.add(new Plots.Series(label, points)));
            charts.add(graphic(
                    rocPlot(lines, null), "pictures.oneVsRest", text.get("pictures.oneVsRest.detail", lines.size())));
        }
        if (curves.precisionRecall() != null) {
            List<Double> at = curves.operatingPoint();
            charts.add(graphic(
                    Plots.Plot.axes(text.get("pictures.recall"), text.get("pictures.precision"), unit, unit)
                            .withLines(Plots.Series.only(curves.precisionRecall()))
                            .withMarked(at == null ? null : Arrays.asList(at.get(2), at.get(3)))
                            .withLevel(positiveRate(curves)),
                    "pictures.pr",
                    operatingPoint(at, 2, 3)));
        }
        if (curves.calibration() != null) {
            List<List<Double>> points = new ArrayList<>();
            List<List<Double>> counted = new ArrayList<>();
            long rows = 0;
            for (Curves.Bin bin : curves.calibration()) {
                if (bin.count() > 0) {
                    points.add(Arrays.asList(bin.meanScore(), bin.fractionPositive()));
                    counted.add(Arrays.asList(bin.meanScore(), bin.fractionPositive(), (double) bin.count()));
                    rows += bin.count();
                }
            }
            charts.add(graphic(
                    Plots.Plot.axes(text.get("pictures.meanScore"), text.get("pictures.fractionPositive"), unit, unit)
                            .withLines(Plots.Series.only(points))
                            .withPoints(counted)
                            .withDiagonal(),
                    "pictures.calibration",
                    text.get("pictures.calibration.detail", points.size(), rows)));
        }
        if (curves.predictedVsActual() != null && !curves.predictedVsActual().isEmpty()) {
            double[] range = range(curves.predictedVsActual());
            List<List<Double>> residuals = new ArrayList<>();
            double largest = 0;
            for (List<Double> point : curves.predictedVsActual()) {
                double residual = point.get(0) - point.get(1);
                residuals.add(Arrays.asList(point.get(1), residual));
                largest = Math.max(largest, Math.abs(residual));
            }
            charts.add(graphic(
                    Plots.Plot.axes(text.get("pictures.actual"), text.get("pictures.predicted"), range, range)
                            .withPoints(curves.predictedVsActual())
                            .withDiagonal(),
                    "pictures.scatter",
                    text.get("pictures.points", curves.predictedVsActual().size())));
            charts.add(graphic(
                    Plots.Plot.axes(text.get("pictures.predicted"), text.get("pictures.residual"), range, new double[] {
                                -largest, largest
                            })
                            .withPoints(residuals)
                            .withLevel(0.0),
                    "pictures.residuals",
                    text.get("pictures.points", residuals.size())));
        }
        if (!charts.isEmpty()) {
            section.paragraph(charts.toArray(Inline[]::new));
        }
        if (curves.confusion() != null) {
            section.text(text.get("pictures.confusion"));
            section.table(confusion(curves));
        }
        return section.build();
    }

    /** A ROC plot: false against true positive rate on unit axes, with chance as the diagonal. */
    private Plots.Plot rocPlot(List<Plots.Series> lines, List<Double> marked) {
        double[] unit = {0, 1};
        return Plots.Plot.axes(text.get("pictures.fpr"), text.get("pictures.tpr"), unit, unit)
                .withLines(lines)
                .withMarked(marked)
                .withDiagonal();
    }

    private Graphic graphic(Plots.Plot plot, String key, String detail) {
        String title = text.get(key);
        String description = title + ": " + detail;
        return new Graphic(Plots.draw(plot, title, description), description);
    }

    private String operatingPoint(List<Double> at, int x, int y) {
        if (at == null || at.get(x) == null || at.get(y) == null) {
            return text.get("pictures.noOperatingPoint");
        }
        return text.get("pictures.operatingPoint", Numbers.format(at.get(x)), Numbers.format(at.get(y)));
    }

    /** The share of positives: a precision-recall curve's level of a model that guesses. */
    private static Double positiveRate(Curves curves) {
        List<List<Long>> matrix = curves.confusion();
        if (matrix == null || matrix.size() != 2) {
            return null;
        }
        long positives = matrix.get(1).get(0) + matrix.get(1).get(1);
        long all = positives + matrix.get(0).get(0) + matrix.get(0).get(1);
        return all == 0 ? null : positives / (double) all;
    }

    private static double[] range(List<List<Double>> points) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (List<Double> point : points) {
            for (Double value : point) {
                if (value != null && Double.isFinite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        return low <= high ? new double[] {low, high} : new double[] {0, 1};
    }

    /** Counts by actual class (rows) and predicted class (columns), each with its share of the row. */
    private Table confusion(Curves curves) {
        List<String> headers = new ArrayList<>();
        headers.add(text.get("pictures.actualPredicted"));
        headers.addAll(curves.classes());
        TableBuilder table = new TableBuilder(headers.toArray(String[]::new));
        for (int actual = 0; actual < curves.confusion().size(); actual++) {
            List<Long> row = curves.confusion().get(actual);
            long total = row.stream().mapToLong(Long::longValue).sum();
            List<Object> cells = new ArrayList<>();
            cells.add(new Text(curves.classes().get(actual), true));
            for (int predicted = 0; predicted < row.size(); predicted++) {
                long count = row.get(predicted);
                String share =
                        total == 0 ? "" : String.format(java.util.Locale.ROOT, " (%.1f%%)", 100.0 * count / total);
                cells.add(new Text(count + share, actual == predicted));
            }
            table.row(cells.toArray());
        }
        return table.build();
    }

    private Section slices(MeasuredMetrics metrics, Set<String> judged) {
        SectionBuilder section = new SectionBuilder(text.get("evaluation.slices.title"), "evaluation-slices");
        List<String> columns = new ArrayList<>();
        Map<String, Double> sample = metrics.slices().values().iterator().next();
        for (String metric : judged) {
            if (sample.containsKey(metric)) {
                columns.add(metric);
            }
        }
        if (columns.isEmpty()) {
            sample.keySet().stream().limit(4).forEach(columns::add);
        }
        List<String> headers = new ArrayList<>(List.of(text.get("evaluation.slice"), text.get("data.rows")));
        headers.addAll(columns);
        TableBuilder table = new TableBuilder(headers.toArray(String[]::new));
        // Per column of slices (plan=basic, plan=plus, ...), the gap between the best and the worst slice.
        // By slice column, then metric: the lowest and highest value over the column's slices.
        Map<String, Map<String, double[]>> range = new LinkedHashMap<>();
        metrics.slices().forEach((slice, values) -> {
            List<Object> row = new ArrayList<>();
            row.add(slice);
            Long size =
                    metrics.sliceSizes() == null ? null : metrics.sliceSizes().get(slice);
            row.add(size == null ? "" : String.valueOf(size));
            String column = slice.contains("=") ? slice.substring(0, slice.indexOf('=')) : "";
            for (String metric : columns) {
                Double value = values.get(metric);
                row.add(number(value));
                if (value != null && Double.isFinite(value)) {
                    double[] lowHigh = range.computeIfAbsent(column, k -> new LinkedHashMap<>())
                            .computeIfAbsent(
                                    metric, k -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
                    lowHigh[0] = Math.min(lowHigh[0], value);
                    lowHigh[1] = Math.max(lowHigh[1], value);
                }
            }
            table.row(row.toArray());
        });
        for (String column : range.keySet()) {
            List<Object> row = new ArrayList<>();
            row.add(new Text(text.get("evaluation.gap", column), true));
            row.add("");
            for (String metric : columns) {
                double[] lowHigh = range.get(column).get(metric);
                row.add(lowHigh == null ? "" : Numbers.format(lowHigh[1] - lowHigh[0]));
            }
            table.row(row.toArray());
        }
        section.table(table.build());
        List<Inline> charts = new ArrayList<>();
        for (String metric : columns) {
            List<String> labels = new ArrayList<>(metrics.slices().keySet());
            List<Double> values = new ArrayList<>();
            List<List<Double>> intervals = new ArrayList<>();
            boolean anyInterval = false;
            for (String slice : labels) {
                values.add(metrics.slices().get(slice).get(metric));
                List<Double> interval = metrics.intervals() == null
                                || metrics.intervals().slices() == null
                                || metrics.intervals().slices().get(slice) == null
                        ? null
                        : metrics.intervals().slices().get(slice).get(metric);
                intervals.add(interval);
                anyInterval |= interval != null;
            }
            String title = text.get("pictures.slices", metric);
            String description = title + ": "
                    + text.get(anyInterval ? "pictures.slices.withIntervals" : "pictures.slices.detail", labels.size());
            charts.add(new Graphic(
                    Charts.bars(labels, values, anyInterval ? intervals : null, title, description), description));
        }
        if (!charts.isEmpty()) {
            section.paragraph(charts.toArray(Inline[]::new));
        }
        return section.build();
    }

    Section baseline(GateResult result) {
        SectionBuilder section = new SectionBuilder(text.get("baseline.title"), BaselineGate.NAME);
        if (LifecycleReport.notRun(text, section, result)) {
            return section.build();
        }
        TableBuilder table = new TableBuilder(
                text.get("baseline.baseline"),
                text.get("evaluation.metric"),
                text.get("baseline.model"),
                text.get("baseline.value"),
                text.get("baseline.delta"),
                text.get("baseline.relative"),
                text.get("baseline.pValue"),
                text.get("baseline.test"),
                text.get("evaluation.verdict"));
        Comparisons comparisons = result.section(Comparisons.KEY, Comparisons.class);
        List<Comparisons.Outcome> outcomes = comparisons == null ? List.of() : comparisons.outcomes();
        for (Comparisons.Outcome outcome : outcomes) {
            table.row(
                    outcome.baseline(),
                    outcome.metric(),
                    number(outcome.candidate()),
                    number(outcome.baselineValue()),
                    outcome.delta() == null ? "" : Numbers.signed(outcome.delta()),
                    outcome.relativeDelta() == null ? "" : Numbers.percent(outcome.relativeDelta()),
                    number(outcome.pValue()),
                    outcome.test() == null ? "" : outcome.test(),
                    new Text(outcome.status(), true));
        }
        if (outcomes.isEmpty()) {
            section.text(text.get("baseline.none"));
        }
        section.table(table.build());
        RocCurves roc = result.section(RocCurves.KEY, RocCurves.class);
        if (roc != null) {
            List<Plots.Series> lines = new ArrayList<>();
            lines.add(new Plots.Series(text.get("pictures.model"), roc.model()));
            roc.baselines().forEach((name, points) -> lines.add(new Plots.Series(name, points)));
            section.paragraph(graphic(
                    rocPlot(lines, null),
                    "pictures.againstBaselines",
                    text.get("pictures.againstBaselines.detail", lines.size() - 1)));
        }
        return section.build();
    }

    private Object chart(Criteria.Entry entry) {
        Double value = entry.value();
        if (value == null || !Double.isFinite(value)) {
            return "";
        }
        Double min = entry.min();
        Double max = entry.max() != null ? entry.max() : entry.maxGap();
        Criteria.Interval interval = entry.interval();
        Double low = interval == null ? null : interval.low();
        Double high = interval == null ? null : interval.high();
        List<String> bounds = new ArrayList<>();
        if (min != null) {
            bounds.add(">= " + Numbers.bound(min));
        }
        if (max != null) {
            bounds.add("<= " + Numbers.bound(max));
        }
        String description = text.get(
                "evaluation.chart.description",
                Numbers.format(value),
                low == null ? "" : " (" + interval(interval) + ")",
                String.join(", ", bounds));
        return new Graphic(Charts.interval(value, low, high, min, max, description), description);
    }

    private static String interval(Criteria.Interval interval) {
        if (interval == null) {
            return "";
        }
        return Numbers.bound(interval.level() * 100) + "% [" + Numbers.format(interval.low()) + ", "
                + Numbers.format(interval.high()) + "]";
    }

    private static String number(Double value) {
        return value == null ? "" : Numbers.format(value);
    }
}
