/**
 * The data stage: the data package descriptor, Table Schemas, the streaming CSV and JSON Lines readers, the checks and
 * profiles of the {@code data} gate; and its SQL path for data checked where they are (Parquet files, database tables
 * and queries): the engines a descriptor declares ({@link io.github.mlgate.data.EngineSpec}), the one compiler from a
 * Table Schema to SQL ({@code SqlChecks}, {@code SqlProfiles}) and each engine's dialect ({@code SqlDialect}).
 *
 * <p>May depend on: {@code gate}, {@code document}, {@code csv} (the CSV reader), {@code drift}; Jackson, Apache DataSketches and {@code java.sql}
 * (engines' drivers come through {@link io.github.mlgate.data.SqlEngines}, never at compile time). Never on the build
 * tool, nor on other stages.
 */
package io.github.mlgate.data;
