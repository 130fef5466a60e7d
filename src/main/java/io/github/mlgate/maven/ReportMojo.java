package io.github.mlgate.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.lifecycle.LifecycleCheck;
import io.github.mlgate.report.GateOutputs;
import io.github.mlgate.report.GateResultJson;
import io.github.mlgate.report.LifecycleReport;
import io.github.mlgate.report.ModuleResults;
import io.github.mlgate.report.ReportPage;
import io.github.mlgate.report.ReportText;
import io.github.mlgate.scope.ScopeDocuments;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.eclipse.aether.RepositorySystem;

/**
 * The "ML Lifecycle Gates" site report: where the project stands in each lifecycle stage (scope, data, modelling,
 * deployment readiness) and why. It shows the results the gates produced earlier in the same build; when there are
 * none it runs the gates itself (reusing results stored by an earlier {@code check} while inputs are unchanged), so
 * {@code mvn site} alone works. In a project with modules it shows an aggregate page linking each module's report.
 * The text follows the site's locale (English, Brazilian Portuguese). See {@code docs/report.md}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The report page's name, {@code mlgate.html}. */
    static final String OUTPUT_NAME = "mlgate";

    private final RepositorySystem repositorySystem;

    /** Skips every mlgate goal, this report included. */
    @Parameter(property = "mlgate.skip", defaultValue = "false")
    private boolean skip;

    /** Skips the report alone. */
    @Parameter(property = "mlgate.report.skip", defaultValue = "false")
    private boolean skipReport;

    /** Whether warnings count as violations when the report runs the gates itself. */
    @Parameter(property = "mlgate.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Where the gates write {@code report.json} and the rest; the report reads them there. */
    @Parameter(property = "mlgate.outputDirectory", defaultValue = "${project.build.directory}/mlgate", required = true)
    private File gateDirectory;

    /** Recomputes every gate instead of reusing stored results. */
    @Parameter(property = "mlgate.force", defaultValue = "false")
    private boolean force;

    /** The scope document; see the {@code scope} goal. */
    @Parameter(property = "mlgate.scopeFile")
    private File scopeFile;

    /** The data package descriptor; see the {@code data} goal. */
    @Parameter(property = "mlgate.dataPackage")
    private File dataPackage;

    /** How many data errors of each code are reported one by one; every error is counted. */
    @Parameter(property = "mlgate.data.maxReportedErrors", defaultValue = "100")
    private int maxReportedErrors;

    /** The predictions CSV; see the {@code evaluate} goal. */
    @Parameter(property = "mlgate.predictions", defaultValue = "${project.build.directory}/ml/predictions.csv")
    private File predictionsFile;

    /** A metrics file written by a training tool; see the {@code evaluate} goal. */
    @Parameter(property = "mlgate.metrics", defaultValue = "${project.build.directory}/ml/metrics.json")
    private File metricsFile;

    /** What the model predicts: {@code binary}, {@code multiclass} or {@code regression}. */
    @Parameter(property = "mlgate.task", defaultValue = "binary")
    private String task;

    /** The predictions column holding the actual value or class. */
    @Parameter(property = "mlgate.labelColumn", defaultValue = "label")
    private String labelColumn;

    /** The predictions column holding the predicted value or class. */
    @Parameter(property = "mlgate.predictionColumn", defaultValue = "prediction")
    private String predictionColumn;

    /** Binary: the score column; multiclass: the prefix of one score column per class. */
    @Parameter(property = "mlgate.scoreColumn", defaultValue = "score")
    private String scoreColumn;

    /** Binary: the value of the positive class. */
    @Parameter(property = "mlgate.positiveLabel", defaultValue = "1")
    private String positiveLabel;

    /** Binary without a prediction column: a score at or above this predicts the positive class. */
    @Parameter(property = "mlgate.decisionThreshold", defaultValue = "0.5")
    private double decisionThreshold;

    /** Columns whose values define slices. */
    @Parameter(property = "mlgate.sliceColumns")
    private List<String> sliceColumns;

    /** Bootstrap resamples per confidence interval or significance test. */
    @Parameter(property = "mlgate.bootstrap.resamples", defaultValue = "1000")
    private int bootstrapResamples;

    /** The bootstrap's seed. */
    @Parameter(property = "mlgate.bootstrap.seed", defaultValue = "20261126")
    private long bootstrapSeed;

    /** Slices with fewer rows are reported, not judged. */
    @Parameter(property = "mlgate.minSliceSize", defaultValue = "30")
    private int minSliceSize;

    /** Measured latencies in milliseconds; see the {@code evaluate} goal. */
    @Parameter(property = "mlgate.latencyFile")
    private File latencyFile;

    /** The CSV column of {@code latencyFile} holding the latencies. */
    @Parameter(property = "mlgate.latencyColumn")
    private String latencyColumn;

    /** The model artifact whose size becomes {@code model_size_mb}. */
    @Parameter(property = "mlgate.modelFile")
    private File modelFile;

    /** The dataset the evidence comes from. */
    @Parameter(property = "mlgate.dataset", defaultValue = "test")
    private String dataset;

    /** A confidence level for every criterion that sets none. */
    @Parameter(property = "mlgate.confidence")
    private Double confidence;

    /** What happens when a baseline's evidence cannot be found: {@code fail} or {@code warn}. */
    @Parameter(property = "mlgate.baseline.onMissing", defaultValue = "fail")
    private String onMissing;

    /** The version range of an artifact baseline that names none. */
    @Parameter(property = "mlgate.baseline.versionRange", defaultValue = "(,${project.version})")
    private String versionRange;

    /** The build session, whose start identifies the run whose results the report shows. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** This plugin, whose version the report names. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /**
     * Creates the report.
     *
     * @param repositorySystem Maven's repository system, which resolves earlier releases for artifact baselines
     */
    @Inject
    public ReportMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return new ReportText(locale).get("report.name");
    }

    @Override
    public String getDescription(Locale locale) {
        return new ReportText(locale).get("report.description");
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && !skipReport;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        ReportText text = new ReportText(locale);
        ReportPage page;
        try {
            page = isAggregator() ? aggregate(text) : projectPage(text);
        } catch (MojoExecutionException | IOException e) {
            throw new MavenReportException("mlgate:report cannot build the report: " + e.getMessage(), e);
        }
        new DoxiaPage(getSink(), page).render();
    }

    /** A project with modules shows its modules' results rather than gates of its own. */
    private boolean isAggregator() {
        return "pom".equals(project.getPackaging()) && !project.getModules().isEmpty();
    }

    private ReportPage projectPage(ReportText text) throws MojoExecutionException, IOException {
        Path base = project.getBasedir().toPath();
        Path gates = gateDirectory.toPath();
        List<GateResult> results = resultsOfThisBuild(gates.resolve(GateOutputs.REPORT));
        String source;
        if (results != null) {
            source = text.get("source.thisBuild");
        } else {
            results = runGates(base, gates);
            source = text.get("source.run");
        }
        Map<String, String> links = publish(gates);
        Path scope = ScopeDocuments.locate(base, scopeFile == null ? null : scopeFile.toPath());
        LocatedDocument document = ScopeDocuments.read(scope, scope.toString(), "the report", new Findings());
        return new LifecycleReport(text)
                .build(new LifecycleReport.Input(
                        project.getName() == null ? project.getArtifactId() : project.getName(),
                        plugin.getVersion(),
                        results,
                        source,
                        document,
                        links));
    }

    /** The gates' results recorded earlier in this same build, when every gate has one; else null. */
    private List<GateResult> resultsOfThisBuild(Path reportFile) {
        if (!Files.isRegularFile(reportFile)) {
            return null;
        }
        try {
            JsonNode report = new ObjectMapper().readTree(reportFile.toFile());
            if (!RunInfos.of(session, plugin.getVersion())
                    .id()
                    .equals(report.path("run").path("id").asText())) {
                return null;
            }
            Map<String, GateResult> byGate = new LinkedHashMap<>();
            for (JsonNode entry : report.path("gates")) {
                GateResult result = GateResultJson.fromJson(entry);
                byGate.put(result.gate(), result);
            }
            List<GateResult> results = new ArrayList<>();
            for (String gate : LifecycleCheck.GATES) {
                if (!byGate.containsKey(gate)) {
                    return null;
                }
                results.add(byGate.get(gate));
            }
            return results;
        } catch (IOException | IllegalArgumentException e) {
            // Not a report this build wrote in full: run the gates instead.
            return null;
        }
    }

    private List<GateResult> runGates(Path base, Path gates) throws MojoExecutionException, IOException {
        GateSettings settings = new GateSettings();
        settings.goal = "report";
        settings.scopeFile = scopeFile;
        settings.dataPackage = dataPackage;
        settings.maxReportedErrors = maxReportedErrors;
        settings.predictionsFile = predictionsFile;
        settings.metricsFile = metricsFile;
        settings.task = task;
        settings.labelColumn = labelColumn;
        settings.predictionColumn = predictionColumn;
        settings.scoreColumn = scoreColumn;
        settings.positiveLabel = positiveLabel;
        settings.decisionThreshold = decisionThreshold;
        settings.sliceColumns = sliceColumns;
        settings.bootstrapResamples = bootstrapResamples;
        settings.bootstrapSeed = bootstrapSeed;
        settings.minSliceSize = minSliceSize;
        settings.latencyFile = latencyFile;
        settings.latencyColumn = latencyColumn;
        settings.modelFile = modelFile;
        settings.dataset = dataset;
        settings.confidence = confidence;
        settings.onMissing = onMissing;
        settings.versionRange = versionRange;
        settings.force = force;
        List<GateRun> runs = new LifecycleCheck()
                .run(settings.request(
                        base,
                        gates,
                        plugin.getVersion(),
                        new GatePolicy(failOnWarning),
                        new MavenReleaseResolver(
                                repositorySystem,
                                session.getRepositorySession(),
                                project.getRemoteProjectRepositories()),
                        io.github.mlgate.data.DataProgress.NONE));
        GateOutputs outputs = new GateOutputs(gates, RunInfos.of(session, plugin.getVersion()));
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
        Path target = getReportOutputDirectory().toPath().resolve(OUTPUT_NAME);
        Files.createDirectories(target);
        Map<String, String> links = new LinkedHashMap<>();
        for (String file : List.of(GateOutputs.REPORT, GateOutputs.SUMMARY, "metrics.json")) {
            if (Files.isRegularFile(gates.resolve(file))) {
                Files.copy(gates.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                links.put(file, OUTPUT_NAME + "/" + file);
            }
        }
        Path profiles = gates.resolve(io.github.mlgate.data.DataGate.PROFILES);
        if (Files.isDirectory(profiles)) {
            Files.createDirectories(target.resolve("profile"));
            try (Stream<Path> files = Files.list(profiles)) {
                for (Path profile : files.sorted().toList()) {
                    Path name = profile.getFileName();
                    Files.copy(profile, target.resolve("profile").resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    links.put("profile/" + name, OUTPUT_NAME + "/profile/" + name);
                }
            }
        }
        return links;
    }

    private ReportPage aggregate(ReportText text) {
        List<ModuleResults.Module> modules = new ArrayList<>();
        for (MavenProject module : reactorProjects) {
            if (module != project && isBelow(module)) {
                modules.add(new ModuleResults.Module(
                        module.getName() == null ? module.getArtifactId() : module.getName(),
                        module.getArtifactId() + "/" + OUTPUT_NAME + ".html",
                        Path.of(module.getBuild().getDirectory())
                                .resolve("mlgate")
                                .resolve(GateOutputs.REPORT)));
            }
        }
        return new ModuleResults(text).page(modules);
    }

    private boolean isBelow(MavenProject module) {
        for (MavenProject parent = module.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getBasedir() != null && parent.getBasedir().equals(project.getBasedir())) {
                return true;
            }
        }
        return false;
    }
}
