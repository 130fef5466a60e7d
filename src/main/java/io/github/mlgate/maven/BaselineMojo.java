package io.github.mlgate.maven;

import io.github.mlgate.baseline.BaselineGate;
import io.github.mlgate.baseline.BaselineRequest;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.lifecycle.GateRun;
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
 * Compares the model with the baselines of the scope document, as its {@code comparisons} say: each baseline's
 * evidence is a metrics file, predictions on the same test set, or the metrics an earlier release attached (see
 * {@code mlgate:attach-metrics}), resolved through Maven's repositories. See {@code docs/baseline.md}.
 */
@Mojo(name = "baseline", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class BaselineMojo extends AbstractEvidenceMojo {

    private final RepositorySystem repositorySystem;

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

    /** Skips the baseline gate alone. */
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
    public BaselineMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    protected String gateName() {
        return BaselineGate.NAME;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipBaseline;
    }

    @Override
    protected List<GateRun> runGates(Path projectDirectory, GatePolicy policy) throws MojoExecutionException {
        GateSettings settings = settings();
        settings.onMissing = onMissing;
        settings.versionRange = versionRange;
        MavenReleaseResolver resolver = new MavenReleaseResolver(
                repositorySystem, session().getRepositorySession(), project.getRemoteProjectRepositories());
        BaselineRequest request = settings.baselineRequest(projectDirectory, policy, resolver);
        return ranNow(new BaselineGate().run(request));
    }
}
