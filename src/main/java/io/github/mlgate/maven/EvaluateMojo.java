package io.github.mlgate.maven;

import io.github.mlgate.evaluation.EvaluationGate;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * Evaluates the model, the exit of the modelling stage: computes its metrics from the predictions (and reads any
 * metrics file, latencies and model size), then judges every model success criterion of the scope document. A
 * criterion whose metric is not measured fails. The measured metrics go to {@code target/mlgate/metrics.json}. See
 * {@code docs/evaluation.md}.
 */
@Mojo(name = EvaluationGate.NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class EvaluateMojo extends AbstractOneGateMojo {

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system
     * @param settingsDecrypter decrypts the passwords of settings.xml servers, for engines that name one
     */
    @Inject
    public EvaluateMojo(RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter) {
        super(repositorySystem, settingsDecrypter, EvaluationGate.NAME);
    }
}
