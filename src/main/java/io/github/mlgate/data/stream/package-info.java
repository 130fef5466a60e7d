/**
 * The streaming hot path, kept together: {@link io.github.mlgate.data.stream.ResourceValidator} reads a resource's
 * files (CSV through the {@code csv} reader, in chunks on every core with {@code ChunkedFile}; JSON Lines with {@code
 * JsonLinesReader}; other encodings through {@code TranscodingInputStream}), casts and profiles each batch of rows on
 * the workers ({@code Workers}, {@code CellCaster}), then checks them in file order ({@code RowChecks}: header,
 * primary and unique keys, duplicate rows, foreign keys, split keys). A database without a dialect gives its rows
 * through {@code ResourceValidator.RowSource}, so the engines' drivers stay out of this room.
 *
 * <p>May depend on: {@code gate}, {@code document}, {@code csv}, {@code data.schema}, {@code data.resource}, {@code
 * data.profile}, {@code data.split}.
 */
package io.github.mlgate.data.stream;
