package io.github.mlgate.deployment;

import io.github.mlgate.document.DocumentSchema;

/**
 * The JSON Schema (draft 2020-12) of the deployment document, generated from the same model the gates check, for
 * editors' completion and validation. It is shipped in the plugin jar as {@value #RESOURCE} and in {@code docs/}; a
 * unit test keeps both copies equal to {@link #generate()}.
 */
public final class DeploymentSchema {

    /** Where the schema is in the plugin jar. */
    public static final String RESOURCE = "/io/github/mlgate/deployment/deployment.schema.json";

    private DeploymentSchema() {}

    /**
     * Generates the schema.
     *
     * @return the schema as indented JSON with a final newline
     */
    public static String generate() {
        return DocumentSchema.generate(
                "mlgate deployment document",
                "How a machine-learning model is served, watched in production and withdrawn. Checked by the"
                        + " mlgate:monitor goal.",
                DeploymentModel.DOCUMENT);
    }
}
