/**
 * Delimited text read as records: the streaming, byte-level CSV reader ({@link io.github.mlgate.csv.CsvReader}), its
 * {@link io.github.mlgate.csv.Dialect}, and {@link io.github.mlgate.csv.Rows}, what every record source offers, and
 * {@link io.github.mlgate.csv.AsciiNumbers}, decimal numbers read from a cell's bytes. Shared
 * by the data gate (data files) and the evaluation gate (predictions, latencies).
 *
 * <p>May depend on: the JDK alone. Never on the build tool, nor on any stage.
 */
package io.github.mlgate.csv;
