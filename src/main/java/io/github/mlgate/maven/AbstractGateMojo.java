package io.github.mlgate.maven;

import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Printable;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.Severity;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.report.ConsoleReport;
import io.github.mlgate.report.GateOutputs;
import io.github.mlgate.report.GitHubAnnotations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * What every goal that runs gates shares: the skip switches, the failure policy, the outputs and the console. A goal
 * only says which gates it runs; {@link #execute()} does the rest the same way for all of them.
 */
public abstract class AbstractGateMojo extends AbstractMlgateMojo {

    /**
     * Whether a gate with violations fails the build. With {@code false}, violations are logged as warnings and the
     * build goes on; the outputs still record the gate as {@code FAILED}.
     */
    @Parameter(property = "mlgate.failOnViolation", defaultValue = "true")
    private String failOnViolation;

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system, which resolves earlier releases for artifact baselines
     * @param settingsDecrypter decrypts the passwords of settings.xml servers, for engines that name one
     */
    protected AbstractGateMojo(RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter) {
        super(repositorySystem, settingsDecrypter);
    }

    /**
     * Why this goal is switched off by a switch of its own, or null when it is not.
     *
     * @return the reason, for example {@code skipped by mlgate.data.skip}
     */
    protected abstract String switchedOffBy() throws MojoExecutionException;

    /**
     * The gates this goal runs, each recorded as {@code SKIPPED} when the goal is skipped.
     *
     * @return the gates' names
     */
    protected abstract List<String> gates();

    /**
     * Runs the goal's gates.
     *
     * @param settings every gate's settings, checked
     * @return one run per gate, in lifecycle order
     * @throws MojoExecutionException when a gate cannot run because the plugin is misconfigured or its outputs cannot
     *     be written
     */
    protected abstract List<GateRun> runGates(GateSettings settings) throws MojoExecutionException;

    /**
     * Runs the gates unless skipped, records each result in the outputs, prints the findings and the verdicts, and
     * fails the build once, with every violation, unless {@code failOnViolation} is false.
     *
     * @throws MojoFailureException when a gate found violations and they fail the build
     * @throws MojoExecutionException when a gate cannot run or its outputs cannot be written
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        // Every switch is read before anything runs, so a misspelt value stops the build before it has any effect.
        boolean failOnViolations = flag("mlgate.failOnViolation", failOnViolation, true);
        String skippedBy = skipAll() ? "skipped by mlgate.skip" : switchedOffBy();
        List<GateRun> runs;
        GateOutputs outputs = outputs(outputDirectory());
        if (skippedBy != null) {
            runs = gates().stream()
                    .map(gate -> new GateRun(GateResult.skipped(gate, skippedBy), null))
                    .toList();
        } else {
            GateSettings settings = settings(goalName());
            try {
                // Until a gate's result is written, its outputs say it has not finished: a build killed meanwhile
                // leaves no earlier run's PASSED behind.
                for (String gate : gates()) {
                    outputs.write(GateResult.started(gate), null);
                }
            } catch (IOException e) {
                throw cannotWrite(e);
            }
            runs = runGates(settings);
        }
        List<GateResult> ofThisRun = List.of();
        try {
            for (GateRun run : runs) {
                ofThisRun = outputs.write(run.result(), stepSummary());
            }
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        List<GateResult> failed = runs.stream()
                .map(GateRun::result)
                .filter(result -> result.status() == GateStatus.FAILED)
                .toList();
        boolean failing = !failed.isEmpty() && failOnViolations;
        for (GateRun run : runs) {
            log(run, failing);
        }
        if (runs.size() > 1) {
            String verdict = ConsoleReport.overall(
                    goalName(), runs.stream().map(GateRun::result).toList());
            if (failing) {
                getLog().error(verdict);
            } else {
                getLog().info(verdict);
            }
        }
        try {
            // After the gates' own lines, so what the goal does with them (the blessing) reads as their consequence.
            afterOutputs(ofThisRun, skippedBy != null);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        annotate(runs);
        List<GateResult> unfinished = runs.stream()
                .map(GateRun::result)
                .filter(GateResult::isUnfinished)
                .toList();
        if (!unfinished.isEmpty()) {
            // Not a violation the user may let pass with failOnViolation=false: the gate did not judge at all.
            throw new MojoExecutionException(unfinished.stream()
                    .flatMap(result -> result.findings().stream())
                    .filter(f -> f.code().equals(GateResult.UNFINISHED))
                    .map(finding -> Printable.text(finding.message()))
                    .collect(java.util.stream.Collectors.joining(" ", "[mlgate:" + goalName() + "] ", "")));
        }
        if (failed.isEmpty()) {
            return;
        }
        String report = ProjectFiles.display(projectDirectory(), outputs.reportFile());
        if (failing) {
            beforeFailing();
            throw new MojoFailureException(
                    failed.size() == 1 && runs.size() == 1
                            ? ConsoleReport.failure(failed.get(0), report)
                            : ConsoleReport.failure(goalName(), failed, report));
        }
        getLog().warn("[mlgate:" + goalName() + "] failOnViolation is false: the build goes on despite the"
                + " violations above.");
    }

    /**
     * What a goal does when its violations are about to fail the build, which then stops before its later goals run:
     * nothing, unless it says otherwise. It cannot stop the failure.
     */
    protected void beforeFailing() {}

    private MojoExecutionException cannotWrite(IOException e) {
        return new MojoExecutionException(
                "mlgate:" + goalName() + " cannot write its outputs to " + outputDirectory() + ": " + e.getMessage(),
                e);
    }

    /**
     * What a goal does once its gates' results are recorded: nothing, unless it says otherwise.
     *
     * @param ofThisRun every gate's result the build has recorded so far
     * @param skipped whether this goal was skipped by a switch
     * @throws IOException when a file cannot be written
     * @throws MojoExecutionException when the goal cannot go on
     */
    protected void afterOutputs(List<GateResult> ofThisRun, boolean skipped)
            throws IOException, MojoExecutionException {}

    /**
     * Writes and attaches the blessing when every gate of this build passed; otherwise removes an earlier one and
     * says why there is none.
     *
     * @param projectHelper attaches the blessing to the project
     * @param ofThisRun every gate's result the build has recorded so far
     * @param skipped whether this goal was skipped by a switch
     * @throws IOException when the blessing cannot be written or removed
     * @throws MojoExecutionException when a setting has a value the gates cannot use
     */
    protected final void bless(MavenProjectHelper projectHelper, List<GateResult> ofThisRun, boolean skipped)
            throws IOException, MojoExecutionException {
        BlessingStep.run(
                goalName(),
                ofThisRun,
                skipped,
                settings(goalName()),
                services(),
                project(),
                projectHelper,
                pluginVersion(),
                runInfo().id(),
                getLog());
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
                String command = GitHubAnnotations.of(run.result().gate(), finding, projectDirectory(), root);
                if (command != null) {
                    // Workflow commands must start a line of the job's output, so they bypass the log's prefix.
                    System.out.println(command);
                }
            }
        }
    }

    private static Path stepSummary() {
        String file = System.getenv("GITHUB_STEP_SUMMARY");
        return file == null || file.isBlank() ? null : Path.of(file);
    }
}
