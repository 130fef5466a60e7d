/**
 * Drift between two samples of one field: the distances and tests that say whether production data still look like
 * the data the model learnt from (population stability index, Kolmogorov-Smirnov, Wasserstein, Jensen-Shannon,
 * chi-square, L-infinity), each agreeing with SciPy where SciPy has it. The data gate's label drift between splits
 * and the monitor gate's field drift both measure here.
 *
 * <p>May depend on: {@code gate}; Apache Commons Statistics. Never on the build tool, nor on any stage.
 */
package io.github.mlgate.drift;
