/**
 * The Spark driver side: a driver JVM started beside the build ({@link io.github.mlgate.data.engine.spark.SparkFork}),
 * the program it runs ({@code SparkDriver}, which reaches Spark by reflection, so Spark is never on the plugin's class
 * path) and the line protocol between them ({@code SparkWire}).
 *
 * <p>May depend on: {@code gate}, {@code data.resource}, {@code data.engine}.
 */
package io.github.mlgate.data.engine.spark;
