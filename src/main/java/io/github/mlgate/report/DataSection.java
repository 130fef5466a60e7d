package io.github.mlgate.report;

import io.github.mlgate.data.DataGate;
import io.github.mlgate.data.resource.DataSummary;
import io.github.mlgate.data.resource.SplitSummary;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.gate.Severity;
import io.github.mlgate.report.ReportPage.Graphic;
import io.github.mlgate.report.ReportPage.Section;
import io.github.mlgate.report.ReportPage.SectionBuilder;
import io.github.mlgate.report.ReportPage.TableBuilder;
import java.util.ArrayList;
import java.util.List;

/** The data stage: resources and their errors, splits, and a profile of every field with a small histogram. */
final class DataSection {

    /** How many error examples the section lists. */
    static final int EXAMPLES = 20;

    private final ReportText text;

    DataSection(ReportText text) {
        this.text = text;
    }

    Section build(GateResult result) {
        SectionBuilder section = new SectionBuilder(text.get("data.title"), DataGate.NAME);
        if (LifecycleReport.notRun(text, section, result)) {
            return section.build();
        }
        DataSummary summary = result.section(DataSummary.KEY, DataSummary.class);
        if (summary == null) {
            section.text(text.get("data.none"));
            return section.build();
        }
        TableBuilder table = new TableBuilder(
                text.get("data.resource"),
                text.get("data.files"),
                text.get("data.rows"),
                text.get("data.errors"),
                text.get("data.rowsWithErrors"));
        TableBuilder byCode =
                new TableBuilder(text.get("data.resource"), text.get("data.code"), text.get("data.count"));
        TableBuilder byField = new TableBuilder(
                text.get("data.resource"), text.get("data.code"), text.get("data.field"), text.get("data.count"));
        for (DataSummary.Resource resource : summary.resources()) {
            String name = resource.name();
            DataSummary.ErrorCounts errors = resource.errors();
            table.row(
                    name,
                    String.join(", ", resource.files())
                            + (resource.engine() == null ? "" : " (" + resource.engine() + ")"),
                    String.valueOf(resource.rows()),
                    String.valueOf(errors.total()),
                    String.valueOf(errors.rowsWithErrors()));
            errors.byCode().forEach((code, count) -> byCode.row(name, code, String.valueOf(count)));
            errors.byField()
                    .forEach((code, counts) ->
                            counts.forEach((field, count) -> byField.row(name, code, field, String.valueOf(count))));
        }
        section.table(table.build());

        SectionBuilder errors = new SectionBuilder(text.get("data.errors.title"), "data-errors");
        TableBuilder examples =
                new TableBuilder(text.get("data.code"), text.get("findings.message"), text.get("findings.where"));
        int shown = 0;
        for (Finding finding : result.findings()) {
            if (finding.severity() != Severity.INFO && shown < EXAMPLES) {
                shown++;
                examples.row(
                        finding.code(),
                        finding.message(),
                        finding.location() == null ? "" : finding.location().toString());
            }
        }
        if (shown == 0) {
            errors.text(text.get("data.errors.none"));
        }
        errors.table(byCode.build()).table(byField.build()).table(examples.build());
        section.subsection(errors.build());

        SplitSummary splits = result.section(SplitSummary.KEY, SplitSummary.class);
        if (splits != null) {
            section.subsection(splits(splits));
        }
        for (DataSummary.Resource resource : summary.resources()) {
            if (resource.profile() != null) {
                section.subsection(profile(resource.name(), resource.profile()));
            }
        }
        return section.build();
    }

    private Section splits(SplitSummary splits) {
        SectionBuilder section = new SectionBuilder(text.get("data.splits.title"), "data-splits");
        TableBuilder roles = new TableBuilder(
                text.get("data.splits.role"),
                text.get("data.resource"),
                text.get("data.rows"),
                text.get("data.splits.share"),
                text.get("data.splits.asked"));
        for (SplitSummary.Role role : splits.roles()) {
            String asked = "";
            if (role.min() != null || role.max() != null) {
                asked = "[" + bound(role.min()) + ", " + bound(role.max()) + "]";
            }
            roles.row(
                    role.role(),
                    role.resource(),
                    String.valueOf(role.rows()),
                    Numbers.percent(role.share()).replace("+", ""),
                    asked);
        }
        section.table(roles.build());
        String key = splits.key() != null ? splits.key() : text.get("data.splits.wholeRows");
        TableBuilder leakage = new TableBuilder(text.get("data.splits.pair"), text.get("data.splits.shared", key));
        for (SplitSummary.Leakage pair : splits.leakage()) {
            leakage.row(pair.first() + " / " + pair.second(), String.valueOf(pair.shared()));
        }
        section.table(leakage.build());
        TableBuilder drift = new TableBuilder(
                text.get("data.splits.role"), text.get("data.splits.drift"), text.get("data.splits.maxDrift"));
        for (SplitSummary.LabelDrift role : splits.labelDrift()) {
            drift.row(role.role(), Numbers.format(role.distance()), bound(role.max()));
        }
        section.table(drift.build());
        return section.build();
    }

    private Section profile(String resource, DataSummary.Profile profile) {
        SectionBuilder section = new SectionBuilder(
                text.get("data.profile.title", resource), "profile-" + resource.replaceAll("[^A-Za-z0-9_-]", "_"));
        TableBuilder fields = new TableBuilder(
                text.get("data.field"),
                text.get("data.profile.type"),
                text.get("data.profile.count"),
                text.get("data.profile.missing"),
                text.get("data.profile.distinct"),
                text.get("data.profile.min"),
                text.get("data.profile.max"),
                text.get("data.profile.mean"),
                text.get("data.profile.std"),
                text.get("data.profile.distribution"));
        for (DataSummary.Field field : profile.fields()) {
            fields.row(
                    field.name(),
                    field.type(),
                    String.valueOf(field.count()),
                    String.valueOf(field.missing()),
                    field.distinct() + (field.distinctExact() ? "" : " ~"),
                    scalar(field.min()),
                    scalar(field.max()),
                    scalar(field.mean()),
                    scalar(field.std()),
                    distribution(field));
        }
        section.table(fields.build());
        return section.build();
    }

    private Object distribution(DataSummary.Field field) {
        DataSummary.Histogram histogram = field.histogram();
        if (histogram != null && !histogram.counts().isEmpty()) {
            long[] values =
                    histogram.counts().stream().mapToLong(Long::longValue).toArray();
            String description =
                    text.get("data.profile.histogram", field.name(), scalar(field.min()), scalar(field.max()));
            return new Graphic(Charts.histogram(values, description), description);
        }
        List<String> top = new ArrayList<>();
        if (field.top() != null) {
            for (DataSummary.TopValue item : field.top()) {
                if (top.size() == 5) {
                    break;
                }
                top.add(item.value() + " (" + item.count() + ")");
            }
        }
        return String.join(", ", top);
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Number number ? Numbers.format(number.doubleValue()) : value.toString();
    }

    private static String bound(Double value) {
        return value == null ? "" : Numbers.bound(value);
    }
}
