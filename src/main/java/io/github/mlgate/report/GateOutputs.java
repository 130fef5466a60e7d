package io.github.mlgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlgate.gate.AtomicFiles;
import io.github.mlgate.gate.GateResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the outputs every gate shares, under one directory (by default {@code target/mlgate}): {@code report.json},
 * {@code junit/TEST-mlgate-<gate>.xml}, {@code summary.md} and {@code mlgate.sarif}; and appends the gate's section to the GitHub job
 * summary when one is given.
 */
public final class GateOutputs {

    /** The report's file name. */
    public static final String REPORT = "report.json";

    /** The summary's file name. */
    public static final String SUMMARY = "summary.md";

    private final Path directory;
    private final RunInfo run;
    private final Function<String, Map<String, Class<? extends Record>>> sectionsOf;
    private final String modulePath;

    /**
     * Creates the writer for a project at the build's root.
     *
     * @param directory where the outputs go
     * @param run the current build run
     * @param sectionsOf the types of each gate's sections, by the gate's name, to read the report's entries back
     */
    public GateOutputs(Path directory, RunInfo run, Function<String, Map<String, Class<? extends Record>>> sectionsOf) {
        this(directory, run, sectionsOf, "");
    }

    /**
     * Creates the writer.
     *
     * @param directory where the outputs go
     * @param run the current build run
     * @param sectionsOf the types of each gate's sections, by the gate's name, to read the report's entries back
     * @param modulePath where the project lies below the build's root, with a trailing slash (empty at the root): the
     *     SARIF log gives file paths from the root, where code scanning looks for them
     */
    public GateOutputs(
            Path directory,
            RunInfo run,
            Function<String, Map<String, Class<? extends Record>>> sectionsOf,
            String modulePath) {
        this.directory = directory;
        this.run = run;
        this.sectionsOf = sectionsOf;
        this.modulePath = modulePath;
    }

    /**
     * Records one gate's result in every output.
     *
     * @param result the gate's result
     * @param stepSummary the file named by {@code GITHUB_STEP_SUMMARY}, or null when there is none
     * @return every gate's result the run's merged report now holds, in its order
     * @throws IOException when an output cannot be written
     */
    public List<GateResult> write(GateResult result, Path stepSummary) throws IOException {
        Files.createDirectories(directory.resolve("junit"));
        Path reportFile = directory.resolve(REPORT);
        ObjectNode report = ReportJson.merge(reportFile, run, result);
        AtomicFiles.write(reportFile, ReportJson.MAPPER.writeValueAsString(report) + "\n");
        JUnitReport.write(directory.resolve(junitFile(result.gate())), result);
        List<GateResult> results = resultsOf(report, result);
        AtomicFiles.write(directory.resolve(SUMMARY), MarkdownSummary.of(results));
        AtomicFiles.write(
                directory.resolve(SarifReport.FILE),
                ReportJson.MAPPER.writeValueAsString(SarifReport.of(results, run, modulePath)) + "\n");
        if (stepSummary != null) {
            Files.writeString(
                    stepSummary,
                    MarkdownSummary.gateSection(result, "##") + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        return results;
    }

    /**
     * Where a gate's JUnit XML goes, relative to the output directory.
     *
     * @param gate the gate's name
     * @return {@code junit/TEST-mlgate-<gate>.xml}
     */
    public static String junitFile(String gate) {
        return "junit/TEST-mlgate-" + gate + ".xml";
    }

    /**
     * Where the report is.
     *
     * @return the path of {@code report.json}
     */
    public Path reportFile() {
        return directory.resolve(REPORT);
    }

    /** Every gate's result the merged report holds: this one as given, the others read back from their entries. */
    private List<GateResult> resultsOf(ObjectNode report, GateResult current) throws IOException {
        List<GateResult> results = new ArrayList<>();
        for (JsonNode entry : (ArrayNode) report.get("gates")) {
            String name = entry.path("name").asText();
            if (name.equals(current.gate())) {
                results.add(current);
                continue;
            }
            try {
                results.add(GateResultJson.fromJson(entry, sectionsOf.apply(name)));
            } catch (IllegalArgumentException e) {
                throw new IOException(
                        directory.resolve(REPORT) + " holds an entry for " + name + " that cannot be read: "
                                + e.getMessage(),
                        e);
            }
        }
        return results;
    }
}
