package io.github.mlgate.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlgate.data.DataGate;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.lifecycle.CheckRequest;
import io.github.mlgate.lifecycle.GateRegistry;
import io.github.mlgate.lifecycle.GateRequests;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.lifecycle.LifecycleCheck;
import io.github.mlgate.report.GateOutputs;
import io.github.mlgate.report.GateResultJson;
import io.github.mlgate.report.LifecycleReport;
import io.github.mlgate.report.ReportPage;
import io.github.mlgate.report.ReportText;
import io.github.mlgate.scope.ScopeDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * The "ML Lifecycle Gates" page of one project, built for a goal: the site report's, and the monitor's when drift
 * fails it before the site can run. It shows the gates' results of this build, runs the gates that have none, and
 * copies the machine-readable outputs next to the page.
 */
final class ProjectReport {

    private final AbstractMlgateMojo mojo;
    private final Path siteDirectory;

    /**
     * A project's page.
     *
     * @param mojo the goal that builds it, whose settings, outputs and build it uses
     * @param siteDirectory where the site is written, the page's outputs beside it
     */
    ProjectReport(AbstractMlgateMojo mojo, Path siteDirectory) {
        this.mojo = mojo;
        this.siteDirectory = siteDirectory;
    }

    /**
     * The page of this project's gates.
     *
     * @param text the page's text, in the site's locale
     * @return the page
     * @throws MojoExecutionException when a setting has a value the gates cannot use
     * @throws IOException when the outputs cannot be read or written
     */
    ReportPage page(ReportText text) throws MojoExecutionException, IOException {
        GateSettings settings = mojo.reportSettings(mojo.goalName());
        Path gates = mojo.outputDirectory();
        List<GateResult> results = resultsOfThisBuild(gates.resolve(GateOutputs.REPORT));
        String source;
        if (results != null) {
            source = text.get("source.thisBuild");
        } else {
            results = runGates(settings);
            source = text.get("source.run");
        }
        results = withScheduledOfThisBuild(gates.resolve(GateOutputs.REPORT), results);
        Map<String, String> links = publish(gates);
        Path scope = ScopeDocuments.locate(settings.projectDirectory(), settings.scopeFile());
        LocatedDocument document = ScopeDocuments.read(scope, scope.toString(), "the report", new Findings());
        MavenProject project = mojo.project();
        return new LifecycleReport(text)
                .build(new LifecycleReport.Input(
                        GateRegistry.GATES,
                        project.getName() == null ? project.getArtifactId() : project.getName(),
                        mojo.pluginVersion(),
                        results,
                        source,
                        document,
                        links));
    }

    /**
     * The results plus those of the scheduled gates ({@code mlgate:monitor}) that ran earlier in this same build, as
     * in {@code mvn mlgate:monitor site}: check never runs them, so the page shows them only then.
     */
    private List<GateResult> withScheduledOfThisBuild(Path reportFile, List<GateResult> results) {
        JsonNode gates = gatesOfThisBuild(reportFile);
        if (gates == null) {
            return results;
        }
        try {
            List<GateResult> all = new ArrayList<>(results);
            for (JsonNode entry : gates) {
                String name = entry.path("name").asText();
                if (GateRegistry.SCHEDULED.stream().anyMatch(gate -> gate.name().equals(name))) {
                    all.add(GateResultJson.fromJson(entry, GateRegistry.sectionsOf(name)));
                }
            }
            return all;
        } catch (IllegalArgumentException e) {
            // A report this build did not write in full: the page shows the gates it ran.
            return results;
        }
    }

    /** The gates' results recorded earlier in this same build, when every gate has one; else null. */
    private List<GateResult> resultsOfThisBuild(Path reportFile) {
        JsonNode gates = gatesOfThisBuild(reportFile);
        if (gates == null) {
            return null;
        }
        try {
            Map<String, GateResult> byGate = new LinkedHashMap<>();
            for (JsonNode entry : gates) {
                String name = entry.path("name").asText();
                GateResult result = GateResultJson.fromJson(entry, GateRegistry.sectionsOf(name));
                byGate.put(result.gate(), result);
            }
            List<GateResult> results = new ArrayList<>();
            for (String gate : GateRegistry.names()) {
                if (!byGate.containsKey(gate)) {
                    return null;
                }
                results.add(byGate.get(gate));
            }
            return results;
        } catch (IllegalArgumentException e) {
            // Not a report this build wrote in full: run the gates instead.
            return null;
        }
    }

    /** The gates of {@code report.json} when this same build wrote it; else null (none, or an earlier build's). */
    private JsonNode gatesOfThisBuild(Path reportFile) {
        if (!Files.isRegularFile(reportFile)) {
            return null;
        }
        try {
            JsonNode report = new ObjectMapper().readTree(reportFile.toFile());
            return mojo.runInfo().id().equals(report.path("run").path("id").asText()) ? report.path("gates") : null;
        } catch (IOException e) {
            return null; // Unreadable, or cut short by a build that was stopped: not this build's whole report.
        }
    }

    private List<GateResult> runGates(GateSettings settings) throws IOException, MojoExecutionException {
        List<GateRun> runs = new LifecycleCheck()
                .run(new CheckRequest(
                        settings.outputDirectory(),
                        mojo.pluginVersion(),
                        List.of(),
                        mojo.reuse(),
                        GateRequests.of(settings, mojo.services()),
                        Map.of()));
        GateOutputs outputs = mojo.outputs(settings.outputDirectory());
        List<GateResult> results = new ArrayList<>();
        for (GateRun run : runs) {
            outputs.write(run.result(), null);
            results.add(run.result());
        }
        return results;
    }

    /**
     * Copies the machine-readable results next to the page, so the links work wherever the site is published.
     *
     * @return the links, by label
     */
    private Map<String, String> publish(Path gates) throws IOException {
        Path target = siteDirectory.resolve(ReportMojo.OUTPUT_NAME);
        Files.createDirectories(target);
        Map<String, String> links = new LinkedHashMap<>();
        for (String file : List.of(GateOutputs.REPORT, GateOutputs.SUMMARY, "metrics.json")) {
            if (Files.isRegularFile(gates.resolve(file))) {
                Files.copy(gates.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                links.put(file, ReportMojo.OUTPUT_NAME + "/" + file);
            }
        }
        Path profiles = gates.resolve(DataGate.PROFILES);
        if (Files.isDirectory(profiles)) {
            Files.createDirectories(target.resolve("profile"));
            try (Stream<Path> files = Files.list(profiles)) {
                for (Path profile : files.sorted().toList()) {
                    Path name = profile.getFileName();
                    Files.copy(profile, target.resolve("profile").resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    links.put("profile/" + name, ReportMojo.OUTPUT_NAME + "/profile/" + name);
                }
            }
        }
        return links;
    }
}
