package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mlgate.data.stream.ChunkedFile;
import io.github.mlgate.data.stream.JsonLinesReader;
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
 * pass over it, a JSON Lines file gives rows or an I/O error, never another exception, a Parquet file is read or
 * fails its resource with a finding, and any engine section is read or refused without showing a password. The corpora in
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

    private static final Path PARQUET = project("resources:\n  - name: rows\n    path: ../../data/rows.parquet\n");

    private static final Path ENGINES = project("");

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

    /**
     * Any bytes in a Parquet resource: the gate reads them or fails the resource with a finding, never with an
     * exception, and no message shows the project's absolute path (a file is named as the project names it).
     */
    @FuzzTest(maxDuration = "60s")
    void anyParquetBytesAreReadOrFailTheResource(byte[] bytes) throws IOException {
        Files.write(PARQUET.resolve("data/rows.parquet"), bytes);

        GateResult result = new DataGate().run(new DataRequest(PARQUET, null, 100, null, GatePolicy.DEFAULT));

        assertThat(result.findings()).noneMatch(finding -> finding.code().equals("gate-error"));
        assertThat(result.findings())
                .extracting(Finding::message)
                .noneMatch(message -> message.contains(PARQUET.toAbsolutePath().toString()));
    }

    /**
     * Any engine section a data package may hold: it is read into an engine or refused with a finding, never with an
     * exception, and a password written into its URL or options appears in no finding.
     */
    @FuzzTest(maxDuration = "60s")
    void anyEngineSectionIsReadOrRefusedAndShowsNoPassword(FuzzedDataProvider data) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode engine = json.createObjectNode();
        engine.put("type", data.pickValue(new String[] {"duckdb", "jdbc", "spark", data.consumeString(8)}));
        String secret = "Pw" + Integer.toHexString(data.consumeInt()) + "zZ";
        String url = data.consumeString(60);
        // The password goes where URLs carry one: a parameter, Oracle's user/password@, or user information.
        engine.put("url", data.pickValue(new String[] {
            url,
            url + "?password=" + secret,
            "jdbc:oracle:thin:scott/" + secret + "@" + url,
            "jdbc:postgresql://u:" + secret + "@" + url
        }));
        List<String> free = new java.util.ArrayList<>(List.of(url));
        com.fasterxml.jackson.databind.node.ObjectNode options = engine.putObject("options");
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            String name = data.consumeString(20);
            String value = data.consumeString(20);
            free.addAll(List.of(name, value));
            options.put(name, value);
        }
        if (data.consumeBoolean()) {
            options.put(data.pickValue(new String[] {"password", "PWD", "apiToken", "Secret"}), secret);
        }
        com.fasterxml.jackson.databind.node.ObjectNode root = json.createObjectNode();
        root.putObject("mlgate").putObject("engines").set("e", engine);
        com.fasterxml.jackson.databind.node.ObjectNode resource =
                root.putArray("resources").addObject().put("name", "t");
        String place = data.consumeRemainingAsString();
        free.add(place);
        resource.putObject("mlgate").put("engine", "e").put(place.length() % 2 == 0 ? "table" : "query", place);
        resource.putObject("schema").putArray("fields").addObject().put("name", "id");
        if (free.stream().anyMatch(text -> text.contains(secret))) {
            return; // The fuzzer wrote the password where no password goes (a table name, say): not the question.
        }
        Path descriptor = ENGINES.resolve("src/ml/datapackage.json");
        Files.writeString(descriptor, json.writeValueAsString(root));

        io.github.mlgate.gate.Findings findings = new io.github.mlgate.gate.Findings();
        try {
            DataPackage.read(
                    io.github.mlgate.document.DocumentReader.read(descriptor, "src/ml/datapackage.json"),
                    descriptor,
                    ENGINES,
                    false,
                    java.util.Map.of(),
                    findings);
        } catch (io.github.mlgate.document.DocumentException e) {
            return; // Text the reader refuses, with its own message: not an engine section.
        }

        assertThat(findings.list())
                .as("%s", engine)
                .extracting(Finding::message)
                .noneMatch(message -> message.contains(secret));
    }

    private static GateResult run(ChunkedFile.Chunking chunking) {
        return new DataGate(chunking)
                .run(new DataRequest(PROJECT, null, 1000, null, GatePolicy.DEFAULT).reading(4096, false));
    }

    private static Path project() {
        return project("resources:\n  - name: rows\n    path: ../../data/rows.csv\n");
    }

    /** A project in a temporary folder, with a data package of one resource of the test's schema, or none. */
    private static Path project(String resource) {
        try {
            Path project = Files.createTempDirectory("mlgate-fuzz");
            Files.createDirectories(project.resolve("data"));
            Files.createDirectories(project.resolve("src/ml"));
            if (!resource.isEmpty()) {
                Files.writeString(project.resolve("src/ml/datapackage.yaml"), resource + SCHEMA);
            }
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
