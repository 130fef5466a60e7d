package io.github.mlgate.scope;

import io.github.mlgate.gate.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The commented scope template that {@code mlgate:init} writes. Its comments ask the questions each section answers;
 * its values are prompts in angle brackets, which the scope gate rejects as placeholders until they are replaced.
 */
public final class ScopeTemplate {

    private static final String RESOURCE = "/io/github/mlgate/scope/scope-template.yaml";

    private ScopeTemplate() {}

    /**
     * The template's text.
     *
     * @return the YAML text
     */
    public static String text() {
        try (InputStream in = ScopeTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The plugin jar lacks " + RESOURCE);
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
    public static void write(Path target) throws IOException {
        AtomicFiles.write(target, text());
    }
}
