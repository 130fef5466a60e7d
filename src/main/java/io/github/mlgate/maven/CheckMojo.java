package io.github.mlgate.maven;

import io.github.mlgate.deployment.DeployGate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.InvalidSettingsException;
import io.github.mlgate.lifecycle.CheckRequest;
import io.github.mlgate.lifecycle.GateRegistry;
import io.github.mlgate.lifecycle.GateRequests;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.lifecycle.LifecycleCheck;
import java.io.IOException;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * Runs every gate whose input is there, in lifecycle order (scope, data, evaluate, baseline), writes the outputs once
 * and fails once at the end with every violation. A gate whose input is absent (no data package, no evaluation
 * evidence, no comparisons) is recorded as {@code SKIPPED} with the reason; the scope document is always required. A
 * gate whose inputs, configuration and plugin version are unchanged since the last run reuses that run's result. See
 * {@code docs/check.md}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractGateMojo {

    /**
     * The gates to run, comma-separated, for example {@code scope,data}; unset runs every gate. A gate named here
     * runs even when its input is absent, and fails for it.
     */
    @Parameter(property = "mlgate.gates")
    private String gates;

    /** Skips the check goal. */
    @Parameter(property = "mlgate.check.skip", defaultValue = "false")
    private String skipCheck;

    private final MavenProjectHelper projectHelper;

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system, which resolves earlier releases and ONNX Runtime
     * @param settingsDecrypter decrypts the passwords of settings.xml servers, for engines that name one
     * @param projectHelper attaches the blessing to the project
     */
    @Inject
    public CheckMojo(
            RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter, MavenProjectHelper projectHelper) {
        super(repositorySystem, settingsDecrypter);
        this.projectHelper = projectHelper;
    }

    /** Blesses the model when every gate passed: {@code target/mlgate/blessing.json}, attached as {@code mlblessing}. */
    @Override
    protected void afterOutputs(List<GateResult> ofThisRun, boolean skipped)
            throws IOException, MojoExecutionException {
        bless(projectHelper, ofThisRun, skipped);
    }

    @Override
    protected String goalName() {
        return "check";
    }

    /** The deploy gate runs here unless its switch or {@code mlgate.gates} leaves it out. */
    @Override
    protected String deployAbsent() throws MojoExecutionException {
        String off = switchedOff().get(DeployGate.NAME);
        if (off != null) {
            return off;
        }
        List<String> selected;
        try {
            selected = GateRegistry.select(gates);
        } catch (InvalidSettingsException e) {
            throw cannotRun(goalName(), e);
        }
        return selected.isEmpty() || selected.contains(DeployGate.NAME) ? null : "not among mlgate.gates " + selected;
    }

    @Override
    protected String switchedOffBy() throws MojoExecutionException {
        return flag("mlgate.check.skip", skipCheck, false) ? "skipped by mlgate.check.skip" : null;
    }

    @Override
    protected List<String> gates() {
        return GateRegistry.names();
    }

    @Override
    protected List<GateRun> runGates(GateSettings settings) throws MojoExecutionException {
        List<String> selected;
        try {
            selected = GateRegistry.select(gates);
        } catch (InvalidSettingsException e) {
            throw cannotRun(goalName(), e);
        }
        CheckRequest request = new CheckRequest(
                outputDirectory(),
                pluginVersion(),
                selected,
                reuse(),
                GateRequests.of(settings, services()),
                switchedOff());
        try {
            return new LifecycleCheck().run(request);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "mlgate:check cannot write its outputs to " + outputDirectory() + ": " + e.getMessage(), e);
        }
    }
}
