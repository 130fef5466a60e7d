package io.github.mlgate.maven;

import io.github.mlgate.baseline.BaselineGate;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * Compares the model with the baselines of the scope document, as its {@code comparisons} say: each baseline's
 * evidence is a metrics file, predictions on the same test set, or the metrics an earlier release attached (see
 * {@code mlgate:attach-metrics}), resolved through Maven's repositories. See {@code docs/baseline.md}.
 */
@Mojo(name = BaselineGate.NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class BaselineMojo extends AbstractOneGateMojo {

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system, which resolves earlier releases
     * @param settingsDecrypter decrypts the passwords of settings.xml servers, for engines that name one
     */
    @Inject
    public BaselineMojo(RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter) {
        super(repositorySystem, settingsDecrypter, BaselineGate.NAME);
    }
}
