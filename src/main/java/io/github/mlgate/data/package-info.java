/**
 * The data stage: the data package descriptor, Table Schemas, the streaming CSV and JSON Lines readers, the checks and
 * profiles of the {@code data} gate.
 *
 * <p>May depend on: {@code gate}, {@code document}, {@code drift}; Jackson and Apache DataSketches. Never on the build
 * tool, nor on other stages.
 */
package io.github.mlgate.data;
