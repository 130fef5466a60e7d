package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Table Schema v1 rules as the spec states them, checked through the whole gate, on the byte path (a large file read
 * in chunks) and the text path (a small one) alike.
 */
class SpecRulesTest {

    private static final String SCHEMA = "    schema:\n"
            + "      primaryKey: id\n"
            + "      fields:\n"
            + "        - {name: id, type: integer, constraints: {required: true}}\n"
            + "        - {name: amount, type: number, constraints: {minimum: 0}}\n"
            + "        - {name: delta, type: number, constraints: {maximum: -0.0}}\n"
            + "        - {name: code, type: number, constraints: {enum: [0, 1]}}\n";

    @TempDir
    Path project;

    /**
     * A missing value in a required field of the primary key is a constraint-error (required), as Frictionless reports
     * it; negative zero meets a minimum of 0, zero a maximum of -0.0, and -0.0 is the enum's 0; NaN and INF are
     * numbers in any case.
     */
    @ParameterizedTest(name = "file read in chunks: {0}")
    @ValueSource(booleans = {false, true})
    void missingRequiredKeysNegativeZeroAndSpecialNumbers(boolean chunked) throws IOException {
        StringBuilder csv = new StringBuilder("id,amount,delta,code\n");
        csv.append("1,-0,0,-0.0\n");
        csv.append(",5,-1,1\n");
        csv.append("3,nan,-inf,0\n");
        csv.append("4,INF,-0.0,-0\n");
        for (int i = 5; i <= 2000; i++) {
            csv.append(i).append(",-0.0,0.0,0\n");
        }
        Path data = project.resolve("data/rows.csv");
        Files.createDirectories(data.getParent());
        Files.writeString(data, csv);
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(
                project.resolve("src/ml/datapackage.yaml"),
                "resources:\n  - name: rows\n    path: ../../data/rows.csv\n" + SCHEMA);

        GateResult result = new DataGate(new ChunkedFile.Chunking(chunked ? 0 : Long.MAX_VALUE, 4096))
                .run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT));

        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "constraint-error",
                        "Resource 'rows' row 3, field 1 'id': the value is missing, but the field is required"
                                + " and part of the primary key."));
    }
}
