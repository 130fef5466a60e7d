package io.github.mlgate.maven;

import io.github.mlgate.scope.ScopeGate;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * Checks the scope document, the exit of the scoping stage: the problem, why machine learning, inputs and outputs,
 * objectives, success criteria, risks, costs and baselines are all stated, with no placeholder answers. See
 * {@code docs/scope.md} for every key.
 */
@Mojo(name = ScopeGate.NAME, defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ScopeMojo extends AbstractOneGateMojo {

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system
     * @param settingsDecrypter decrypts the passwords of settings.xml servers, for engines that name one
     */
    @Inject
    public ScopeMojo(RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter) {
        super(repositorySystem, settingsDecrypter, ScopeGate.NAME);
    }
}
