/**
 * Data checked where they are (Parquet files, database tables and queries): the engines a descriptor declares and
 * what it may ask of them ({@code Engines}, {@code DescriptorEngineRules}, {@code QueryVetting}); the contract every
 * engine answers ({@link io.github.mlgate.data.engine.SqlEngines} connects, {@code Sessions} and {@code SqlSession}
 * query, {@code ColumnKind} says what a column holds); the one compiler from a Table Schema to SQL ({@code SqlChecks},
 * {@code SqlProfiles}) with each engine's dialect ({@code SqlDialect}, sealed: {@code DuckDbDialect}, {@code
 * PostgresDialect}, {@code SparkDialect}); and the checks that run it ({@code EngineValidator}, {@code EngineSplits}).
 * The drivers live in rooms of their own that use this one: {@code data.engine.jdbc}, {@code data.engine.duckdb},
 * {@code data.engine.spark}.
 *
 * <p>May depend on: {@code gate}, {@code document}, {@code csv}, {@code data.schema}, {@code data.resource}, {@code
 * data.profile}, {@code data.split}, {@code data.stream} (the caster that reads an engine's failing cells as the
 * streaming path does); Jackson and {@code java.sql} (engines' drivers come through {@code SqlEngines}, never at
 * compile time). Never on its drivers: the gate chooses them.
 */
package io.github.mlgate.data.engine;
