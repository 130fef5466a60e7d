package io.github.mlgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.report.ReportPage.Link;
import io.github.mlgate.report.ReportPage.SectionBuilder;
import io.github.mlgate.report.ReportPage.TableBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate page of a multi-module build: each module's gates and overall status, read from the
 * {@code report.json} its last build wrote, with a link to the module's own report.
 */
public final class ModuleResults {

    private final ReportText text;
    private final List<String> gates;

    /**
     * Creates the builder.
     *
     * @param text the words, in the reader's language
     * @param gates the gates' names, in lifecycle order: one column each
     */
    public ModuleResults(ReportText text, List<String> gates) {
        this.text = text;
        this.gates = List.copyOf(gates);
    }

    /**
     * A module of the build.
     *
     * @param name its name
     * @param href its report page, relative to the aggregate page
     * @param reportFile its {@code report.json}, which may not exist yet
     */
    public record Module(String name, String href, Path reportFile) {}

    /**
     * Builds the aggregate page.
     *
     * @param modules the modules, in build order
     * @return the page
     */
    public ReportPage page(List<Module> modules) {
        List<String> headers = new ArrayList<>(List.of(text.get("aggregate.module")));
        gates.forEach(gate -> headers.add("mlgate:" + gate));
        headers.add(text.get("aggregate.overall"));
        TableBuilder table = new TableBuilder(headers.toArray(String[]::new));
        for (Module module : modules) {
            List<Object> row = new ArrayList<>();
            row.add(new Link(module.href(), module.name()));
            Map<String, String> statuses = statuses(module.reportFile());
            if (statuses == null) {
                gates.forEach(gate -> row.add(""));
                row.add(text.get("aggregate.noResults"));
            } else {
                gates.forEach(gate -> row.add(
                        statuses.containsKey(gate)
                                ? new ReportPage.Text(statuses.get(gate), true)
                                : GateStatus.SKIPPED.name()));
                row.add(new ReportPage.Text(statuses.getOrDefault("", GateStatus.SKIPPED.name()), true));
            }
            table.row(row.toArray());
        }
        SectionBuilder section = new SectionBuilder(text.get("aggregate.title"), "modules");
        section.text(text.get("aggregate.intro"));
        section.table(table.build());
        return new ReportPage(text.get("report.title"), List.of(section.build()));
    }

    /** Each gate's status by name, and the overall one under "", or null when there is no readable report. */
    private static Map<String, String> statuses(Path reportFile) {
        if (!Files.isRegularFile(reportFile)) {
            return null;
        }
        try {
            JsonNode report = ReportJson.MAPPER.readTree(reportFile.toFile());
            Map<String, String> statuses = new LinkedHashMap<>();
            for (JsonNode gate : report.path("gates")) {
                statuses.put(gate.path("name").asText(), gate.path("status").asText());
            }
            statuses.put("", report.path("status").asText(GateStatus.SKIPPED.name()));
            return statuses;
        } catch (IOException e) {
            return null;
        }
    }
}
