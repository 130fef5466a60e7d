package io.github.mlgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.report.ReportPage.Section;
import io.github.mlgate.report.ReportPage.SectionBuilder;
import io.github.mlgate.report.ReportPage.TableBuilder;
import io.github.mlgate.report.ReportPage.Text;
import io.github.mlgate.scope.ScopeGate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scope at a glance: the problem, why ML, objectives, success criteria, a risk matrix, costs and baselines. */
final class ScopeSection {

    private static final List<String> LEVELS = List.of("low", "medium", "high");

    private final ReportText text;

    ScopeSection(ReportText text) {
        this.text = text;
    }

    Section build(LocatedDocument scope, GateResult result) {
        SectionBuilder section = new SectionBuilder(text.get("scope.title"), ScopeGate.NAME);
        LifecycleReport.notRun(text, section, result);
        if (scope == null) {
            section.text(text.get("scope.unreadable"));
            return section.build();
        }
        JsonNode root = scope.root();
        TableBuilder facts = new TableBuilder(text.get("scope.aspect"), text.get("scope.statement"));
        facts.row(text.get("scope.name"), value(root, "name"));
        facts.row(text.get("scope.owner"), value(root, "owner"));
        facts.row(text.get("scope.problem"), value(root, "problem"));
        facts.row(text.get("scope.whyMachineLearning"), value(root, "whyMachineLearning"));
        facts.row(text.get("scope.objectives.model"), value(root.path("objectives"), "model"));
        facts.row(text.get("scope.objectives.business"), value(root.path("objectives"), "business"));
        section.table(facts.build());

        TableBuilder io = new TableBuilder(
                text.get("scope.io.kind"), text.get("scope.io.name"), text.get("scope.io.description"));
        for (String kind : List.of("inputs", "outputs")) {
            for (JsonNode entry : root.path(kind)) {
                io.row(text.get("scope.io." + kind), value(entry, "name"), value(entry, "description"));
            }
        }
        section.subsection(new SectionBuilder(text.get("scope.io.title"), "scope-io")
                .table(io.build())
                .build());
        section.subsection(criteria(root.path("successCriteria")));
        section.subsection(risks(root.path("risks")));

        TableBuilder costs = new TableBuilder(text.get("scope.aspect"), text.get("scope.statement"));
        for (String cost : List.of("problemDifficulty", "dataAcquisition", "accuracyRequirement")) {
            costs.row(text.get("scope.costs." + cost), value(root.path("costs"), cost));
        }
        section.subsection(new SectionBuilder(text.get("scope.costs.title"), "scope-costs")
                .table(costs.build())
                .build());

        TableBuilder baselines = new TableBuilder(
                text.get("scope.baselines.name"),
                text.get("scope.baselines.kind"),
                text.get("scope.baselines.description"),
                text.get("scope.baselines.evidence"));
        for (JsonNode baseline : root.path("baselines")) {
            String evidence = first(baseline, "metrics", "predictions", "artifact");
            baselines.row(value(baseline, "name"), value(baseline, "kind"), value(baseline, "description"), evidence);
        }
        section.subsection(new SectionBuilder(text.get("scope.baselines.title"), "scope-baselines")
                .table(baselines.build())
                .build());
        return section.build();
    }

    private Section criteria(JsonNode criteria) {
        SectionBuilder section = new SectionBuilder(text.get("scope.criteria.title"), "scope-criteria");
        TableBuilder model = new TableBuilder(
                text.get("scope.criteria.metric"),
                text.get("scope.criteria.bound"),
                text.get("scope.criteria.where"),
                text.get("scope.criteria.confidence"));
        for (JsonNode criterion : criteria.path("model")) {
            List<String> bounds = new ArrayList<>();
            if (criterion.has("min")) {
                bounds.add(">= " + criterion.get("min").asText());
            }
            if (criterion.has("max")) {
                bounds.add("<= " + criterion.get("max").asText());
            }
            if (criterion.has("maxGap")) {
                bounds.add(
                        text.get("scope.criteria.gap", criterion.get("maxGap").asText()));
            }
            String where = criterion.has("slices")
                    ? text.get("scope.criteria.acrossSlices", value(criterion, "slices"))
                    : criterion.has("slice") ? value(criterion, "slice") : text.get("scope.criteria.allRows");
            model.row(value(criterion, "metric"), String.join(", ", bounds), where, value(criterion, "confidence"));
        }
        section.table(model.build());
        TableBuilder project = new TableBuilder(
                text.get("scope.criteria.businessMetric"), text.get("scope.criteria.target"), text.get("scope.owner"));
        for (JsonNode criterion : criteria.path("project")) {
            project.row(value(criterion, "metric"), value(criterion, "target"), value(criterion, "owner"));
        }
        section.table(project.build());
        return section.build();
    }

    private Section risks(JsonNode risks) {
        SectionBuilder section = new SectionBuilder(text.get("scope.risks.title"), "scope-risks");
        // The matrix: likelihood down (high first), impact across; each cell lists the risks by number.
        List<String> headers = new ArrayList<>();
        headers.add(text.get("scope.risks.likelihoodImpact"));
        LEVELS.forEach(level -> headers.add(text.get("level." + level)));
        TableBuilder matrix = new TableBuilder(headers.toArray(String[]::new));
        for (String likelihood : List.of("high", "medium", "low")) {
            Object[] row = new Object[4];
            row[0] = new Text(text.get("level." + likelihood), true);
            for (int i = 0; i < LEVELS.size(); i++) {
                List<String> numbers = new ArrayList<>();
                for (int r = 0; r < risks.size(); r++) {
                    JsonNode risk = risks.get(r);
                    if (likelihood.equals(level(risk, "likelihood"))
                            && LEVELS.get(i).equals(level(risk, "impact"))) {
                        numbers.add("R" + (r + 1));
                    }
                }
                row[i + 1] = String.join(" ", numbers);
            }
            matrix.row(row);
        }
        section.table(matrix.build());
        TableBuilder list = new TableBuilder(
                "#",
                text.get("scope.risks.description"),
                text.get("scope.risks.likelihood"),
                text.get("scope.risks.impact"),
                text.get("scope.risks.mitigation"));
        for (int r = 0; r < risks.size(); r++) {
            JsonNode risk = risks.get(r);
            list.row(
                    "R" + (r + 1),
                    value(risk, "description"),
                    value(risk, "likelihood"),
                    value(risk, "impact"),
                    value(risk, "mitigation"));
        }
        section.table(list.build());
        return section.build();
    }

    private static String level(JsonNode risk, String key) {
        return risk.path(key).asText("").strip().toLowerCase(Locale.ROOT);
    }

    private static String first(JsonNode node, String... keys) {
        for (String key : keys) {
            if (node.hasNonNull(key)) {
                return key + ": " + value(node, key);
            }
        }
        return "";
    }

    /** A scalar as text, a list as its items joined; absent as empty. */
    static String value(JsonNode node, String key) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(", ", items);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
