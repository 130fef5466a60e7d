/**
 * The modelling stage's comparison with what came before: the {@code baseline} gate, its comparison rules and their
 * significance tests, and the resolver of earlier releases' metrics (an interface here; Maven's resolver implements it
 * in the adapters).
 *
 * <p>May depend on: {@code gate}, {@code document}, {@code scope} (the comparisons the scope states) and
 * {@code evaluation} (candidate and baselines are measured alike); Jackson. Never on the build tool.
 */
package io.github.mlgate.baseline;
