package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.TestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cells read from their bytes (integers and numbers unboxed, plain strings undecoded) give exactly the findings and
 * profiles of cells read from their text. A schema whose missing values include a text no cell holds sends every
 * cell down the text path, so the same file under both schemas compares the two.
 */
class CastPathsAgreeTest {

    private static final String FIELDS = "      fields:\n"
            + "        - {name: id, type: integer, constraints: {unique: true}}\n"
            + "        - {name: small, type: integer, constraints: {minimum: -5, maximum: 50}}\n"
            + "        - {name: level, type: integer, constraints: {enum: [0, 1, 2]}}\n"
            + "        - {name: ratio, type: number, constraints: {minimum: 0, maximum: 1}}\n"
            + "        - {name: weight, type: number, constraints: {enum: [0.5, 1.5, -0.0]}}\n"
            + "        - {name: tag, type: string, constraints: {enum: [red, green, caf\u00e9]}}\n"
            + "        - {name: code, type: string, constraints: {pattern: '[A-Z]{2}-[0-9]+', maxLength: 6}}\n"
            + "        - {name: note, type: string, constraints: {minLength: 2, pattern: '[^ ]{2}-[0-9]'}}\n"
            + "        - {name: day, type: date, constraints: {minimum: '2000-01-01', maximum: '2030-12-31'}}\n"
            + "        - {name: at, type: datetime, constraints: {minimum: '2000-01-01T00:00:00'}}\n";

    private static final String[] INTEGERS = {
        "0",
        "-0",
        "+7",
        "007",
        "49",
        "50",
        "51",
        "-5",
        "-6",
        "1e3",
        "12345678901234567",
        "123456789012345678",
        "99999999999999999999",
        "-99999999999999999999",
        "",
        "1.0",
        "x",
        "2"
    };

    private static final String[] NUMBERS = {
        "0",
        "-0",
        "-0.0",
        "0.5",
        "1.5",
        "1",
        "1.0000001",
        "-0.1",
        ".5",
        "1.",
        "1e-4",
        "NaN",
        "INF",
        "-INF",
        "",
        "0.30000000000000004",
        "12345678901234567890.5",
        "abc"
    };

    private static final String[] STRINGS = {
        "red", "green", "caf\u00e9", "cafe", "", "AB-1", "AB-12", "AB-1234", "ab-1", "AB-", "\u00c9T-1", "x", "ok"
    };

    private static final String[] DATES = {
        "2024-02-29",
        "2023-02-29",
        "2000-01-01",
        "1999-12-31",
        "2030-12-31",
        "2031-01-01",
        "2024-13-01",
        "2024-1-01",
        "1500-06-15",
        "9999-12-31",
        "0000-01-01",
        "",
        "2024-04-31",
        "x"
    };

    private static final String[] DATETIMES = {
        "2024-02-29T23:59:59",
        "2024-02-29T23:59",
        "2024-02-29T23:59Z",
        "2024-02-29T24:00:00",
        "2000-01-01T00:00:00",
        "1999-12-31T23:59:59.999999999",
        "2000-01-01T00:00:00.5Z",
        "2024-01-01T10:00:00+01:00",
        "1500-01-01T00:00:00",
        "2300-01-01T00:00:00",
        "1970-01-01T00:00:00",
        "1969-12-31T23:59:59.1",
        "",
        "2024-02-29 23:59:59"
    };

    @TempDir
    Path project;

    @Test
    void bytesAndTextGiveTheSameFindingsAndProfiles() throws IOException {
        write();

        GateResult bytes = run("");
        GateResult text = run("      missingValues: ['', 'NA']\n");

        List<Finding> expected = text.findings();
        assertThat(expected)
                .extracting(Finding::code)
                .contains("type-error", "constraint-error", "unique-error")
                .hasSizeGreaterThan(100);
        assertThat(bytes.findings()).containsExactlyElementsOf(expected);
        JsonNode fromBytes = TestJson.section(bytes, "data").get(0);
        JsonNode fromText = TestJson.section(text, "data").get(0);
        assertThat(fromBytes.get("errors")).isEqualTo(fromText.get("errors"));
        ProfilesAgree.assertProfilesAgree(fromText, fromBytes);
    }

    private GateResult run(String missingValues) throws IOException {
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(
                descriptor,
                "resources:\n  - name: cells\n    path: ../../data/cells.csv\n    schema:\n" + missingValues + FIELDS);
        return new DataGate().run(new DataRequest(project, null, 10_000, null, GatePolicy.DEFAULT));
    }

    /** 3,000 seeded rows of the awkward values above, with ids that repeat now and then. */
    private void write() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder text = new StringBuilder("id,small,level,ratio,weight,tag,code,note,day,at\n");
        String[][] columns = {
            INTEGERS, INTEGERS, INTEGERS, NUMBERS, NUMBERS, STRINGS, STRINGS, STRINGS, DATES, DATETIMES
        };
        for (int i = 1; i <= 3_000; i++) {
            // Mostly ordinary ids, levels and ratios, so keys repeat only now and then and the sketches have work.
            String[] ordinary = {
                Integer.toString(i), null, Integer.toString(random.nextInt(4)), Double.toString(random.nextDouble())
            };
            for (int c = 0; c < columns.length; c++) {
                boolean awkward = c >= ordinary.length || ordinary[c] == null || random.nextInt(c == 0 ? 50 : 3) == 0;
                text.append(c > 0 ? "," : "")
                        .append(awkward ? columns[c][random.nextInt(columns[c].length)] : ordinary[c]);
            }
            text.append('\n');
        }
        Path data = project.resolve("data/cells.csv");
        Files.createDirectories(data.getParent());
        Files.writeString(data, text);
    }
}
