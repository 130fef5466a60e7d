/**
 * The data stage: the data package descriptor, Table Schemas, the streaming CSV reader and the checks of the
 * {@code data} gate.
 */
package io.github.mlgate.data;
