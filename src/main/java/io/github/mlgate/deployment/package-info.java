/**
 * The deployment stage: the deployment document (serving, monitoring, rollback), and the {@code monitor} gate that
 * measures the drift of production data from the data the model learnt from.
 *
 * <p>May depend on: {@code gate}, {@code document}, {@code csv} (the monitor's predictions), {@code drift},
 * {@code data} and {@code data.resource} (to read resources), {@code scope} (the criteria's shape), {@code evaluation} (the criteria judged as
 * the evaluation judges them); Jackson. Never on the build tool.
 */
package io.github.mlgate.deployment;
