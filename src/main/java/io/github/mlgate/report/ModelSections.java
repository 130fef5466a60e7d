package io.github.mlgate.report;

import io.github.mlgate.baseline.BaselineGate;
import io.github.mlgate.baseline.Comparisons;
import io.github.mlgate.evaluation.Criteria;
import io.github.mlgate.evaluation.MeasuredMetrics;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.report.ReportPage.Graphic;
import io.github.mlgate.report.ReportPage.Section;
import io.github.mlgate.report.ReportPage.SectionBuilder;
import io.github.mlgate.report.ReportPage.TableBuilder;
import io.github.mlgate.report.ReportPage.Text;
import java.util.ArrayList;
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
        return section.table(table.build()).build();
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
        return section.table(table.build()).build();
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
