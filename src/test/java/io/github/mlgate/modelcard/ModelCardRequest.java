package io.github.mlgate.modelcard;

import io.github.mlgate.gate.GatePolicy;
import java.nio.file.Path;

/**
 * What the model-card gate needs: the worked example of docs/development.md, "Adding a gate".
 *
 * @param projectDirectory the project's base directory
 * @param card the model card, relative to the project
 * @param policy what counts as a violation
 */
public record ModelCardRequest(Path projectDirectory, Path card, GatePolicy policy) {}
