package io.github.mlgate.maven;

import io.github.mlgate.deployment.DeployGate;
import io.github.mlgate.gate.GateResult;
import java.io.IOException;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * Runs the model as it will be served, the exit of the deployment stage: the deployment document is complete, the
 * model loads in ONNX Runtime (resolved on demand), takes the scope's inputs from fields whose types it can hold,
 * gives the scope's outputs, and reproduces the evaluated scores within the parity tolerance. Reports the scoring
 * latency on this machine. When every gate of the build passed, writes {@code target/mlgate/blessing.json} and
 * attaches it with classifier {@code mlblessing}. See {@code docs/deployment.md}.
 */
@Mojo(name = DeployGate.NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DeployMojo extends AbstractOneGateMojo {

    private final MavenProjectHelper projectHelper;

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system, which resolves ONNX Runtime
     * @param settingsDecrypter decrypts the passwords of settings.xml servers, for engines that name one
     * @param projectHelper attaches the blessing to the project
     */
    @Inject
    public DeployMojo(
            RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter, MavenProjectHelper projectHelper) {
        super(repositorySystem, settingsDecrypter, DeployGate.NAME);
        this.projectHelper = projectHelper;
    }

    /**
     * The {@code ml-model} packaging binds this goal in {@code verify} for every project: one without a deployment
     * document records the gate as skipped (and earns no blessing), as {@code mlgate:check} would.
     */
    @Override
    protected boolean skipsWhenItsInputIsAbsent() {
        return project() != null && "ml-model".equals(project().getPackaging());
    }

    /** Blesses the model when every gate of this build passed: {@code target/mlgate/blessing.json}. */
    @Override
    protected void afterOutputs(List<GateResult> ofThisRun, boolean skipped)
            throws IOException, MojoExecutionException {
        bless(projectHelper, ofThisRun, skipped);
    }
}
