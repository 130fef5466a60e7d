package io.github.mlgate.maven;

import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.scope.ScopeGate;
import io.github.mlgate.scope.ScopeRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the scope document, the exit of the scoping stage: the problem, why machine learning, inputs and outputs,
 * objectives, success criteria, risks, costs and baselines are all stated, with no placeholder answers. See
 * {@code docs/scope.md} for every key.
 */
@Mojo(name = "scope", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ScopeMojo extends AbstractGateMojo {

    /**
     * The scope document, YAML or JSON. When not set, the first of {@code src/ml/scope.yaml},
     * {@code src/ml/scope.yml} and {@code src/ml/scope.json} that exists.
     */
    @Parameter(property = "mlgate.scopeFile")
    private File scopeFile;

    /** Skips the scope gate alone. */
    @Parameter(property = "mlgate.scope.skip", defaultValue = "false")
    private boolean skipScope;

    @Override
    protected String gateName() {
        return ScopeGate.NAME;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipScope;
    }

    @Override
    protected List<GateRun> runGates(Path projectDirectory, GatePolicy policy) {
        Path file = scopeFile != null ? scopeFile.toPath() : null;
        return ranNow(new ScopeGate().run(new ScopeRequest(projectDirectory, file, policy)));
    }
}
