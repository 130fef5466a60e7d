package io.github.mlgate.report;

import io.github.mlgate.baseline.Comparisons;
import io.github.mlgate.data.resource.DataSummary;
import io.github.mlgate.deployment.DriftSummary;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.gate.Printable;
import io.github.mlgate.gate.Severity;
import java.util.List;

/**
 * {@code summary.md}: a short Markdown table of the run's gates and their findings, for people and for GitHub's job
 * summary. Written from the results the merged {@code report.json} holds, so it always agrees with it.
 */
final class MarkdownSummary {

    private MarkdownSummary() {}

    /**
     * The summary of a whole run.
     *
     * @param results every gate's result in the run, in the order of the report
     * @return the Markdown text
     */
    static String of(List<GateResult> results) {
        StringBuilder md = new StringBuilder();
        GateStatus overall =
                GateStatus.overall(results.stream().map(GateResult::status).toList());
        md.append("## mlgate: ").append(overall).append("\n\n");
        md.append("| Gate | Status | Errors | Warnings | Checked |\n");
        md.append("| --- | --- | ---: | ---: | --- |\n");
        for (GateResult result : results) {
            md.append("| ")
                    .append(cell(result.gate()))
                    .append(" | ")
                    .append(result.status())
                    .append(" | ")
                    .append(result.total(Severity.ERROR))
                    .append(" | ")
                    .append(result.total(Severity.WARNING))
                    .append(" | ")
                    .append(cell(
                            result.subject() != null
                                    ? result.subject()
                                    : result.skippedReason() == null ? "" : result.skippedReason()))
                    .append(" |\n");
        }
        for (GateResult result : results) {
            md.append('\n').append(gateSection(result, "###"));
        }
        return md.toString();
    }

    /**
     * The section of one gate: its verdict and a table of its findings.
     *
     * @param result the gate's result
     * @param heading the heading level, for example {@code ###}
     * @return the Markdown text
     */
    static String gateSection(GateResult result, String heading) {
        StringBuilder md = new StringBuilder();
        md.append(heading)
                .append(" mlgate:")
                .append(cell(result.gate()))
                .append(": ")
                .append(result.status())
                .append("\n\n");
        DataSummary data = result.section(DataSummary.KEY, DataSummary.class);
        if (data != null && !data.resources().isEmpty()) {
            md.append("| Resource | Rows | Errors | Rows with errors | Errors by code |\n");
            md.append("| --- | ---: | ---: | ---: | --- |\n");
            for (DataSummary.Resource resource : data.resources()) {
                DataSummary.ErrorCounts errors = resource.errors();
                StringBuilder codes = new StringBuilder();
                errors.byCode().forEach((code, count) -> codes.append(codes.length() > 0 ? ", " : "")
                        .append(code)
                        .append(' ')
                        .append(count));
                md.append("| ")
                        .append(cell(resource.name()))
                        .append(" | ")
                        .append(resource.rows())
                        .append(" | ")
                        .append(errors.total())
                        .append(" | ")
                        .append(errors.rowsWithErrors())
                        .append(" | ")
                        .append(cell(codes.toString()))
                        .append(" |\n");
            }
            md.append('\n');
        }
        Comparisons comparisons = result.section(Comparisons.KEY, Comparisons.class);
        if (comparisons != null && !comparisons.outcomes().isEmpty()) {
            md.append("| Baseline | Metric | Model | Baseline value | Delta | Relative | p-value | Verdict |\n");
            md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
            for (Comparisons.Outcome row : comparisons.outcomes()) {
                md.append("| ")
                        .append(cell(row.baseline()))
                        .append(" | ")
                        .append(cell(row.metric()))
                        .append(" | ")
                        .append(number(row.candidate(), false))
                        .append(" | ")
                        .append(number(row.baselineValue(), false))
                        .append(" | ")
                        .append(number(row.delta(), true))
                        .append(" | ")
                        .append(row.relativeDelta() == null ? "" : Numbers.percent(row.relativeDelta()))
                        .append(" | ")
                        .append(number(row.pValue(), false))
                        .append(" | ")
                        .append(row.status())
                        .append(" |\n");
            }
            md.append('\n');
        }
        DriftSummary drift = result.section(DriftSummary.KEY, DriftSummary.class);
        if (drift != null && !drift.fields().isEmpty()) {
            md.append("| Field | Type | Method | Value | Bound | ")
                    .append(cell(drift.reference()))
                    .append(" values | ")
                    .append(cell(drift.current()))
                    .append(" values | Verdict |\n");
            md.append("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |\n");
            for (DriftSummary.FieldDrift field : drift.fields()) {
                md.append("| ")
                        .append(cell(field.field()))
                        .append(" | ")
                        .append(field.type())
                        .append(" | ")
                        .append(field.method())
                        .append(" | ")
                        .append(Numbers.format(field.value()))
                        .append(" | ")
                        .append(Numbers.bound(field.threshold()))
                        .append(" | ")
                        .append(field.referenceValues())
                        .append(" | ")
                        .append(field.currentValues())
                        .append(" | ")
                        .append(field.drifted() ? "drifted" : "stable")
                        .append(" |\n");
            }
            md.append('\n');
        }
        List<Finding> findings = result.findings();
        if (findings.isEmpty()) {
            md.append(result.skippedReason() != null ? cell(result.skippedReason()) : "No findings.")
                    .append('\n');
            return md.toString();
        }
        md.append("| Severity | Code | Message | Location |\n");
        md.append("| --- | --- | --- | --- |\n");
        for (Finding finding : findings) {
            md.append("| ")
                    .append(finding.severity())
                    .append(" | ")
                    .append(cell(finding.code()))
                    .append(" | ")
                    .append(cell(finding.message()))
                    .append(" | ")
                    .append(cell(location(finding.location())))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String location(Location where) {
        if (where == null) {
            return "";
        }
        String location = where.file();
        if (where.line() != null) {
            location += ":" + where.line();
            if (where.column() != null) {
                location += ":" + where.column();
            }
        }
        return location;
    }

    private static String number(Double value, boolean signed) {
        if (value == null) {
            return "";
        }
        return signed ? Numbers.signed(value) : Numbers.format(value);
    }

    /**
     * Text safe inside a table cell: GitHub renders HTML and links in Markdown, so user text is escaped (brackets too,
     * so a value cannot become a link; backquotes, stars and underscores, so it cannot turn into code or emphasis),
     * line breaks become spaces and other control characters escapes.
     */
    static String cell(String text) {
        return Printable.text(text.replace("\\", "\\\\")
                .replace("`", "\\`")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("|", "\\|")
                .replace("[", "\\[")
                .replace("]", "\\]")
                .replaceAll("\\s*\\R\\s*", " "));
    }
}
