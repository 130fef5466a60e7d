package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integers and bounds of any size get exact answers (issue 26, item 6): a bound wider than a long, as infer-schema
 * drafts for a column of large integers, and cells wider than an engine's integer type.
 */
class IntegersOfAnySizeTest {

    @TempDir
    Path project;

    @Test
    void aBoundWiderThanALongIsComparedExactlyOnTheStreamingPath() throws IOException {
        Files.createDirectories(project.resolve("data"));
        Files.writeString(
                project.resolve("data/big.csv"),
                "n\n1\n123456789012345678901234567890\n123456789012345678901234567891\n"
                        + "99999999999999999999999999999999999999999\n");
        assertThat(
                        violations(
                                "resources:\n  - name: big\n    path: ../../data/big.csv\n    schema:\n      fields:\n"
                                        + "        - {name: n, type: integer, constraints: {maximum: 123456789012345678901234567890}}\n"))
                .containsExactly(
                        "Resource 'big' row 4, field 1 'n': '123456789012345678901234567891' is above the maximum"
                                + " 123456789012345678901234567890.",
                        "Resource 'big' row 5, field 1 'n': '99999999999999999999999999999999999999999' is above the"
                                + " maximum 123456789012345678901234567890.");
    }

    @Test
    void integersWiderThanTheEnginesIntegerTypeAreComparedExactlyByDuckDb() throws Exception {
        Files.createDirectories(project.resolve("data"));
        EnginesAgreeWithTheStreamingGateTest.duckdb("COPY (SELECT * FROM (VALUES ('5'),"
                + " ('99999999999999999999999999999999999999999'), ('170141183460469231731687303715884105728'))"
                + " AS t(n)) TO '" + project.resolve("data/big.parquet") + "' (FORMAT parquet)");
        assertThat(violations(
                        "resources:\n  - name: big\n    path: ../../data/big.parquet\n    schema:\n      fields:\n"
                                + "        - {name: n, type: integer, constraints: {maximum: 100}}\n"))
                .containsExactly(
                        "Resource 'big' row 3, field 1 'n': '99999999999999999999999999999999999999999' is above the"
                                + " maximum 100.",
                        "Resource 'big' row 4, field 1 'n': '170141183460469231731687303715884105728' is above the"
                                + " maximum 100.");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "-5, 100",
        "-10000000000000000000000000000000000000000, 100000000000000000000000000000000000000000",
        "0, 123456789012345678901234567890123456789",
        "-170141183460469231731687303715884105728, 170141183460469231731687303715884105727"
    })
    void duckDbJudgesIntegersOfAnySizeAsTheStreamingGateDoes(String minimum, String maximum) throws Exception {
        List<String> cells = List.of(
                "-170141183460469231731687303715884105729",
                "-99",
                "-0",
                "0",
                "007",
                "+12",
                "-5",
                "100",
                "123456789012345678901234567890123456789",
                "170141183460469231731687303715884105728",
                "99999999999999999999999999999999999999999",
                "-10000000000000000000000000000000000000001",
                "5");
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/n.csv"), "n\n" + String.join("\n", cells) + "\n");
        EnginesAgreeWithTheStreamingGateTest.duckdb("COPY (SELECT n FROM read_csv('" + project.resolve("data/n.csv")
                + "', all_varchar = true)) TO '" + project.resolve("data/n.parquet") + "' (FORMAT parquet)");
        String schema = "    schema:\n      fields:\n        - {name: n, type: integer, constraints: {minimum: "
                + minimum + ", maximum: " + maximum + "}}\n";

        List<String> streamed = violations("resources:\n  - name: n\n    path: ../../data/n.csv\n" + schema);
        List<String> engine = violations("resources:\n  - name: n\n    path: ../../data/n.parquet\n" + schema);

        assertThat(streamed).isNotEmpty();
        assertThat(engine).isEqualTo(streamed);
    }

    private List<String> violations(String descriptor) throws IOException {
        return DataGateRuns.violations(project, descriptor);
    }
}
