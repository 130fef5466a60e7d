package io.github.mlgate.report;

import io.github.mlgate.baseline.BaselineGate;
import io.github.mlgate.data.DataGate;
import io.github.mlgate.deployment.DeployGate;
import io.github.mlgate.deployment.MonitorGate;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Severity;
import io.github.mlgate.report.ReportPage.Inline;
import io.github.mlgate.report.ReportPage.Link;
import io.github.mlgate.report.ReportPage.Section;
import io.github.mlgate.report.ReportPage.SectionBuilder;
import io.github.mlgate.report.ReportPage.TableBuilder;
import io.github.mlgate.report.ReportPage.Text;
import io.github.mlgate.scope.ScopeGate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site report's page: where the project stands in each lifecycle stage, and why. Built from the gates' results
 * and the scope document; every value from user files stays plain text in the page.
 */
public final class LifecycleReport {

    /** How many errors and warnings the findings section lists. */
    static final int LISTED_FINDINGS = 50;

    private final ReportText text;

    /**
     * Creates the builder.
     *
     * @param text the words, in the reader's language
     */
    public LifecycleReport(ReportText text) {
        this.text = text;
    }

    /**
     * What the page is built from.
     *
     * @param gates every gate, in lifecycle order, whose stage the overview names
     * @param project the project's name
     * @param toolVersion mlgate's version
     * @param results each gate's result, in lifecycle order
     * @param source how the results were obtained, as a sentence
     * @param scope the scope document, or null when it could not be read
     * @param links the files the page links to, by label, relative to the page
     */
    public record Input(
            List<Gate<?>> gates,
            String project,
            String toolVersion,
            List<GateResult> results,
            String source,
            LocatedDocument scope,
            Map<String, String> links) {}

    /**
     * Builds the page.
     *
     * @param input the results and the scope document
     * @return the page
     */
    public ReportPage build(Input input) {
        Map<String, GateResult> byGate = new LinkedHashMap<>();
        input.results().forEach(result -> byGate.put(result.gate(), result));
        List<Section> sections = new ArrayList<>();
        sections.add(overview(input, byGate));
        sections.add(new ScopeSection(text).build(input.scope(), byGate.get(ScopeGate.NAME)));
        sections.add(new DataSection(text).build(byGate.get(DataGate.NAME)));
        sections.add(new ModelSections(text).evaluation(byGate.get(EvaluationGate.NAME)));
        sections.add(new ModelSections(text).baseline(byGate.get(BaselineGate.NAME)));
        sections.add(new DeploymentSection(text).build(byGate.get(DeployGate.NAME)));
        if (byGate.containsKey(MonitorGate.NAME)) {
            // Only when mlgate:monitor ran in this build: check never runs it.
            sections.add(new MonitoringSection(text).build(byGate.get(MonitorGate.NAME)));
        }
        sections.add(findings(input.results()));
        return new ReportPage(text.get("report.title"), sections);
    }

    private Section overview(Input input, Map<String, GateResult> byGate) {
        SectionBuilder section = new SectionBuilder(text.get("overview.title"), "overview");
        GateStatus overall = overall(input.results());
        section.paragraph(
                new Text(text.get("overview.intro", input.project(), input.toolVersion()) + " ", false),
                new Text(text.get("overview.overall") + " ", false),
                status(overall));
        section.text(input.source());
        TableBuilder table = new TableBuilder(
                text.get("overview.stage"),
                text.get("overview.gate"),
                text.get("overview.status"),
                text.get("overview.errors"),
                text.get("overview.warnings"),
                text.get("overview.detail"));
        for (Gate<?> gate : input.gates()) {
            GateResult result = byGate.get(gate.name());
            if (result == null) {
                continue;
            }
            table.row(
                    text.get(gate.stage().textKey()),
                    new Link("#" + anchorOf(gate.name()), "mlgate:" + gate.name()),
                    status(result.status()),
                    result.status() == GateStatus.SKIPPED ? "" : String.valueOf(result.total(Severity.ERROR)),
                    result.status() == GateStatus.SKIPPED ? "" : String.valueOf(result.total(Severity.WARNING)),
                    detail(result));
        }
        table.row(
                text.get("overview.readiness"),
                "",
                status(readiness(input.results())),
                "",
                "",
                readinessText(input.results()));
        section.table(table.build());
        if (!input.links().isEmpty()) {
            List<Inline> parts = new ArrayList<>();
            parts.add(new Text(text.get("overview.files") + " ", false));
            int i = 0;
            for (Map.Entry<String, String> link : input.links().entrySet()) {
                if (i++ > 0) {
                    parts.add(new Text(", ", false));
                }
                parts.add(new Link(link.getValue(), link.getKey()));
            }
            section.paragraph(parts.toArray(Inline[]::new));
        }
        return section.build();
    }

    private String detail(GateResult result) {
        if (result.status() == GateStatus.SKIPPED) {
            return result.skippedReason();
        }
        return text.get(
                "overview.checks",
                result.subject() == null ? "" : result.subject(),
                result.checks().size());
    }

    /** Deployment readiness so far: every gate ran and passed; any failure blocks it; skipped gates leave it open. */
    private static GateStatus readiness(List<GateResult> results) {
        GateStatus overall = overall(results);
        if (overall == GateStatus.FAILED) {
            return GateStatus.FAILED;
        }
        return results.stream().allMatch(r -> r.status() == GateStatus.PASSED) ? GateStatus.PASSED : GateStatus.SKIPPED;
    }

    private String readinessText(List<GateResult> results) {
        GateStatus readiness = readiness(results);
        if (readiness == GateStatus.PASSED) {
            return text.get("deployment.ready");
        }
        if (readiness == GateStatus.FAILED) {
            return text.get(
                    "deployment.blocked",
                    String.join(
                            ", ",
                            results.stream()
                                    .filter(r -> r.status() == GateStatus.FAILED)
                                    .map(GateResult::gate)
                                    .toList()));
        }
        return text.get(
                "deployment.incomplete",
                String.join(
                        ", ",
                        results.stream()
                                .filter(r -> r.status() == GateStatus.SKIPPED)
                                .map(GateResult::gate)
                                .toList()));
    }

    private Section findings(List<GateResult> results) {
        SectionBuilder section = new SectionBuilder(text.get("findings.title"), "findings");
        TableBuilder table = new TableBuilder(
                text.get("findings.gate"),
                text.get("findings.severity"),
                text.get("findings.code"),
                text.get("findings.message"),
                text.get("findings.where"));
        int listed = 0;
        int total = 0;
        for (GateResult result : results) {
            for (Finding finding : result.findings()) {
                if (finding.severity() == Severity.INFO) {
                    continue;
                }
                total++;
                if (listed < LISTED_FINDINGS) {
                    listed++;
                    table.row(
                            result.gate(),
                            new Text(finding.severity().name(), true),
                            finding.code(),
                            finding.message(),
                            finding.location() == null ? "" : finding.location().toString());
                }
            }
        }
        if (total == 0) {
            section.text(text.get("findings.none"));
        } else {
            section.text(text.get("findings.count", total, listed));
            section.table(table.build());
        }
        return section.build();
    }

    /**
     * The overall status: FAILED when any gate failed, PASSED when any passed, else SKIPPED.
     *
     * @param results the gates' results
     * @return the status
     */
    static GateStatus overall(List<GateResult> results) {
        return GateStatus.overall(results.stream().map(GateResult::status).toList());
    }

    /**
     * A status as the page shows it.
     *
     * @param status the status
     * @return emphasised text
     */
    static Text status(GateStatus status) {
        return new Text(status.name(), true);
    }

    /**
     * The anchor of a gate's section.
     *
     * @param gate the gate
     * @return the anchor
     */
    static String anchorOf(String gate) {
        return gate.equals(EvaluationGate.NAME) ? "evaluation" : gate;
    }

    /**
     * The section a gate that did not run shows instead of its content.
     *
     * @param text the words
     * @param section the section
     * @param result the gate's result, or null when it is not known
     * @return true when the gate did not run and the section says so
     */
    static boolean notRun(ReportText text, SectionBuilder section, GateResult result) {
        if (result == null) {
            section.text(text.get("gate.unknown"));
            return true;
        }
        if (result.status() == GateStatus.SKIPPED) {
            section.paragraph(
                    new Text(text.get("gate.skipped") + " ", false),
                    status(GateStatus.SKIPPED),
                    new Text(" (" + result.skippedReason() + ")", false));
            return true;
        }
        section.paragraph(new Text(text.get("gate.status") + " ", false), status(result.status()));
        return false;
    }
}
