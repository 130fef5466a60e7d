package io.github.mlgate.report;

import com.fasterxml.jackson.databind.JsonNode;
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
        SectionBuilder section = new SectionBuilder(text.get("data.title"), "data");
        if (LifecycleReport.notRun(text, section, result)) {
            return section.build();
        }
        JsonNode resources = result.sections().get("data");
        if (resources == null) {
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
        for (JsonNode resource : resources) {
            String name = resource.path("name").asText();
            List<String> files = new ArrayList<>();
            resource.path("files").forEach(file -> files.add(file.asText()));
            JsonNode errors = resource.path("errors");
            table.row(
                    name,
                    String.join(", ", files),
                    resource.path("rows").asText(),
                    errors.path("total").asText("0"),
                    errors.path("rowsWithErrors").asText("0"));
            errors.path("byCode")
                    .fields()
                    .forEachRemaining(code ->
                            byCode.row(name, code.getKey(), code.getValue().asText()));
            errors.path("byField").fields().forEachRemaining(code -> code.getValue()
                    .fields()
                    .forEachRemaining(field -> byField.row(
                            name,
                            code.getKey(),
                            field.getKey(),
                            field.getValue().asText())));
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

        JsonNode splits = result.sections().get("splits");
        if (splits != null) {
            section.subsection(splits(splits));
        }
        for (JsonNode resource : resources) {
            if (resource.has("profile")) {
                section.subsection(profile(resource.path("name").asText(), resource.get("profile")));
            }
        }
        return section.build();
    }

    private Section splits(JsonNode splits) {
        SectionBuilder section = new SectionBuilder(text.get("data.splits.title"), "data-splits");
        TableBuilder roles = new TableBuilder(
                text.get("data.splits.role"),
                text.get("data.resource"),
                text.get("data.rows"),
                text.get("data.splits.share"),
                text.get("data.splits.asked"));
        for (JsonNode role : splits.path("roles")) {
            String asked = "";
            if (role.has("min") || role.has("max")) {
                asked = "[" + bound(role.path("min")) + ", " + bound(role.path("max")) + "]";
            }
            roles.row(
                    role.path("role").asText(),
                    role.path("resource").asText(),
                    role.path("rows").asText(),
                    Numbers.percent(role.path("share").asDouble()).replace("+", ""),
                    asked);
        }
        section.table(roles.build());
        String key = splits.path("key").isTextual() ? splits.get("key").asText() : text.get("data.splits.wholeRows");
        TableBuilder leakage = new TableBuilder(text.get("data.splits.pair"), text.get("data.splits.shared", key));
        for (JsonNode pair : splits.path("leakage")) {
            leakage.row(
                    pair.path("first").asText() + " / " + pair.path("second").asText(),
                    pair.path("shared").asText());
        }
        section.table(leakage.build());
        TableBuilder drift = new TableBuilder(
                text.get("data.splits.role"), text.get("data.splits.drift"), text.get("data.splits.maxDrift"));
        for (JsonNode role : splits.path("labelDrift")) {
            drift.row(
                    role.path("role").asText(),
                    Numbers.format(role.path("distance").asDouble()),
                    Numbers.bound(role.path("max").asDouble()));
        }
        section.table(drift.build());
        return section.build();
    }

    private Section profile(String resource, JsonNode profile) {
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
        for (JsonNode field : profile.path("fields")) {
            String name = field.path("name").asText();
            fields.row(
                    name,
                    field.path("type").asText(),
                    field.path("count").asText(),
                    field.path("missing").asText(),
                    field.path("distinct").asText()
                            + (field.path("distinctExact").asBoolean(true) ? "" : " ~"),
                    scalar(field.path("min")),
                    scalar(field.path("max")),
                    scalar(field.path("mean")),
                    scalar(field.path("std")),
                    distribution(name, field));
        }
        section.table(fields.build());
        return section.build();
    }

    private Object distribution(String name, JsonNode field) {
        JsonNode counts = field.path("histogram").path("counts");
        if (counts.isArray() && counts.size() > 0) {
            long[] values = new long[counts.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = counts.get(i).asLong();
            }
            String description =
                    text.get("data.profile.histogram", name, scalar(field.path("min")), scalar(field.path("max")));
            return new Graphic(Charts.histogram(values, description), description);
        }
        List<String> top = new ArrayList<>();
        for (JsonNode item : field.path("top")) {
            if (top.size() == 5) {
                break;
            }
            top.add(item.path("value").asText() + " (" + item.path("count").asText() + ")");
        }
        return String.join(", ", top);
    }

    private static String scalar(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        return value.isNumber() ? Numbers.format(value.asDouble()) : value.asText();
    }

    private static String bound(JsonNode value) {
        return value.isNumber() ? Numbers.bound(value.asDouble()) : "";
    }
}
