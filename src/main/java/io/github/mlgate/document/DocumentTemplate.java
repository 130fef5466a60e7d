package io.github.mlgate.document;

import io.github.mlgate.gate.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A document the user writes, as {@code mlgate:init} writes it: a commented template whose comments ask the questions
 * each section answers and whose values are prompts in angle brackets, which the document's gate rejects as
 * placeholders until they are replaced; and where the gates look for the document when none is configured.
 *
 * @param resource where the template is in the plugin jar
 * @param locations where the document is looked for when none is configured, relative to the project, in this order
 */
public record DocumentTemplate(String resource, java.util.List<String> locations) {

    /** The scope document. */
    public static final DocumentTemplate SCOPE = new DocumentTemplate(
            "/io/github/mlgate/scope/scope-template.yaml",
            java.util.List.of("src/ml/scope.yaml", "src/ml/scope.yml", "src/ml/scope.json"));

    /**
     * The deployment document. Its locations live here, beside the scope's, because the evaluation gate must know
     * whether a deployment document exists without depending on the deployment stage's package.
     */
    public static final DocumentTemplate DEPLOYMENT = new DocumentTemplate(
            "/io/github/mlgate/deployment/deployment-template.yaml",
            java.util.List.of("src/ml/deployment.yaml", "src/ml/deployment.yml", "src/ml/deployment.json"));

    /**
     * The template's text.
     *
     * @return the YAML text
     */
    public String text() {
        try (InputStream in = DocumentTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The plugin jar lacks " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the template, creating parent directories, whole or not at all; an existing file is replaced, so the
     * caller decides whether it may be.
     *
     * @param target where to write it
     * @throws IOException when the file cannot be written
     */
    public void write(Path target) throws IOException {
        AtomicFiles.write(target, text());
    }
}
