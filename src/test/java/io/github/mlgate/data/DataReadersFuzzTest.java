package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The data gate's readers, for any bytes: a file read in chunks on several threads gives exactly the findings of one
 * pass over it, and a JSON Lines file gives rows or an I/O error, never another exception. The corpora in
 * {@code DataReadersFuzzTestInputs} run with every build; {@code ./mvnw -Pfuzz} fuzzes.
 */
class DataReadersFuzzTest {

    private static final String SCHEMA = "    schema:\n"
            + "      primaryKey: id\n"
            + "      fields:\n"
            + "        - {name: id, type: integer}\n"
            + "        - {name: day, type: date}\n"
            + "        - {name: amount, type: number, constraints: {minimum: 0}}\n"
            + "        - {name: code, type: string, constraints: {pattern: '[A-Z]+[0-9]?'}}\n";

    private static final Path PROJECT = project();

    @FuzzTest(maxDuration = "120s")
    void chunksGiveTheFindingsOfOnePass(FuzzedDataProvider data) throws IOException {
        int chunk = data.consumeInt(8, 256);
        Files.write(PROJECT.resolve("data/rows.csv"), data.consumeRemainingAsBytes());

        GateResult onePass = run(new ChunkedFile.Chunking(Long.MAX_VALUE, 1));
        GateResult chunked = run(new ChunkedFile.Chunking(0, chunk));

        List<Finding> expected = onePass.findings();
        assertThat(chunked.findings()).containsExactlyElementsOf(expected);
    }

    @FuzzTest(maxDuration = "60s")
    void jsonLinesGiveRowsOrAnIoError(byte[] bytes) {
        try (JsonLinesReader reader =
                new JsonLinesReader(new ByteArrayInputStream(bytes), List.of("id", "day", "amount"), 4096)) {
            while (reader.next()) {
                for (int i = 0; i < reader.fields(); i++) {
                    assertThat(reader.text(i)).isNotNull();
                }
            }
        } catch (IOException e) {
            // Bytes that are not UTF-8, or a line past the bound: the gate reports these as the file's error.
        }
    }

    private static GateResult run(ChunkedFile.Chunking chunking) {
        return new DataGate(chunking)
                .run(new DataRequest(PROJECT, null, 1000, null, GatePolicy.DEFAULT).reading(4096, false));
    }

    private static Path project() {
        try {
            Path project = Files.createTempDirectory("mlgate-fuzz");
            Files.createDirectories(project.resolve("data"));
            Files.createDirectories(project.resolve("src/ml"));
            Files.writeString(
                    project.resolve("src/ml/datapackage.yaml"),
                    "resources:\n  - name: rows\n    path: ../../data/rows.csv\n" + SCHEMA);
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
