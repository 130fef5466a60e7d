package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.mlgate.data.stream.ChunkedFile;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cells written to cost a gate exponential or quadratic time fail with a message, in bounded time, on the byte path (a
 * file read in chunks) and the text path (a small file) alike.
 */
class HostileCellsTest {

    @TempDir
    Path project;

    /** {@code (.*a){12}$} backtracks exponentially on a run of a's that ends otherwise: minutes for 37 characters. */
    @ParameterizedTest(name = "file read in chunks: {0}")
    @ValueSource(booleans = {false, true})
    void aPatternThatBacktracksWithoutEndFailsTheCellNamingThePattern(boolean chunked) throws IOException {
        StringBuilder csv = new StringBuilder("id,code\n");
        csv.append("1,").append("a".repeat(36)).append("b\n");
        csv.append("2,\u00e9").append("a".repeat(35)).append("b\n"); // not ASCII: the decoded path
        csv.append("3,aaaaaaaaaaaa\n");
        for (int i = 4; i <= 1500; i++) {
            csv.append(i).append(",aaaaaaaaaaaaa\n");
        }
        GateResult result =
                run(csv, "        - {name: code, type: string, constraints: {pattern: '(.*a){12}$'}}\n", chunked);

        String tooCostly = "cannot be matched against the pattern (.*a){12}$ within its budget of steps (the pattern"
                + " backtracks too much on this cell; avoid nested repetition such as (.*a)*)";
        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        tuple(
                                "constraint-error",
                                "Resource 'rows' row 2, field 2 'code': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab' "
                                        + tooCostly + "."),
                        tuple(
                                "constraint-error",
                                "Resource 'rows' row 3, field 2 'code': '\u00e9aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab' "
                                        + tooCostly + "."));
    }

    /** BigInteger reads text in quadratic time; past Python's 4,300 digits the cell is not an integer mlgate reads. */
    @ParameterizedTest(name = "file read in chunks: {0}")
    @ValueSource(booleans = {false, true})
    void anIntegerOfMoreThan4300DigitsIsATypeError(boolean chunked) throws IOException {
        StringBuilder csv = new StringBuilder("id,count\n");
        csv.append("1,").append("9".repeat(4300)).append('\n');
        csv.append("2,-").append("9".repeat(4301)).append('\n');
        csv.append("3,").append("7".repeat(3_000_000)).append('\n');
        for (int i = 4; i <= 1500; i++) {
            csv.append(i).append(",12\n");
        }
        GateResult result = run(csv, "        - {name: count, type: integer}\n", chunked);

        assertThat(result.violations())
                .extracting(Finding::code, finding -> finding.message().replaceAll("'[-0-9.]+'", "'...'"))
                .containsExactly(
                        tuple(
                                "type-error",
                                "Resource 'rows' row 3, field 2 'count': '...' is not an integer of at most 4,300"
                                        + " digits (type integer)."),
                        tuple(
                                "type-error",
                                "Resource 'rows' row 4, field 2 'count': '...' is not an integer of at most 4,300"
                                        + " digits (type integer)."));
    }

    /** A schema too wide for the memory the profiles may take fails before a row is read, not out of memory after. */
    @org.junit.jupiter.api.Test
    void aResourceTooWideForTheMemoryFailsBeforeReading() throws IOException {
        StringBuilder fields = new StringBuilder();
        StringBuilder header = new StringBuilder("id");
        for (int i = 1; i <= 300; i++) {
            fields.append("        - {name: c").append(i).append(", type: number}\n");
            header.append(",c").append(i);
        }
        Path data = project.resolve("data/rows.csv");
        Files.createDirectories(data.getParent());
        Files.writeString(data, header + "\n");
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(
                project.resolve("src/ml/datapackage.yaml"),
                "resources:\n  - name: rows\n    path: ../../data/rows.csv\n    schema:\n      fields:\n"
                        + "        - {name: id, type: integer}\n" + fields);

        // 301 fields in two lanes: 2 x 301 x (40 KB + 664 exact values x 240 bytes) = 115 MiB.
        GateResult result = new DataGate(ChunkedFile.Chunking.DEFAULT, 64L << 20)
                .run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT));

        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(tuple(
                        "resource-error",
                        "Resource 'rows' has 301 fields: profiling them needs about 115 MiB, more than the 64 MiB the"
                                + " data gate may take for profiles (half the memory this build may use). Give Maven"
                                + " more memory (MAVEN_OPTS=-Xmx1g), or split the resource into narrower ones."));
    }

    /** A small gzip that unpacks to a line of zeros without end stops at the record bound, not at the heap's. */
    @org.junit.jupiter.api.Test
    void aCompressedFileOfZerosWithoutALineBreakStopsAtTheBound() throws IOException {
        Path data = project.resolve("data/rows.csv.gz");
        Files.createDirectories(data.getParent());
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(data))) {
            out.write("id\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        assertThat(Files.size(data)).isLessThan(1 << 20);
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(
                project.resolve("src/ml/datapackage.yaml"),
                "resources:\n  - name: rows\n    path: ../../data/rows.csv.gz\n    schema:\n      fields:\n"
                        + "        - {name: id, type: integer}\n");

        GateResult result = new DataGate()
                .run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT).reading(4L << 20, false));

        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(tuple(
                        "source-error",
                        "Resource 'rows': data/rows.csv.gz line 2: a record longer than 4.0 MiB (set by"
                                + " mlgate.data.maxRecordBytes); the file is not read on. A line break or a closing"
                                + " quote may be missing."));
    }

    private GateResult run(CharSequence csv, String field, boolean chunked) throws IOException {
        Path data = project.resolve("data/rows.csv");
        Files.createDirectories(data.getParent());
        Files.writeString(data, csv);
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(
                project.resolve("src/ml/datapackage.yaml"),
                "resources:\n  - name: rows\n    path: ../../data/rows.csv\n    schema:\n      fields:\n"
                        + "        - {name: id, type: integer}\n" + field);
        return new DataGate(new ChunkedFile.Chunking(chunked ? 0 : Long.MAX_VALUE, 4096))
                .run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT));
    }
}
