package io.github.mlgate.report;

import io.github.mlgate.deployment.DriftSummary;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.report.ReportPage.Graphic;
import io.github.mlgate.report.ReportPage.Section;
import io.github.mlgate.report.ReportPage.SectionBuilder;
import io.github.mlgate.report.ReportPage.TableBuilder;
import io.github.mlgate.report.ReportPage.Text;

/**
 * Monitoring, when {@code mlgate:monitor} ran in the same build as the page: per watched field, the reference and
 * current distributions drawn over each other and the drift against its bound.
 */
final class MonitoringSection {

    private final ReportText text;

    MonitoringSection(ReportText text) {
        this.text = text;
    }

    Section build(GateResult result) {
        SectionBuilder section = new SectionBuilder(text.get("monitoring.title"), "monitor");
        if (LifecycleReport.notRun(text, section, result)) {
            return section.build();
        }
        DriftSummary drift = result.section(DriftSummary.KEY, DriftSummary.class);
        if (drift == null) {
            return section.build();
        }
        section.text(text.get("monitoring.intro", drift.current(), drift.reference()));
        TableBuilder table = new TableBuilder(
                text.get("monitoring.field"),
                text.get("monitoring.method"),
                text.get("monitoring.value"),
                text.get("monitoring.bound"),
                text.get("monitoring.distributions"),
                text.get("monitoring.verdict"));
        for (DriftSummary.FieldDrift field : drift.fields()) {
            double[] reference = field.bins().stream()
                    .mapToDouble(DriftSummary.Bin::reference)
                    .toArray();
            double[] current =
                    field.bins().stream().mapToDouble(DriftSummary.Bin::current).toArray();
            String description = text.get(
                            "monitoring.chart", field.field(), field.bins().size(), drift.reference(), drift.current())
                    + ": "
                    + field.bins().stream()
                            .map(bin -> bin.label() + " " + percent(bin.reference()) + " / " + percent(bin.current()))
                            .collect(java.util.stream.Collectors.joining(", "));
            Charts.Axis axis = field.bins().isEmpty() || field.bins().get(0).low() == null
                    ? Charts.Axis.values(
                            field.bins().stream().map(DriftSummary.Bin::label).toList())
                    : Charts.Axis.range(
                            Numbers.format(field.bins().get(0).low()),
                            Numbers.format(
                                    field.bins().get(field.bins().size() - 1).high()));
            table.row(
                    field.field(),
                    field.method(),
                    field.method().equals("ks") || field.method().equals("chisquare")
                            ? Numbers.probability(field.value())
                            : Numbers.format(field.value()),
                    (field.method().equals("ks") || field.method().equals("chisquare") ? "p >= " : "<= ")
                            + Numbers.bound(field.threshold()),
                    new Graphic(
                            Charts.overlaid(
                                    reference,
                                    current,
                                    axis,
                                    text.get("monitoring.reference"),
                                    text.get("monitoring.current"),
                                    description,
                                    description),
                            description),
                    new Text(text.get(field.drifted() ? "monitoring.drifted" : "monitoring.stable"), true));
        }
        return section.table(table.build()).build();
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}
