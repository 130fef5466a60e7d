package io.github.mlgate.maven;

import io.github.mlgate.deployment.MonitorGate;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;
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
     * @param settingsDecrypter decrypts the passwords of settings.xml servers, for engines that name one
     */
    @Inject
    public MonitorMojo(RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter) {
        super(repositorySystem, settingsDecrypter, MonitorGate.NAME);
    }
}
