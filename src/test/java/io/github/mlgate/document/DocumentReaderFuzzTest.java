package io.github.mlgate.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every scope document, data package, schema and metrics file goes through {@link DocumentReader}: whatever its bytes,
 * it gives a document or a {@link DocumentException} with a code and a place, never another exception. The corpus in
 * {@code DocumentReaderFuzzTestInputs} runs with every build; {@code ./mvnw -Pfuzz} fuzzes.
 */
class DocumentReaderFuzzTest {

    private static final Path DIRECTORY = temporaryDirectory();

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveADocumentOrADocumentException(byte[] bytes) throws IOException {
        for (String name : new String[] {"doc.yaml", "doc.json"}) {
            Path file = DIRECTORY.resolve(name);
            Files.write(file, bytes);
            try {
                LocatedDocument document = DocumentReader.read(file, name);
                assertThat(document.root()).isNotNull();
            } catch (DocumentException e) {
                assertThat(e.code()).isNotBlank();
                assertThat(e.location()).isNotNull();
                assertThat(e.getMessage()).startsWith(name);
            }
        }
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("mlgate-fuzz");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
