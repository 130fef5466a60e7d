/**
 * The data stage's gate: {@link io.github.mlgate.data.DataGate} reads the data package descriptor ({@code DataPackage},
 * {@code DescriptorKeys}), checks each resource where it lives (streamed by {@code data.stream}, or compiled to SQL by
 * {@code data.engine}), then the foreign keys and the splits, and gives one {@code GateResult}. The request ({@code
 * DataRequest}) and the sessions an engine's resources share ({@code SharedSessions}) live here, as do the samples the
 * deployment stage reads ({@code DataSamples}).
 *
 * <p>The stage's rooms, bottom up; each may use only those above it in this list:
 *
 * <ul>
 *   <li>{@code data.schema}: the Table Schema model: fields, types, formats, constraints, casts, inference.
 *   <li>{@code data.resource}: one resource as every room sees it, and what checking it gives.
 *   <li>{@code data.profile}, {@code data.split}: mergeable profile parts; split hygiene.
 *   <li>{@code data.stream}: the streaming hot path for CSV and JSON Lines.
 *   <li>{@code data.engine}: the engine contract and the one compiler from a Table Schema to SQL; its drivers in
 *       {@code data.engine.jdbc}, {@code data.engine.duckdb}, {@code data.engine.spark}.
 * </ul>
 *
 * <p>May depend on: {@code gate}, {@code document}, {@code csv} (the CSV reader), {@code drift}, and every room of the
 * stage: {@code data.schema}, {@code data.resource}, {@code data.profile}, {@code data.split}, {@code data.stream},
 * {@code data.engine}, {@code data.engine.duckdb}, {@code data.engine.jdbc}, {@code data.engine.spark}. Never on the
 * build tool, nor on other stages.
 */
package io.github.mlgate.data;
