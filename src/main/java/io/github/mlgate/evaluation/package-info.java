/**
 * The modelling stage's evaluation: predictions read and scored as scikit-learn defines the metrics, metrics files,
 * latencies and model size, bootstrap intervals, and the {@code evaluate} gate that judges the scope's success
 * criteria.
 *
 * <p>May depend on: {@code gate}, {@code document}, {@code scope} (the criteria) and {@code csv} (the CSV reader);
 * Jackson. Never on the build tool, nor on {@code data}.
 */
package io.github.mlgate.evaluation;
