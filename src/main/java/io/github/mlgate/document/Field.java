package io.github.mlgate.document;

/**
 * A key of a document that mlgate checks against a model of its keys.
 *
 * @param name the key, in camelCase
 * @param shape what its value must look like
 * @param required whether the key must be present and non-empty
 * @param question the question the value answers; shown when it is missing and published in the JSON Schema
 */
public record Field(String name, Shape shape, boolean required, String question) {}
