/**
 * The boundary an embedded DuckDB keeps ({@link io.github.mlgate.data.engine.duckdb.DuckDbSandbox}): no external
 * access but the data roots, no extension loaded, UTC, spills under the build's output, and settings locked before
 * anything of the data package runs. DuckDB enforces the boundary; our code does not filter SQL text.
 *
 * <p>May depend on: nothing of mlgate; {@code java.sql}.
 */
package io.github.mlgate.data.engine.duckdb;
