/**
 * The scope stage: the scope document ({@code src/ml/scope.yaml}), its model, its JSON Schema, its template and the
 * checks of the {@code scope} gate.
 */
package io.github.mlgate.scope;
