/**
 * YAML and JSON documents read with the line and column of every node, for findings that point at the input.
 *
 * <p>May depend on: {@code gate} (locations); Jackson. Never on the build tool, nor on any stage.
 */
package io.github.mlgate.document;
