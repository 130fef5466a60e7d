package io.github.mlgate.maven;

import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.Severity;
import io.github.mlgate.report.ConsoleReport;
import io.github.mlgate.report.GateOutputs;
import io.github.mlgate.report.RunInfo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
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
     * Runs the gate.
     *
     * @param projectDirectory the project's base directory
     * @param policy what counts as a violation
     * @return the gate's result
     * @throws MojoExecutionException when the gate cannot run because the plugin is misconfigured
     */
    protected abstract GateResult runGate(Path projectDirectory, GatePolicy policy) throws MojoExecutionException;

    /**
     * Runs the gate unless skipped, records the result in the outputs, prints the findings and the verdict, and
     * fails the build on violations unless {@code failOnViolation} is false.
     *
     * @throws MojoFailureException when the gate found violations and they fail the build
     * @throws MojoExecutionException when the gate cannot run or its outputs cannot be written
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        GateResult result;
        if (skip) {
            result = GateResult.skipped(gateName(), "skipped by mlgate.skip");
        } else if (isGateSkipped()) {
            result = GateResult.skipped(gateName(), "skipped by mlgate." + gateName() + ".skip");
        } else {
            result = runGate(projectDirectory.toPath(), new GatePolicy(failOnWarning));
        }
        GateOutputs outputs = new GateOutputs(outputDirectory.toPath(), runInfo());
        try {
            outputs.write(result, stepSummary());
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "mlgate:" + gateName() + " cannot write its outputs to " + outputDirectory + ": " + e.getMessage(),
                    e);
        }
        boolean failing = result.status() == GateStatus.FAILED && failOnViolation;
        log(result, failing);
        if (result.status() != GateStatus.FAILED) {
            return;
        }
        String report = ProjectFiles.display(projectDirectory.toPath(), outputs.reportFile());
        if (failing) {
            throw new MojoFailureException(ConsoleReport.failure(result, report));
        }
        getLog().warn("[mlgate:" + gateName() + "] failOnViolation is false: the build goes on despite the"
                + " violations above.");
    }

    private void log(GateResult result, boolean failing) {
        Log log = getLog();
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
        if (failing) {
            log.error(verdict);
        } else if (result.status() == GateStatus.FAILED) {
            log.warn(verdict);
        } else {
            log.info(verdict);
        }
    }

    private RunInfo runInfo() {
        Instant started = session.getRequest().getStartTime() != null
                ? session.getRequest().getStartTime().toInstant()
                : Instant.EPOCH;
        return new RunInfo(Long.toString(started.toEpochMilli()), started, plugin.getVersion());
    }

    private static Path stepSummary() {
        String file = System.getenv("GITHUB_STEP_SUMMARY");
        return file == null || file.isBlank() ? null : Path.of(file);
    }
}
