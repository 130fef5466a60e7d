package io.github.mlgate.document;

import io.github.mlgate.gate.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A commented template that {@code mlgate:init} writes: its comments ask the questions each section answers; its
 * values are prompts in angle brackets, which the document's gate rejects as placeholders until they are replaced.
 *
 * @param resource where the template is in the plugin jar
 */
public record DocumentTemplate(String resource) {

    /** The scope document's template. */
    public static final DocumentTemplate SCOPE = new DocumentTemplate("/io/github/mlgate/scope/scope-template.yaml");

    /** The deployment document's template. */
    public static final DocumentTemplate DEPLOYMENT =
            new DocumentTemplate("/io/github/mlgate/deployment/deployment-template.yaml");

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
