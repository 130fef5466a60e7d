package io.github.mlgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.report.ReportPage.Graphic;
import io.github.mlgate.report.ReportPage.Section;
import io.github.mlgate.report.ReportPage.SectionBuilder;
import io.github.mlgate.report.ReportPage.TableBuilder;
import io.github.mlgate.report.ReportPage.Text;
import java.util.ArrayList;
import java.util.Iterator;
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
        JsonNode criteria = result.sections().get("criteria");
        TableBuilder table = new TableBuilder(
                text.get("evaluation.criterion"),
                text.get("evaluation.slice"),
                text.get("evaluation.value"),
                text.get("evaluation.interval"),
                text.get("evaluation.chart"),
                text.get("evaluation.verdict"));
        Set<String> judgedMetrics = new LinkedHashSet<>();
        if (criteria != null) {
            for (JsonNode entry : criteria) {
                judgedMetrics.add(entry.path("metric").asText());
                table.row(
                        entry.path("criterion").asText(),
                        entry.path("slice").isTextual() ? entry.get("slice").asText() : "",
                        number(entry.path("value")),
                        interval(entry.path("interval")),
                        chart(entry),
                        new Text(text.get("verdict." + entry.path("verdict").asText()), true));
            }
        }
        section.table(table.build());
        JsonNode metrics = result.sections().get("metrics");
        if (metrics != null) {
            section.subsection(metrics(metrics));
            if (metrics.path("slices").size() > 0) {
                section.subsection(slices(metrics, judgedMetrics));
            }
        }
        return section.build();
    }

    private Section metrics(JsonNode metrics) {
        SectionBuilder section = new SectionBuilder(text.get("evaluation.metrics.title"), "evaluation-metrics");
        TableBuilder table = new TableBuilder(text.get("evaluation.metric"), text.get("evaluation.value"));
        metrics.path("metrics")
                .fields()
                .forEachRemaining(metric -> table.row(metric.getKey(), number(metric.getValue())));
        return section.table(table.build()).build();
    }

    private Section slices(JsonNode metrics, Set<String> judged) {
        SectionBuilder section = new SectionBuilder(text.get("evaluation.slices.title"), "evaluation-slices");
        List<String> columns = new ArrayList<>();
        JsonNode slices = metrics.path("slices");
        Iterator<Map.Entry<String, JsonNode>> first = slices.fields();
        JsonNode sample = first.hasNext() ? first.next().getValue() : null;
        for (String metric : judged) {
            if (sample != null && sample.has(metric)) {
                columns.add(metric);
            }
        }
        if (columns.isEmpty() && sample != null) {
            sample.fieldNames().forEachRemaining(name -> {
                if (columns.size() < 4) {
                    columns.add(name);
                }
            });
        }
        List<String> headers = new ArrayList<>(List.of(text.get("evaluation.slice"), text.get("data.rows")));
        headers.addAll(columns);
        TableBuilder table = new TableBuilder(headers.toArray(String[]::new));
        // Per column of slices (plan=basic, plan=plus, ...), the gap between the best and the worst slice.
        // By slice column, then metric: the lowest and highest value over the column's slices.
        Map<String, Map<String, double[]>> range = new java.util.LinkedHashMap<>();
        slices.fields().forEachRemaining(slice -> {
            List<Object> row = new ArrayList<>();
            row.add(slice.getKey());
            row.add(metrics.path("sliceSizes").path(slice.getKey()).asText(""));
            String column = slice.getKey().contains("=")
                    ? slice.getKey().substring(0, slice.getKey().indexOf('='))
                    : "";
            for (String metric : columns) {
                JsonNode value = slice.getValue().path(metric);
                row.add(number(value));
                if (value.isNumber() && Double.isFinite(value.asDouble())) {
                    double[] lowHigh = range.computeIfAbsent(column, k -> new java.util.LinkedHashMap<>())
                            .computeIfAbsent(
                                    metric, k -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
                    lowHigh[0] = Math.min(lowHigh[0], value.asDouble());
                    lowHigh[1] = Math.max(lowHigh[1], value.asDouble());
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
        SectionBuilder section = new SectionBuilder(text.get("baseline.title"), "baseline");
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
        JsonNode comparisons = result.sections().get("comparisons");
        if (comparisons != null) {
            for (JsonNode comparison : comparisons) {
                table.row(
                        comparison.path("baseline").asText(),
                        comparison.path("metric").asText(),
                        number(comparison.path("candidate")),
                        number(comparison.path("baselineValue")),
                        comparison.path("delta").isNumber()
                                ? Numbers.signed(comparison.get("delta").asDouble())
                                : "",
                        comparison.path("relativeDelta").isNumber()
                                ? Numbers.percent(
                                        comparison.get("relativeDelta").asDouble())
                                : "",
                        number(comparison.path("pValue")),
                        comparison.path("test").asText(""),
                        new Text(comparison.path("status").asText(), true));
            }
        }
        if (comparisons == null || comparisons.isEmpty()) {
            section.text(text.get("baseline.none"));
        }
        return section.table(table.build()).build();
    }

    private Object chart(JsonNode entry) {
        JsonNode value = entry.path("value");
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            return "";
        }
        Double min = optional(entry, "min");
        Double max = entry.has("max") ? optional(entry, "max") : optional(entry, "maxGap");
        JsonNode interval = entry.path("interval");
        Double low = optional(interval, "low");
        Double high = optional(interval, "high");
        List<String> bounds = new ArrayList<>();
        if (min != null) {
            bounds.add(">= " + Numbers.bound(min));
        }
        if (max != null) {
            bounds.add("<= " + Numbers.bound(max));
        }
        String description = text.get(
                "evaluation.chart.description",
                Numbers.format(value.asDouble()),
                low == null ? "" : " (" + interval(interval) + ")",
                String.join(", ", bounds));
        return new Graphic(Charts.interval(value.asDouble(), low, high, min, max, description), description);
    }

    private static Double optional(JsonNode node, String key) {
        return node.path(key).isNumber() ? Double.valueOf(node.get(key).asDouble()) : null;
    }

    private static String interval(JsonNode interval) {
        if (!interval.has("low")) {
            return "";
        }
        return Numbers.bound(interval.path("level").asDouble() * 100) + "% ["
                + Numbers.format(interval.get("low").asDouble()) + ", "
                + Numbers.format(interval.get("high").asDouble()) + "]";
    }

    private static String number(JsonNode value) {
        if (value.isNumber()) {
            return Numbers.format(value.asDouble());
        }
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
