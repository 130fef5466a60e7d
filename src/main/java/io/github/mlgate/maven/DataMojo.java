package io.github.mlgate.maven;

import io.github.mlgate.data.DataGate;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * Validates the datasets described in a Frictionless Data Package, the exit of the data-preparation stage: every
 * resource has a Table Schema and its rows hold to it. See {@code docs/data.md}.
 */
@Mojo(name = DataGate.NAME, defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class DataMojo extends AbstractOneGateMojo {

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system
     * @param settingsDecrypter decrypts the passwords of settings.xml servers, for engines that name one
     */
    @Inject
    public DataMojo(RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter) {
        super(repositorySystem, settingsDecrypter, DataGate.NAME);
    }
}
