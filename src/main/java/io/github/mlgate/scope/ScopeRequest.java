package io.github.mlgate.scope;

import io.github.mlgate.gate.GatePolicy;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the scope gate needs to run.
 *
 * @param projectDirectory the project's base directory; relative paths and the default locations resolve against it
 * @param scopeFile the scope document the user configured, or null to look for {@code src/ml/scope.yaml}, then
 *     {@code .yml}, then {@code .json}
 * @param policy what counts as a violation
 */
public record ScopeRequest(Path projectDirectory, Path scopeFile, GatePolicy policy) {

    /** Checks the required parts. */
    public ScopeRequest {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(policy, "policy");
    }
}
