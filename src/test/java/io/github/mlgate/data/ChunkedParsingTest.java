package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.data.stream.ChunkedFile;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.TestJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file parsed in chunks on several threads gives exactly the findings, counts and exact profile values of one pass
 * over it, with chunks small enough that their nominal boundaries fall inside quoted line breaks, doubled quotes,
 * multi-byte characters, bytes that are not UTF-8, CRLF pairs and blank lines.
 */
class ChunkedParsingTest {

    private static final String SCHEMA = "    schema:\n"
            + "      primaryKey: id\n"
            + "      fields:\n"
            + "        - {name: id, type: integer}\n"
            + "        - {name: at, type: datetime}\n"
            + "        - {name: day, type: date}\n"
            + "        - {name: amount, type: number, constraints: {minimum: 0}}\n"
            + "        - {name: active, type: boolean}\n"
            + "        - {name: note, type: string}\n"
            + "        - {name: code, type: string, constraints: {pattern: '[A-Z]{2}[0-9]'}}\n";

    @TempDir
    Path project;

    @ParameterizedTest(name = "line ends {0}, byte-order mark {1}, chunks of {2} bytes")
    @CsvSource({"LF, false, 97", "CRLF, false, 61", "LF, true, 1024", "CRLF, true, 13"})
    void chunksGiveTheFindingsOfOnePass(String lineEnd, boolean bom, int chunk) throws IOException {
        write(lineEnd.equals("CRLF") ? "\r\n" : "\n", bom);

        GateResult onePass = run(new ChunkedFile.Chunking(Long.MAX_VALUE, 1));
        GateResult chunked = run(new ChunkedFile.Chunking(0, chunk));

        List<Finding> expected = onePass.findings();
        assertThat(expected)
                .extracting(Finding::code)
                .contains("type-error", "primary-key", "blank-row", "extra-cell", "encoding-error");
        assertThat(chunked.findings()).containsExactlyElementsOf(expected);
        JsonNode one = TestJson.section(onePass, "data").get(0);
        JsonNode many = TestJson.section(chunked, "data").get(0);
        assertThat(many.get("rows")).isEqualTo(one.get("rows"));
        assertThat(many.get("errors")).isEqualTo(one.get("errors"));
        ProfilesAgree.assertProfilesAgree(one, many);
    }

    /** A quoted cell larger than several chunks: the chunks inside it have no record of their own. */
    @org.junit.jupiter.api.Test
    void aCellLargerThanAChunkIsOneCell() throws IOException {
        StringBuilder csv = new StringBuilder("id,at,day,amount,active,note,code\n");
        csv.append("1,2024-01-01T00:00:00Z,2024-01-01,1.5,true,\"")
                .append("x,\n".repeat(3000))
                .append("\",AB1\n");
        for (int i = 2; i <= 50; i++) {
            csv.append(i).append(",2024-01-01T00:00:00Z,2024-01-01,1.5,true,note,AB1\n");
        }
        writeEvents(csv);

        GateResult chunked = run(new ChunkedFile.Chunking(0, 1024));

        assertThat(chunked.violations()).isEmpty();
        assertThat(TestJson.section(chunked, "data").at("/0/rows").asLong()).isEqualTo(50);
    }

    /** A file with no line break after its header: both paths stop at the bound with the same source-error. */
    @org.junit.jupiter.api.Test
    void aRecordWithoutAnEndFailsTheFileAtTheBoundInBothPaths() throws IOException {
        StringBuilder csv = new StringBuilder("id,at,day,amount,active,note,code\n");
        for (int i = 1; i <= 40; i++) {
            csv.append(i).append(",2024-01-01T00:00:00Z,2024-01-01,1.5,true,note,AB1\n");
        }
        csv.append("41,2024-01-01T00:00:00Z,2024-01-01,1.5,true,\"").append("0".repeat(300_000));
        writeEvents(csv);

        GateResult onePass = new DataGate(new ChunkedFile.Chunking(Long.MAX_VALUE, 1))
                .run(new DataRequest(project, null, 1000, null, GatePolicy.DEFAULT).reading(100_000, false));
        GateResult chunked = new DataGate(new ChunkedFile.Chunking(0, 4096))
                .run(new DataRequest(project, null, 1000, null, GatePolicy.DEFAULT).reading(100_000, false));

        String expected = "Resource 'events': data/events.csv line 42: a record longer than 100,000 bytes (set by"
                + " mlgate.data.maxRecordBytes); the file is not read on. A line break or a closing quote may be"
                + " missing.";
        assertThat(onePass.violations()).extracting(Finding::message).contains(expected);
        assertThat(chunked.violations()).extracting(Finding::message).contains(expected);
    }

    /** Writes data/events.csv and a data package describing it with {@link #SCHEMA}. */
    private void writeEvents(CharSequence csv) throws IOException {
        Path data = project.resolve("data/events.csv");
        Files.createDirectories(data.getParent());
        Files.writeString(data, csv);
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(descriptor, "resources:\n  - name: events\n    path: ../../data/events.csv\n" + SCHEMA);
    }

    private GateResult run(ChunkedFile.Chunking chunking) {
        return new DataGate(chunking).run(new DataRequest(project, null, 1000, null, GatePolicy.DEFAULT));
    }

    /** 600 rows, seeded, with an error or an awkward value in about one row in six. */
    private void write(String eol, boolean bom) throws IOException {
        SplittableRandom random = new SplittableRandom(20261126);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        StringBuilder text = new StringBuilder("id,at,day,amount,active,note,code").append(eol);
        for (int i = 1; i <= 600; i++) {
            int id = random.nextInt(12) == 0 ? i - 1 : i;
            String amount = random.nextInt(15) == 0
                    ? "-" + random.nextInt(9)
                    : random.nextInt(1000) + "." + random.nextInt(100);
            String note =
                    switch (random.nextInt(8)) {
                        case 0 -> "\"line one" + eol + "line two, with a comma\"";
                        case 1 -> "\"she said \"\"hi\"\"\"";
                        case 2 -> "caf\u00e9 \u00e0 S\u00e3o Paulo";
                        case 3 -> "\"" + eol + eol + "\"";
                        case 4 -> random.nextInt(4) == 0 ? "not \u0001 UTF-8" : "note 4";
                        default -> "note " + random.nextInt(50);
                    };
            String row = id + ",2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9) + "T0" + random.nextInt(9)
                    + ":1" + random.nextInt(6) + ":00Z,2023-1" + random.nextInt(3) + "-0" + (1 + random.nextInt(9))
                    + "," + amount + "," + (random.nextBoolean() ? "true" : "false") + "," + note + ","
                    + (random.nextInt(20) == 0 ? "bad" : "AB" + random.nextInt(10));
            switch (random.nextInt(40)) {
                case 0 -> row = row.replaceFirst(",2023-", ",twenty-");
                case 1 -> row = row + ",extra";
                case 2 -> row = "";
                default -> {}
            }
            text.append(row).append(eol);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 1) {
                bytes[i] = (byte) 0xE9; // a Latin-1 byte in UTF-8 text: an encoding error
            }
        }
        out.write(bytes);
        Path data = project.resolve("data/events.csv");
        Files.createDirectories(data.getParent());
        Files.write(data, out.toByteArray());
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(descriptor, "resources:\n  - name: events\n    path: ../../data/events.csv\n" + SCHEMA);
    }
}
