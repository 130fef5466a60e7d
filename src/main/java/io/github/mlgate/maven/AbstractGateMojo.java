package io.github.mlgate.maven;

import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.Severity;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.report.ConsoleReport;
import io.github.mlgate.report.GateOutputs;
import io.github.mlgate.report.GitHubAnnotations;
import io.github.mlgate.report.RunInfo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every gate goal shares: the skip switches, the failure policy, the outputs and the console. A gate goal only
 * says how to run its gate; {@link #execute()} does the rest the same way for all of them.
 */
public abstract class AbstractGateMojo extends AbstractMojo {

    /** Skips every mlgate gate. A skipped gate is recorded as {@code SKIPPED} in the outputs. */
    @Parameter(property = "mlgate.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Whether a gate with violations fails the build. With {@code false}, violations are logged as warnings and the
     * build goes on; the outputs still record the gate as {@code FAILED}.
     */
    @Parameter(property = "mlgate.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** Whether warnings count as violations, as errors do. */
    @Parameter(property = "mlgate.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Where the gates write {@code report.json}, {@code junit/} and {@code summary.md}. */
    @Parameter(property = "mlgate.outputDirectory", defaultValue = "${project.build.directory}/mlgate", required = true)
    private File outputDirectory;

    /** The project's base directory; gate inputs are resolved against it and named relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDirectory;

    /** The build session, whose start identifies the run that gates report into. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** This plugin, whose version is recorded in the report. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /**
     * The build session.
     *
     * @return the session
     */
    protected MavenSession session() {
        return session;
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
     * The gate's name, as in {@code mlgate:<name>} and {@code mlgate.<name>.skip}.
     *
     * @return the name
     */
    protected abstract String gateName();

    /**
     * Whether this gate alone is skipped, by its {@code mlgate.<gate>.skip} switch.
     *
     * @return true to skip
     */
    protected abstract boolean isGateSkipped();

    /**
     * Runs the goal's gates.
     *
     * @param projectDirectory the project's base directory
     * @param policy what counts as a violation
     * @return one run per gate, in lifecycle order
     * @throws MojoExecutionException when a gate cannot run because the plugin is misconfigured
     */
    protected abstract List<GateRun> runGates(Path projectDirectory, GatePolicy policy) throws MojoExecutionException;

    /**
     * The gates this goal runs, each recorded as {@code SKIPPED} when the goal is skipped.
     *
     * @return the gates' names
     */
    protected List<String> gates() {
        return List.of(gateName());
    }

    /**
     * A goal's one gate, computed now.
     *
     * @param result the gate's result
     * @return the runs
     */
    protected static List<GateRun> ranNow(GateResult result) {
        return List.of(new GateRun(result, null));
    }

    /**
     * Runs the gates unless skipped, records each result in the outputs, prints the findings and the verdicts, and
     * fails the build once, with every violation, unless {@code failOnViolation} is false.
     *
     * @throws MojoFailureException when a gate found violations and they fail the build
     * @throws MojoExecutionException when a gate cannot run or its outputs cannot be written
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        List<GateRun> runs;
        if (skip) {
            runs = gates().stream()
                    .map(gate -> new GateRun(GateResult.skipped(gate, "skipped by mlgate.skip"), null))
                    .toList();
        } else if (isGateSkipped()) {
            String reason = "skipped by mlgate." + gateName() + ".skip";
            runs = gates().stream()
                    .map(gate -> new GateRun(GateResult.skipped(gate, reason), null))
                    .toList();
        } else {
            runs = runGates(projectDirectory.toPath(), new GatePolicy(failOnWarning));
        }
        GateOutputs outputs = new GateOutputs(outputDirectory.toPath(), runInfo());
        try {
            for (GateRun run : runs) {
                outputs.write(run.result(), stepSummary());
            }
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "mlgate:" + gateName() + " cannot write its outputs to " + outputDirectory + ": " + e.getMessage(),
                    e);
        }
        List<GateResult> failed = runs.stream()
                .map(GateRun::result)
                .filter(result -> result.status() == GateStatus.FAILED)
                .toList();
        boolean failing = !failed.isEmpty() && failOnViolation;
        for (GateRun run : runs) {
            log(run, failing);
        }
        if (runs.size() > 1) {
            String verdict = ConsoleReport.overall(
                    gateName(), runs.stream().map(GateRun::result).toList());
            if (failing) {
                getLog().error(verdict);
            } else {
                getLog().info(verdict);
            }
        }
        annotate(runs);
        if (failed.isEmpty()) {
            return;
        }
        String report = ProjectFiles.display(projectDirectory.toPath(), outputs.reportFile());
        if (failing) {
            throw new MojoFailureException(
                    failed.size() == 1 && runs.size() == 1
                            ? ConsoleReport.failure(failed.get(0), report)
                            : ConsoleReport.failure(gateName(), failed, report));
        }
        getLog().warn("[mlgate:" + gateName() + "] failOnViolation is false: the build goes on despite the"
                + " violations above.");
    }

    private void log(GateRun run, boolean failing) {
        GateResult result = run.result();
        Log log = getLog();
        if (run.reused()) {
            log.info("[mlgate:" + result.gate() + "] Inputs, configuration and plugin version unchanged since "
                    + run.reusedFrom() + ": reusing the stored result (-Dmlgate.force=true recomputes).");
        }
        for (Finding finding : result.findings()) {
            String line = ConsoleReport.line(result.gate(), finding);
            if (finding.severity() == Severity.ERROR && failing) {
                log.error(line);
            } else if (finding.severity() == Severity.INFO) {
                log.info(line);
            } else {
                log.warn(line);
            }
        }
        String verdict = ConsoleReport.verdict(result);
        if (failing && result.status() == GateStatus.FAILED) {
            log.error(verdict);
        } else if (result.status() == GateStatus.FAILED) {
            log.warn(verdict);
        } else {
            log.info(verdict);
        }
    }

    /** Under GitHub Actions, prints each error and warning with a file as a workflow annotation. */
    private void annotate(List<GateRun> runs) {
        if (!"true".equals(System.getenv("GITHUB_ACTIONS"))) {
            return;
        }
        String workspace = System.getenv("GITHUB_WORKSPACE");
        Path root = workspace == null || workspace.isBlank() ? null : Path.of(workspace);
        for (GateRun run : runs) {
            for (Finding finding : run.result().findings()) {
                String command = GitHubAnnotations.of(run.result().gate(), finding, projectDirectory.toPath(), root);
                if (command != null) {
                    // Workflow commands must start a line of the job's output, so they bypass the log's prefix.
                    System.out.println(command);
                }
            }
        }
    }

    /**
     * Logs how far a long data validation has got: rows, bytes, throughput and the time left.
     *
     * @param resource the resource being read
     * @param rows rows read so far
     * @param bytesRead bytes read so far
     * @param bytesTotal bytes in all
     * @param seconds seconds since it started
     */
    protected void logProgress(String resource, long rows, long bytesRead, long bytesTotal, double seconds) {
        double megabytesPerSecond = bytesRead / 1e6 / Math.max(seconds, 1e-9);
        double left = bytesRead == 0 ? 0 : seconds * (bytesTotal - bytesRead) / bytesRead;
        getLog().info(String.format(
                java.util.Locale.ROOT,
                "[mlgate:data] %s: %,d rows, %,d of %,d MB (%.0f%%), %.0f MB/s, about %.0f s left",
                resource,
                rows,
                bytesRead / 1_000_000,
                bytesTotal / 1_000_000,
                bytesTotal == 0 ? 100.0 : 100.0 * bytesRead / bytesTotal,
                megabytesPerSecond,
                left));
    }

    /**
     * This plugin's version, recorded in the report and in stored results.
     *
     * @return the version
     */
    protected String pluginVersion() {
        return plugin.getVersion();
    }

    private RunInfo runInfo() {
        return RunInfos.of(session, plugin.getVersion());
    }

    private static Path stepSummary() {
        String file = System.getenv("GITHUB_STEP_SUMMARY");
        return file == null || file.isBlank() ? null : Path.of(file);
    }
}
