package io.github.mlgate.maven;

import io.github.mlgate.deployment.MonitorGate;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.eclipse.aether.RepositorySystem;

/**
 * Judges production data against the data the model learnt from, as the {@code monitoring} section of the deployment
 * document says: the drift of every watched field, each by its method and bound. It has no default phase: run it from
 * a scheduled CI job over a fresh production sample ({@code mvn mlgate:monitor}). See {@code docs/deployment.md}.
 */
@Mojo(name = MonitorGate.NAME, threadSafe = true)
public class MonitorMojo extends AbstractOneGateMojo {

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system
     */
    @Inject
    public MonitorMojo(RepositorySystem repositorySystem) {
        super(repositorySystem, MonitorGate.NAME);
    }
}
