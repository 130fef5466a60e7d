package io.github.mlgate.scope;

import io.github.mlgate.gate.Location;

/**
 * A baseline of the scope document ({@code baselines[]}) with the evidence the baseline gate reads.
 *
 * @param name its name
 * @param kind heuristic, model, human, previous-release or published
 * @param location where it is in the file
 * @param metrics a metrics file, or null
 * @param predictions a predictions file, or null
 * @param artifact {@code groupId:artifactId[:versionRange]}, or null
 */
public record Baseline(
        String name, String kind, Location location, String metrics, String predictions, String artifact) {}
