package io.github.mlgate.maven;

import io.github.mlgate.baseline.BaselineGate;
import io.github.mlgate.baseline.ReleaseResolver;
import io.github.mlgate.data.DataGate;
import io.github.mlgate.data.engine.SqlEngines;
import io.github.mlgate.data.resource.DataProgress;
import io.github.mlgate.deployment.DeployGate;
import io.github.mlgate.deployment.ModelRuntime;
import io.github.mlgate.deployment.MonitorGate;
import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.evaluation.PredictionsCache;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.InvalidSettingsException;
import io.github.mlgate.gate.Printable;
import io.github.mlgate.gate.Services;
import io.github.mlgate.lifecycle.GateRegistry;
import io.github.mlgate.report.GateOutputs;
import io.github.mlgate.report.RunInfo;
import io.github.mlgate.scope.ScopeGate;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.SessionData;

/**
 * The one parameter base of every goal that runs gates, the site report included: each setting of a gate is declared
 * here once, and turned here, in {@link #settings(String)}, into the engine's checked {@link GateSettings}. Because
 * the report shares this base, configuring the plugin once in {@code <build><pluginManagement>} configures the goals
 * and the report alike.
 */
public abstract class AbstractMlgateMojo extends AbstractMojo {

    /** Where the predictions are by default, below the build directory; a setting elsewhere must exist. */
    private static final String DEFAULT_PREDICTIONS = "ml/predictions.csv";

    /** Where the metrics file is by default, below the build directory; a setting elsewhere must exist. */
    private static final String DEFAULT_METRICS = "ml/metrics.json";

    private final RepositorySystem repositorySystem;

    private final SettingsDecrypter settingsDecrypter;

    /** Skips every mlgate gate, and the report. A skipped gate is recorded as {@code SKIPPED} in the outputs. */
    @Parameter(property = "mlgate.skip", defaultValue = "false")
    private String skip;

    /** Whether warnings count as violations, as errors do. */
    @Parameter(property = "mlgate.failOnWarning", defaultValue = "false")
    private String failOnWarning;

    /** Where the gates write {@code report.json}, {@code junit/}, {@code summary.md} and their stored results. */
    @Parameter(property = "mlgate.outputDirectory", defaultValue = "${project.build.directory}/mlgate", required = true)
    private File outputDirectory;

    /**
     * Recomputes every gate instead of reusing the results stored by an earlier run with unchanged inputs. It never
     * lets a goal replace a file: that is {@code mlgate.overwrite}, which only {@code init} and {@code infer-schema}
     * take.
     */
    @Parameter(property = "mlgate.force", defaultValue = "false")
    private String force;

    /**
     * The scope document, YAML or JSON. When not set, the first of {@code src/ml/scope.yaml},
     * {@code src/ml/scope.yml} and {@code src/ml/scope.json} that exists.
     */
    @Parameter(property = "mlgate.scopeFile")
    private File scopeFile;

    /**
     * The deployment document, YAML or JSON. When not set, the first of {@code src/ml/deployment.yaml},
     * {@code src/ml/deployment.yml} and {@code src/ml/deployment.json} that exists.
     */
    @Parameter(property = "mlgate.deploymentFile")
    private File deploymentFile;

    /** Skips the scope gate. */
    @Parameter(property = "mlgate.scope.skip", defaultValue = "false")
    private String skipScope;

    /**
     * The data package descriptor, YAML or JSON. When not set, the first of {@code src/ml/datapackage.yaml},
     * {@code .yml} and {@code .json} that exists. Paths inside it resolve against its directory.
     */
    @Parameter(property = "mlgate.dataPackage")
    private File dataPackage;

    /** How many data errors of each code are reported one by one; every error is counted. */
    @Parameter(property = "mlgate.data.maxReportedErrors", defaultValue = "100")
    private int maxReportedErrors;

    /**
     * The most bytes one record of a data file (a row, its line break included) may take, 16 MiB by default. A
     * longer record (a file with no line break, a quote never closed) fails its file with a {@code source-error}
     * instead of being read into memory whole.
     */
    @Parameter(property = "mlgate.data.maxRecordBytes", defaultValue = "16777216")
    private long maxRecordBytes;

    /**
     * Whether data resources may name files outside the project directory ({@code ../..}, an absolute path, a
     * symbolic link that leads out). Off by default: a data package then cannot make the build read, and print parts
     * of, files such as {@code /proc/self/environ}.
     */
    @Parameter(property = "mlgate.data.allowOutsideProject", defaultValue = "false")
    private String allowOutsideProject;

    /** Skips the data gate. */
    @Parameter(property = "mlgate.data.skip", defaultValue = "false")
    private String skipData;

    /** The predictions CSV, one row per test example with a header row; the gates score it themselves. */
    @Parameter(property = "mlgate.predictions", defaultValue = "${project.build.directory}/" + DEFAULT_PREDICTIONS)
    private File predictionsFile;

    /**
     * A metrics file written by a training tool: {@code {"metrics": {...}, "slices": {"col=value": {...}}}}. Metrics
     * computed from the predictions take precedence over the same names here.
     */
    @Parameter(property = "mlgate.metrics", defaultValue = "${project.build.directory}/" + DEFAULT_METRICS)
    private File metricsFile;

    /** What the model predicts: {@code binary}, {@code multiclass} or {@code regression}. */
    @Parameter(property = "mlgate.task", defaultValue = "binary")
    private String task;

    /** The predictions column holding the actual value or class. */
    @Parameter(property = "mlgate.labelColumn", defaultValue = "label")
    private String labelColumn;

    /**
     * The predictions column holding the predicted value or class. For classification it may be left out when
     * scores are given: binary predictions then apply {@code decisionThreshold}, multiclass ones take the class
     * with the highest score.
     */
    @Parameter(property = "mlgate.predictionColumn", defaultValue = "prediction")
    private String predictionColumn;

    /**
     * Binary: the column with the probability of the positive class. Multiclass: the prefix of one column per
     * class, {@code <scoreColumn>_<class>}.
     */
    @Parameter(property = "mlgate.scoreColumn", defaultValue = "score")
    private String scoreColumn;

    /** Binary: the value of the positive class in the label and prediction columns. */
    @Parameter(property = "mlgate.positiveLabel", defaultValue = "1")
    private String positiveLabel;

    /** Binary without a prediction column: a score at or above this predicts the positive class. */
    @Parameter(property = "mlgate.decisionThreshold", defaultValue = "0.5")
    private double decisionThreshold;

    /** Columns whose values define slices; every metric is also computed per value ({@code column=value}). */
    @Parameter(property = "mlgate.sliceColumns")
    private List<String> sliceColumns;

    /** How many bootstrap resamples a confidence interval or a paired significance test takes. */
    @Parameter(property = "mlgate.bootstrap.resamples", defaultValue = "1000")
    private int bootstrapResamples;

    /** The bootstrap's seed: the same seed, data and resamples give the same intervals and p-values. */
    @Parameter(property = "mlgate.bootstrap.seed", defaultValue = "20261126")
    private long bootstrapSeed;

    /** Slices with fewer rows are reported, not judged. */
    @Parameter(property = "mlgate.minSliceSize", defaultValue = "30")
    private int minSliceSize;

    /** Measured latencies in milliseconds: one per line, or a CSV column named by {@code latencyColumn}. */
    @Parameter(property = "mlgate.latencyFile")
    private File latencyFile;

    /** The CSV column of {@code latencyFile} holding the latencies; unset for one number per line. */
    @Parameter(property = "mlgate.latencyColumn")
    private String latencyColumn;

    /** The model artifact (a file or a directory) whose size becomes {@code model_size_mb}. */
    @Parameter(property = "mlgate.modelFile")
    private File modelFile;

    /** The dataset the evidence comes from; criteria naming another dataset fail as not measured. */
    @Parameter(property = "mlgate.dataset", defaultValue = "test")
    private String dataset;

    /**
     * A confidence level (for example {@code 0.95}) for every criterion that sets none: the gate then judges the
     * least favourable bound of a bootstrap interval (the lower bound against {@code min}, the upper against
     * {@code max}) instead of the measured value. Unset: measured values are judged.
     */
    @Parameter(property = "mlgate.confidence")
    private Double confidence;

    /** Skips the evaluation gate. */
    @Parameter(property = "mlgate.evaluate.skip", defaultValue = "false")
    private String skipEvaluate;

    /**
     * What happens when a baseline's evidence cannot be found, such as a first release that has no earlier one:
     * {@code fail} (the gate fails) or {@code warn} (a warning, and its comparisons are skipped).
     */
    @Parameter(property = "mlgate.baseline.onMissing", defaultValue = "fail")
    private String onMissing;

    /**
     * The version range of an artifact baseline that names none: by default every version before this one, so the
     * newest earlier release with metrics is the baseline.
     */
    @Parameter(property = "mlgate.baseline.versionRange", defaultValue = "(,${project.version})")
    private String versionRange;

    /** Skips the baseline gate. */
    @Parameter(property = "mlgate.baseline.skip", defaultValue = "false")
    private String skipBaseline;

    /** Skips the deploy gate. */
    @Parameter(property = "mlgate.deploy.skip", defaultValue = "false")
    private String skipDeploy;

    /**
     * The ONNX Runtime version the deploy gate runs models with, resolved from the build's repositories the first
     * time a model is loaded. When not set, the version this plugin is built and tested with.
     */
    @Parameter(property = "mlgate.onnxruntime.version")
    private String onnxRuntimeVersion;

    /**
     * The DuckDB JDBC driver version the data gate reads Parquet with, resolved from the build's repositories the
     * first time a Parquet resource is checked. When not set, the version this plugin is built and tested with.
     */
    @Parameter(property = "mlgate.duckdb.version")
    private String duckdbVersion;

    /**
     * The Apache Spark version (of {@code org.apache.spark:spark-sql_2.13}) the data gate runs {@code spark} engines
     * with, resolved with its dependencies from the build's repositories the first time a Spark engine runs, into the
     * class path of a driver JVM of its own. When not set, the version this plugin is built and tested with. Match
     * your cluster's.
     */
    @Parameter(property = "mlgate.spark.version")
    private String sparkVersion;

    /**
     * More artifacts for the Spark driver JVM's class path, each as {@code groupId:artifactId:version}, resolved with
     * their dependencies: Spark's cluster managers ({@code org.apache.spark:spark-yarn_2.13:4.1.3}, {@code
     * spark-kubernetes_2.13}), its Hive catalog ({@code spark-hive_2.13}) or a file system ({@code
     * org.apache.hadoop:hadoop-aws:3.4.2}). On the command line, separated by commas.
     */
    @Parameter(property = "mlgate.spark.dependencies")
    private List<String> sparkDependencies;

    /**
     * Engines for the data gate, as the data package's {@code mlgate.engines} declares them (each with a {@code
     * <name>}, {@code <type>}, {@code <url>} or {@code <master>}, {@code <server>}, {@code <userEnv>}, {@code
     * <passwordEnv>} and {@code <options>}); an engine here replaces the package's engine of the same name, so a
     * build profile can point the package's resources at a cluster or another database.
     */
    @Parameter
    private List<Engine> engines;

    /** Skips the monitor gate. */
    @Parameter(property = "mlgate.monitor.skip", defaultValue = "false")
    private String skipMonitor;

    /** The project's base directory; gate inputs resolve against it and are named relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDirectory;

    /** The project: its name, modules and remote repositories. */
    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /** The build session, whose start identifies the run that gates report into. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** This plugin, whose version is recorded in the report and in stored results. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system, which resolves earlier releases for artifact baselines
     * @param settingsDecrypter decrypts the passwords of settings.xml servers, for engines that name one
     */
    protected AbstractMlgateMojo(RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter) {
        this.repositorySystem = repositorySystem;
        this.settingsDecrypter = settingsDecrypter;
    }

    /**
     * Whether {@code mlgate.skip} is set.
     *
     * @return true to skip every gate
     */
    protected boolean skipAll() throws MojoExecutionException {
        return flag("mlgate.skip", skip, false);
    }

    /**
     * The goal's name, as in {@code mlgate:<name>}, for messages.
     *
     * @return the name
     */
    protected abstract String goalName();

    /**
     * Reads a switch: {@code true} or {@code false}, nothing else (Maven would read any other word as false).
     *
     * @param property the switch's property, named in the error
     * @param value the configured value, or null
     * @param unset the value when unset
     * @return the switch
     * @throws MojoExecutionException when the value is neither true nor false
     */
    protected final boolean flag(String property, String value, boolean unset) throws MojoExecutionException {
        return Switches.flag(goalName(), property, value, unset);
    }

    /**
     * Whether stored results may be reused, that is, {@code mlgate.force} is off.
     *
     * @return true to reuse
     */
    protected boolean reuse() throws MojoExecutionException {
        return !flag("mlgate.force", force, false);
    }

    /**
     * Where the gates write their outputs.
     *
     * @return the output directory
     */
    protected Path outputDirectory() {
        return outputDirectory.toPath();
    }

    /**
     * The project's base directory; gate inputs resolve against it and are named relative to it.
     *
     * @return the directory
     */
    protected Path projectDirectory() {
        return projectDirectory.toPath();
    }

    /**
     * The project.
     *
     * @return the project
     */
    protected MavenProject project() {
        return project;
    }

    /**
     * This plugin's version, recorded in the report and in stored results.
     *
     * @return the version
     */
    protected String pluginVersion() {
        return plugin.getVersion();
    }

    /**
     * This build run, which the gates report into.
     *
     * @return the run
     */
    protected RunInfo runInfo() {
        return RunInfos.of(session, plugin.getVersion());
    }

    /**
     * The shared outputs of this run ({@code report.json}, JUnit XML, {@code summary.md}).
     *
     * @param directory where they go
     * @return the writer
     */
    protected GateOutputs outputs(Path directory) {
        return new GateOutputs(directory, runInfo(), GateRegistry::sectionsOf, modulePath());
    }

    /**
     * Where this project lies below the directory the build was started in, with a trailing slash; empty at that
     * directory, or outside it.
     */
    private String modulePath() {
        if (session == null || session.getExecutionRootDirectory() == null) {
            return "";
        }
        Path root =
                Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        Path here = projectDirectory().toAbsolutePath().normalize();
        if (!here.startsWith(root) || here.equals(root)) {
            return "";
        }
        return root.relativize(here).toString().replace('\\', '/') + "/";
    }

    /**
     * The gates switched off by their own skip switch, with the reason.
     *
     * @return the reasons, by gate
     */
    protected Map<String, String> switchedOff() throws MojoExecutionException {
        Map<String, String> off = new LinkedHashMap<>();
        switchOff(off, ScopeGate.NAME, skipScope);
        switchOff(off, DataGate.NAME, skipData);
        switchOff(off, EvaluationGate.NAME, skipEvaluate);
        switchOff(off, BaselineGate.NAME, skipBaseline);
        switchOff(off, DeployGate.NAME, skipDeploy);
        switchOff(off, MonitorGate.NAME, skipMonitor);
        return off;
    }

    private void switchOff(Map<String, String> off, String gate, String skipped) throws MojoExecutionException {
        if (flag("mlgate." + gate + ".skip", skipped, false)) {
            off.put(gate, "skipped by mlgate." + gate + ".skip");
        }
    }

    /**
     * Why the deploy gate does not run in this build, or null when it does. A criterion the evaluation hands to it
     * (a latency or size judged on the served model) would otherwise be judged by no one; the evaluation fails it
     * instead. A goal of one gate looks at the build: the deploy or check goal named on the command line or bound
     * in the project (the {@code ml-model} packaging's bindings among them), and the deploy gate's own switch.
     *
     * @return the reason, or null
     * @throws MojoExecutionException when a switch is neither true nor false
     */
    protected String deployAbsent() throws MojoExecutionException {
        String off = switchedOff().get(DeployGate.NAME);
        if (off != null) {
            return off;
        }
        if (project == null || session == null || plugin == null) {
            return null; // Not in a build (a test of the goal): there is no build to look at.
        }
        return new BuildPlan(session, project, plugin).whyDeployDoesNotRun(goalName());
    }

    /**
     * Whether this build goes on to write the site or the report page after this goal: see
     * {@link BuildPlan#pageWantedLater}.
     *
     * @return true when the page is wanted from this build
     */
    protected boolean pageWantedLater() {
        return session != null && new BuildPlan(session, project, plugin).pageWantedLater();
    }

    /**
     * Every gate's settings as configured, checked.
     *
     * @param goal the goal, named in the error
     * @return the settings
     * @throws MojoExecutionException when a setting has a value the gates cannot use
     */
    protected GateSettings settings(String goal) throws MojoExecutionException {
        return settings(goal, deployAbsent());
    }

    /**
     * Every gate's settings as the site report runs the gates: it runs the deploy gate itself unless that is switched
     * off, so a criterion handed to it is judged there.
     *
     * @param goal the goal, named in the error
     * @return the settings
     * @throws MojoExecutionException when a setting has a value the gates cannot use
     */
    final GateSettings reportSettings(String goal) throws MojoExecutionException {
        return settings(goal, switchedOff().get(DeployGate.NAME));
    }

    private GateSettings settings(String goal, String deployAbsent) throws MojoExecutionException {
        Path base = projectDirectory();
        boolean failOnWarnings = flag("mlgate.failOnWarning", failOnWarning, false);
        boolean outsideAllowed = flag("mlgate.data.allowOutsideProject", allowOutsideProject, false);
        try {
            return GateSettings.builder(base)
                    .outputDirectory(outputDirectory())
                    .policy(new GatePolicy(failOnWarnings))
                    .scopeFile(path(scopeFile))
                    .deploymentFile(path(deploymentFile))
                    .dataPackage(path(dataPackage))
                    .maxReportedErrors(maxReportedErrors)
                    .maxRecordBytes(maxRecordBytes)
                    .allowOutsideProject(outsideAllowed)
                    .predictionsFile(path(predictionsFile))
                    .metricsFile(path(metricsFile))
                    .configuredEvidence(configuredEvidence())
                    .task(task)
                    .labelColumn(labelColumn)
                    .predictionColumn(predictionColumn)
                    .scoreColumn(scoreColumn)
                    .positiveLabel(positiveLabel)
                    .decisionThreshold(decisionThreshold)
                    .sliceColumns(sliceColumns)
                    .bootstrapResamples(bootstrapResamples)
                    .bootstrapSeed(bootstrapSeed)
                    .minSliceSize(minSliceSize)
                    .latencyFile(path(latencyFile))
                    .latencyColumn(latencyColumn)
                    .modelFile(path(modelFile))
                    .dataset(dataset)
                    .confidence(confidence)
                    .onMissing(onMissing)
                    .versionRange(versionRange)
                    .deployAbsent(deployAbsent)
                    .build();
        } catch (InvalidSettingsException e) {
            throw cannotRun(goal, e);
        }
    }

    /**
     * The error of a goal whose settings the gates cannot use.
     *
     * @param goal the goal
     * @param problem what is wrong
     * @return the exception, for a BUILD ERROR
     */
    static MojoExecutionException cannotRun(String goal, InvalidSettingsException problem) {
        return new MojoExecutionException(
                "mlgate:" + goal + " cannot run: " + Printable.text(problem.getMessage()), problem);
    }

    /**
     * What the build offers the gates: the release resolver and a log of the data gate's progress.
     *
     * @return the services
     */
    protected Services services() {
        // The resolver is made when a baseline first asks for a release: most runs never do.
        ReleaseResolver releases = (group, artifact, range) -> new MavenReleaseResolver(
                        repositorySystem, session.getRepositorySession(), project.getRemoteProjectRepositories())
                .resolve(group, artifact, range);
        return Services.none()
                .with(ReleaseResolver.class, releases)
                .with(DataProgress.class, new DataProgress() {
                    @Override
                    public void progress(String resource, long rows, long bytesRead, long bytesTotal, double seconds) {
                        logProgress(resource, rows, bytesRead, bytesTotal, seconds);
                    }

                    @Override
                    public void engineStep(String resource, String step, double seconds) {
                        getLog().info(String.format(
                                Locale.ROOT,
                                "[mlgate:%s] %s: %s (%.1f s)",
                                DataGate.NAME,
                                Printable.text(resource),
                                step,
                                seconds));
                    }

                    @Override
                    public void statement(String resource, String sql, double seconds) {
                        if (getLog().isDebugEnabled()) {
                            getLog().debug(String.format(
                                    Locale.ROOT,
                                    "[mlgate:%s] %s: %.3f s: %s",
                                    DataGate.NAME,
                                    Printable.text(resource),
                                    seconds,
                                    sql));
                        }
                    }
                })
                .with(PredictionsCache.class, predictionsCacheOfThisBuild())
                .with(
                        ModelRuntime.class,
                        new OnDemandOnnxRuntime(
                                repositorySystem,
                                session.getRepositorySession(),
                                project.getRemotePluginRepositories(),
                                onnxRuntimeVersion))
                .with(
                        SqlEngines.class,
                        new OnDemandEngines(
                                repositorySystem,
                                session.getRepositorySession(),
                                project.getRemotePluginRepositories(),
                                duckdbVersion,
                                sparkVersion,
                                sparkDependencies,
                                engines,
                                new SettingsCredentials(session.getSettings(), settingsDecrypter)));
    }

    /**
     * The predictions read last in this build, kept with the build session (in the resolver's session data), so the
     * evaluate and baseline goals of one build share it and nothing of it outlives the build.
     */
    private PredictionsCache predictionsCacheOfThisBuild() {
        if (session == null || session.getRepositorySession() == null) {
            return new PredictionsCache();
        }
        SessionData data = session.getRepositorySession().getData();
        Object kept = data.get(PredictionsCache.class);
        if (kept instanceof PredictionsCache cache) {
            return cache;
        }
        PredictionsCache cache = new PredictionsCache();
        return data.set(PredictionsCache.class, null, cache)
                ? cache
                : (PredictionsCache) data.get(PredictionsCache.class);
    }

    /** Logs how far a long data validation has got: rows, bytes, throughput and the time left. */
    private void logProgress(String resource, long rows, long bytesRead, long bytesTotal, double seconds) {
        if (bytesTotal == 0) {
            // Rows read from a database: how many bytes are left is not known.
            getLog().info(String.format(
                    Locale.ROOT,
                    "[mlgate:%s] %s: %,d rows, %,.0f rows/s",
                    DataGate.NAME,
                    Printable.text(resource),
                    rows,
                    rows / Math.max(seconds, 1e-9)));
            return;
        }
        double megabytesPerSecond = bytesRead / 1e6 / Math.max(seconds, 1e-9);
        double left = bytesRead == 0 ? 0 : seconds * (bytesTotal - bytesRead) / bytesRead;
        getLog().info(String.format(
                Locale.ROOT,
                "[mlgate:%s] %s: %,d rows, %,d of %,d MB (%.0f%%), %.0f MB/s, about %.0f s left",
                DataGate.NAME,
                Printable.text(resource),
                rows,
                bytesRead / 1_000_000,
                bytesTotal / 1_000_000,
                bytesTotal == 0 ? 100.0 : 100.0 * bytesRead / bytesTotal,
                megabytesPerSecond,
                left));
    }

    /**
     * The evidence files set in the build rather than left at their defaults: those must exist. A setting equal to the
     * default counts as the default.
     */
    private java.util.Set<Path> configuredEvidence() {
        java.util.Set<Path> configured = new java.util.HashSet<>();
        Path target = project == null
                ? projectDirectory().resolve("target")
                : Path.of(project.getBuild().getDirectory());
        File[] files = {predictionsFile, metricsFile};
        String[] defaults = {DEFAULT_PREDICTIONS, DEFAULT_METRICS};
        for (int i = 0; i < files.length; i++) {
            if (files[i] != null
                    && !files[i].toPath()
                            .toAbsolutePath()
                            .normalize()
                            .equals(target.resolve(defaults[i]).toAbsolutePath().normalize())) {
                configured.add(files[i].toPath());
            }
        }
        return configured;
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
