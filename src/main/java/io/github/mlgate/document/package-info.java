/**
 * YAML and JSON documents read with the line and column of every node, for findings that point at the input; and
 * the checks shared by the documents users write as answers to questions (the scope and deployment documents): a
 * model of their keys ({@link io.github.mlgate.document.Shape}), the structural checks walked along it, and the JSON
 * Schema generated from it.
 *
 * <p>May depend on: {@code gate} (locations); Jackson. Never on the build tool, nor on any stage.
 */
package io.github.mlgate.document;
