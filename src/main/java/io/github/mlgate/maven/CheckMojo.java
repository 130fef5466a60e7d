package io.github.mlgate.maven;

import io.github.mlgate.baseline.BaselineGate;
import io.github.mlgate.data.DataGate;
import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.lifecycle.CheckRequest;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.lifecycle.LifecycleCheck;
import io.github.mlgate.scope.ScopeGate;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * Runs every gate whose input is there, in lifecycle order (scope, data, evaluate, baseline), writes the outputs once
 * and fails once at the end with every violation. A gate whose input is absent (no data package, no evaluation
 * evidence, no comparisons) is recorded as {@code SKIPPED} with the reason; the scope document is always required. A
 * gate whose inputs, configuration and plugin version are unchanged since the last run reuses that run's result. See
 * {@code docs/check.md}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractEvidenceMojo {

    private final RepositorySystem repositorySystem;

    /**
     * The gates to run, comma-separated, for example {@code scope,data}; unset runs every gate. A gate named here
     * runs even when its input is absent, and fails for it.
     */
    @Parameter(property = "mlgate.gates")
    private String gates;

    /** Recomputes every gate instead of reusing the results stored by an earlier run with unchanged inputs. */
    @Parameter(property = "mlgate.force", defaultValue = "false")
    private boolean force;

    /** The data package descriptor; see the {@code data} goal. */
    @Parameter(property = "mlgate.dataPackage")
    private File dataPackage;

    /** How many data errors of each code are reported one by one; every error is counted. */
    @Parameter(property = "mlgate.data.maxReportedErrors", defaultValue = "100")
    private int maxReportedErrors;

    /** Slices with fewer rows are reported, not judged; see the {@code evaluate} goal. */
    @Parameter(property = "mlgate.minSliceSize", defaultValue = "30")
    private int minSliceSize;

    /** Measured latencies in milliseconds; see the {@code evaluate} goal. */
    @Parameter(property = "mlgate.latencyFile")
    private File latencyFile;

    /** The CSV column of {@code latencyFile} holding the latencies; unset for one number per line. */
    @Parameter(property = "mlgate.latencyColumn")
    private String latencyColumn;

    /** The model artifact whose size becomes {@code model_size_mb}. */
    @Parameter(property = "mlgate.modelFile")
    private File modelFile;

    /** The dataset the evidence comes from; criteria naming another dataset fail as not measured. */
    @Parameter(property = "mlgate.dataset", defaultValue = "test")
    private String dataset;

    /** A confidence level for every criterion that sets none; see the {@code evaluate} goal. */
    @Parameter(property = "mlgate.confidence")
    private Double confidence;

    /** What happens when a baseline's evidence cannot be found: {@code fail} or {@code warn}. */
    @Parameter(property = "mlgate.baseline.onMissing", defaultValue = "fail")
    private String onMissing;

    /** The version range of an artifact baseline that names none. */
    @Parameter(property = "mlgate.baseline.versionRange", defaultValue = "(,${project.version})")
    private String versionRange;

    /** Skips the check goal. */
    @Parameter(property = "mlgate.check.skip", defaultValue = "false")
    private boolean skipCheck;

    /** Skips the scope gate within the check. */
    @Parameter(property = "mlgate.scope.skip", defaultValue = "false")
    private boolean skipScope;

    /** Skips the data gate within the check. */
    @Parameter(property = "mlgate.data.skip", defaultValue = "false")
    private boolean skipData;

    /** Skips the evaluation gate within the check. */
    @Parameter(property = "mlgate.evaluate.skip", defaultValue = "false")
    private boolean skipEvaluate;

    /** Skips the baseline gate within the check. */
    @Parameter(property = "mlgate.baseline.skip", defaultValue = "false")
    private boolean skipBaseline;

    /** The project, whose remote repositories are searched for earlier releases. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system, which resolves earlier releases
     */
    @Inject
    public CheckMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    protected String gateName() {
        return "check";
    }

    @Override
    protected boolean isGateSkipped() {
        return skipCheck;
    }

    @Override
    protected List<String> gates() {
        return LifecycleCheck.GATES;
    }

    @Override
    protected List<GateRun> runGates(Path projectDirectory, GatePolicy policy) throws MojoExecutionException {
        GateSettings settings = settings();
        settings.dataPackage = dataPackage;
        settings.maxReportedErrors = maxReportedErrors;
        settings.minSliceSize = minSliceSize;
        settings.latencyFile = latencyFile;
        settings.latencyColumn = latencyColumn;
        settings.modelFile = modelFile;
        settings.dataset = dataset;
        settings.confidence = confidence;
        settings.onMissing = onMissing;
        settings.versionRange = versionRange;
        settings.gates = gates;
        settings.force = force;
        settings.switchOff(ScopeGate.NAME, skipScope);
        settings.switchOff(DataGate.NAME, skipData);
        settings.switchOff(EvaluationGate.NAME, skipEvaluate);
        settings.switchOff(BaselineGate.NAME, skipBaseline);
        CheckRequest request = settings.request(
                projectDirectory,
                outputDirectory(),
                pluginVersion(),
                policy,
                new MavenReleaseResolver(
                        repositorySystem, session().getRepositorySession(), project.getRemoteProjectRepositories()),
                this::logProgress);
        try {
            return new LifecycleCheck().run(request);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "mlgate:check cannot write its outputs to " + outputDirectory() + ": " + e.getMessage(), e);
        }
    }
}
