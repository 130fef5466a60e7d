package io.github.mlgate.scope;

import io.github.mlgate.document.DocumentSchema;

/**
 * The JSON Schema (draft 2020-12) of the scope document, generated from the same model the gate checks, for editors'
 * completion and validation. It is shipped in the plugin jar as {@value #RESOURCE} and in {@code docs/}; a unit test
 * keeps both copies equal to {@link #generate()}.
 *
 * <p>Two rules are the gate's alone, because JSON Schema cannot state them: placeholder answers, and {@code min <=
 * max} in a model criterion. Unknown keys are allowed by the schema, as the gate only warns about them.
 */
public final class ScopeSchema {

    /** Where the schema is in the plugin jar. */
    public static final String RESOURCE = "/io/github/mlgate/scope/scope.schema.json";

    private ScopeSchema() {}

    /**
     * Generates the schema.
     *
     * @return the schema as indented JSON with a final newline
     */
    public static String generate() {
        return DocumentSchema.generate(
                "mlgate scope document",
                "The scope of a machine-learning project: the problem, why ML, inputs and outputs, objectives,"
                        + " success criteria, risks, costs and baselines. Checked by the mlgate:scope goal.",
                ScopeModel.DOCUMENT);
    }
}
