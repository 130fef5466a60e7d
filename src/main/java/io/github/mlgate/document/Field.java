package io.github.mlgate.document;

/**
 * A key of a document that mlgate checks against a model of its keys.
 *
 * @param name the key, in camelCase
 * @param shape what its value must look like
 * @param required whether the key must be present and non-empty
 * @param question the question the value answers; shown when it is missing and published in the JSON Schema
 */
public record Field(String name, Shape shape, boolean required, String question) {

    /**
     * A key that must be present and answered.
     *
     * @param name the key
     * @param shape what its value must look like
     * @param question the question it answers
     * @return the field
     */
    public static Field required(String name, Shape shape, String question) {
        return new Field(name, shape, true, question);
    }

    /**
     * A key that may be left out.
     *
     * @param name the key
     * @param shape what its value must look like
     * @param question the question it answers
     * @return the field
     */
    public static Field optional(String name, Shape shape, String question) {
        return new Field(name, shape, false, question);
    }
}
