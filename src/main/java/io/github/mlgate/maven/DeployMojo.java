package io.github.mlgate.maven;

import io.github.mlgate.deployment.DeployGate;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.eclipse.aether.RepositorySystem;

/**
 * Runs the model as it will be served, the exit of the deployment stage: the deployment document is complete, the
 * model loads in ONNX Runtime (resolved on demand), takes the scope's inputs from fields whose types it can hold,
 * gives the scope's outputs, and reproduces the evaluated scores within the parity tolerance. Reports the scoring
 * latency on this machine. See {@code docs/deployment.md}.
 */
@Mojo(name = DeployGate.NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DeployMojo extends AbstractOneGateMojo {

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system, which resolves ONNX Runtime
     */
    @Inject
    public DeployMojo(RepositorySystem repositorySystem) {
        super(repositorySystem, DeployGate.NAME);
    }
}
