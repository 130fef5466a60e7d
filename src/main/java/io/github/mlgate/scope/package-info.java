/**
 * The scope stage: the scope document ({@code src/ml/scope.yaml}), its model, its JSON Schema, its template and the
 * checks of the {@code scope} gate.
 *
 * <p>May depend on: {@code gate}, {@code document}; Jackson. Never on the build tool, nor on later stages.
 */
package io.github.mlgate.scope;
