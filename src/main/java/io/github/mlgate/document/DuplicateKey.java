package io.github.mlgate.document;

import io.github.mlgate.gate.Location;

/**
 * A key that appears twice in one mapping. The reader keeps the first value; the second is reported.
 *
 * @param path the key's path
 * @param location where the second occurrence is
 * @param first where the first occurrence is
 */
public record DuplicateKey(NodePath path, Location location, Location first) {}
