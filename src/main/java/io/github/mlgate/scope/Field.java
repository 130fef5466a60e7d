package io.github.mlgate.scope;

/**
 * A key of the scope document.
 *
 * @param name the key, in camelCase
 * @param shape what its value must look like
 * @param required whether the key must be present and non-empty
 * @param question the question the value answers; shown when it is missing and published in the JSON Schema
 */
record Field(String name, Shape shape, boolean required, String question) {}
