/**
 * The Table Schema model the data stage checks against: a schema ({@link io.github.mlgate.data.schema.TableSchema}) of
 * fields ({@code SchemaField}) with their types ({@code SchemaType}, {@code FieldType}), formats ({@code Strptime},
 * {@code FixedPattern}), constraints and their messages ({@code ConstraintMessages}), foreign keys; the fast casts from
 * bytes ({@code AsciiCast}, {@code ByteStrings}); the value hashes every room agrees on ({@code ValueHashes}) and the
 * map keyed by them ({@code LongIntMap}); and a schema inferred from data ({@code SchemaInference}).
 *
 * <p>May depend on: {@code gate}, {@code document} (descriptor locations), {@code csv} (the reader inference samples
 * with). Nothing else of the data stage: every other room stands on this one.
 */
package io.github.mlgate.data.schema;
