/**
 * A field's profile as small mergeable parts: counts and moments ({@code Moments}), extremes ({@code Extremes}),
 * quantiles ({@code QuantileSketch}, Apache DataSketches), frequent and distinct values ({@code ValueCounts}), and the
 * histogram the drift checks compare ({@code Distribution}). {@link io.github.mlgate.data.profile.FieldProfile} holds
 * one field's parts; {@code ProfileLanes} keeps one set per lane of the streaming path and merges them in a fixed
 * order, so a profile is the same whatever the number of cores.
 *
 * <p>May depend on: {@code data.schema}, {@code data.resource}. Both the streaming path and the engines fill these
 * parts; nothing here reads a file or a database.
 */
package io.github.mlgate.data.profile;
