/**
 * Split hygiene: the keys each split's rows carry ({@code SplitKeyCollection}, {@code SplitCollector}) and the checks
 * between splits ({@link io.github.mlgate.data.split.SplitChecks}): rows shared between train and test, sizes and
 * proportions, and the label's distribution across splits.
 *
 * <p>May depend on: {@code gate}, {@code drift} (how far two label distributions are), {@code data.schema}, {@code
 * data.resource}.
 */
package io.github.mlgate.data.split;
