package io.github.mlgate.maven;

import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.lifecycle.GateRegistry;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.lifecycle.LifecycleCheck;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * A goal that runs one registered gate, now, named as the gate is ({@code mlgate:scope}, {@code mlgate:data}, ...).
 * Its own switch is {@code mlgate.<gate>.skip}.
 */
public abstract class AbstractOneGateMojo extends AbstractGateMojo {

    private final Gate<?> gate;

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system, which resolves earlier releases for artifact baselines
     * @param settingsDecrypter decrypts the passwords of settings.xml servers, for engines that name one
     * @param gate the registered gate's name
     */
    protected AbstractOneGateMojo(RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter, String gate) {
        super(repositorySystem, settingsDecrypter);
        this.gate = GateRegistry.named(gate).orElseThrow(() -> new IllegalArgumentException("No gate " + gate));
    }

    @Override
    protected final String goalName() {
        return gate.name();
    }

    @Override
    protected final String switchedOffBy() throws MojoExecutionException {
        return switchedOff().get(gate.name());
    }

    @Override
    protected final List<String> gates() {
        return List.of(gate.name());
    }

    @Override
    protected final List<GateRun> runGates(GateSettings settings) throws MojoExecutionException {
        try {
            return List.of(new GateRun(run(gate, settings), null));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "mlgate:" + gate.name() + " cannot write its outputs to " + outputDirectory() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private <R extends Record> GateResult run(Gate<R> one, GateSettings settings) throws IOException {
        R request = one.request(settings, services());
        if (skipsWhenItsInputIsAbsent()) {
            String absent = one.absentInput(request);
            if (absent != null) {
                return GateResult.skipped(one.name(), absent);
            }
        }
        return one.storedWhenRunAlone()
                ? LifecycleCheck.runAndStore(one, request, outputDirectory(), pluginVersion())
                : one.runToTheEnd(request);
    }

    /**
     * Whether the gate records itself as skipped, as {@code mlgate:check} does, when its input is at none of its
     * default locations and none is configured: for a goal a packaging binds whether or not the project has its
     * input. A goal the user binds fails closed on a missing input instead.
     *
     * @return false by default
     */
    protected boolean skipsWhenItsInputIsAbsent() {
        return false;
    }
}
