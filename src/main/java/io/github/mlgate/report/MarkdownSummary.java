package io.github.mlgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.gate.Numbers;

/**
 * {@code summary.md}: a short Markdown table of the run's gates and their findings, for people and for GitHub's job
 * summary. Written from the merged {@code report.json}, so it always agrees with it.
 */
final class MarkdownSummary {

    private MarkdownSummary() {}

    /**
     * The summary of a whole run.
     *
     * @param report the merged report
     * @return the Markdown text
     */
    static String of(JsonNode report) {
        StringBuilder md = new StringBuilder();
        md.append("## mlgate: ").append(report.path("status").asText()).append("\n\n");
        md.append("| Gate | Status | Errors | Warnings | Checked |\n");
        md.append("| --- | --- | ---: | ---: | --- |\n");
        for (JsonNode gate : report.path("gates")) {
            md.append("| ")
                    .append(cell(gate.path("name").asText()))
                    .append(" | ")
                    .append(gate.path("status").asText())
                    .append(" | ")
                    .append(gate.path("counts").path("errors").asLong())
                    .append(" | ")
                    .append(gate.path("counts").path("warnings").asLong())
                    .append(" | ")
                    .append(cell(
                            gate.has("subject")
                                    ? gate.get("subject").asText()
                                    : gate.path("skippedReason").asText()))
                    .append(" |\n");
        }
        for (JsonNode gate : report.path("gates")) {
            md.append('\n').append(gateSection(gate, "###"));
        }
        return md.toString();
    }

    /**
     * The section of one gate: its verdict and a table of its findings.
     *
     * @param gate one entry of the report's {@code gates}
     * @param heading the heading level, for example {@code ###}
     * @return the Markdown text
     */
    static String gateSection(JsonNode gate, String heading) {
        StringBuilder md = new StringBuilder();
        md.append(heading)
                .append(" mlgate:")
                .append(cell(gate.path("name").asText()))
                .append(": ")
                .append(gate.path("status").asText())
                .append("\n\n");
        JsonNode resources = gate.path("data");
        if (!resources.isEmpty()) {
            md.append("| Resource | Rows | Errors | Rows with errors | Errors by code |\n");
            md.append("| --- | ---: | ---: | ---: | --- |\n");
            for (JsonNode resource : resources) {
                JsonNode errors = resource.path("errors");
                StringBuilder codes = new StringBuilder();
                errors.path("byCode").fields().forEachRemaining(e -> codes.append(codes.length() > 0 ? ", " : "")
                        .append(e.getKey())
                        .append(' ')
                        .append(e.getValue().asLong()));
                md.append("| ")
                        .append(cell(resource.path("name").asText()))
                        .append(" | ")
                        .append(resource.path("rows").asLong())
                        .append(" | ")
                        .append(errors.path("total").asLong())
                        .append(" | ")
                        .append(errors.path("rowsWithErrors").asLong())
                        .append(" | ")
                        .append(cell(codes.toString()))
                        .append(" |\n");
            }
            md.append('\n');
        }
        JsonNode comparisons = gate.path("comparisons");
        if (!comparisons.isEmpty()) {
            md.append("| Baseline | Metric | Model | Baseline value | Delta | Relative | p-value | Verdict |\n");
            md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
            for (JsonNode row : comparisons) {
                md.append("| ")
                        .append(cell(row.path("baseline").asText()))
                        .append(" | ")
                        .append(cell(row.path("metric").asText()))
                        .append(" | ")
                        .append(number(row, "candidate", false))
                        .append(" | ")
                        .append(number(row, "baselineValue", false))
                        .append(" | ")
                        .append(number(row, "delta", true))
                        .append(" | ")
                        .append(
                                row.path("relativeDelta").isNumber()
                                        ? Numbers.percent(
                                                row.get("relativeDelta").asDouble())
                                        : "")
                        .append(" | ")
                        .append(number(row, "pValue", false))
                        .append(" | ")
                        .append(row.path("status").asText())
                        .append(" |\n");
            }
            md.append('\n');
        }
        JsonNode findings = gate.path("findings");
        if (findings.isEmpty()) {
            md.append(gate.has("skippedReason") ? cell(gate.get("skippedReason").asText()) : "No findings.")
                    .append('\n');
            return md.toString();
        }
        md.append("| Severity | Code | Message | Location |\n");
        md.append("| --- | --- | --- | --- |\n");
        for (JsonNode finding : findings) {
            JsonNode where = finding.path("location");
            String location = where.isMissingNode() ? "" : where.path("file").asText();
            if (where.has("line")) {
                location += ":" + where.get("line").asInt();
                if (where.has("column")) {
                    location += ":" + where.get("column").asInt();
                }
            }
            md.append("| ")
                    .append(finding.path("severity").asText())
                    .append(" | ")
                    .append(cell(finding.path("code").asText()))
                    .append(" | ")
                    .append(cell(finding.path("message").asText()))
                    .append(" | ")
                    .append(cell(location))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String number(JsonNode row, String key, boolean signed) {
        if (!row.path(key).isNumber()) {
            return "";
        }
        double value = row.get(key).asDouble();
        return signed ? Numbers.signed(value) : Numbers.format(value);
    }

    /** Text safe inside a table cell: GitHub renders HTML in Markdown, so user text is escaped. */
    static String cell(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("|", "\\|")
                .replaceAll("\\s*\\R\\s*", " ");
    }
}
