package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.data.engine.SqlProfiles;
import io.github.mlgate.data.resource.DataProgress;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.TestJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Huge cells in a resource an engine reads: the row is measured in the engine and bounded as a text file's record
 * is, and no cell comes into the build whole (issue 26: a 26 KB Parquet file of 40 MB strings filled the heap).
 */
class EngineCellsAreBoundedTest {

    @TempDir
    Path project;

    @Test
    void aRowLargerThanARecordMayBeFailsAndNoHugeCellIsPulled() throws Exception {
        Files.createDirectories(project.resolve("data"));
        // Five rows, each a 3 MB cell of one letter: the file is a few KB, the cells 15 MB in all. The letters make
        // the cells distinct and alike in count, so every one is a candidate for the profile's top values.
        EnginesAgreeWithTheStreamingGateTest.duckdb(
                "COPY (SELECT i AS id, repeat(chr(CAST(97 + i AS INTEGER)), 3000000) AS note FROM"
                        + " range(5) t(i)) TO '" + project.resolve("data/notes.parquet") + "' (FORMAT parquet)");
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(
                project.resolve("src/ml/datapackage.yaml"),
                "resources:\n  - name: notes\n    path: ../../data/notes.parquet\n    schema:\n      fields:\n"
                        + "        - {name: id, type: integer}\n"
                        + "        - {name: note, type: string, constraints: {maxLength: 10}}\n");

        GateResult result = new DataGate()
                .run(new DataRequest(
                        project,
                        null,
                        100,
                        project.resolve("target/mlgate"),
                        GatePolicy.DEFAULT,
                        DataProgress.NONE,
                        DataProgress.DEFAULT_INTERVAL,
                        2L << 20,
                        false));

        assertThat(result.violations())
                .extracting(Finding::message)
                .contains("Resource 'notes': a row holds 2.9 MiB of cells, more than the 2.0 MiB a record may take"
                        + " (set by mlgate.data.maxRecordBytes).");
        assertThat(result.violations())
                .filteredOn(finding -> finding.code().equals("constraint-error"))
                .hasSize(5)
                .allSatisfy(finding -> assertThat(finding.message()).hasSizeLessThan(1_000));
        JsonNode note = TestJson.section(result, "data")
                .get(0)
                .path("profile")
                .path("fields")
                .get(1);
        assertThat(note.path("top")).hasSize(5);
        note.path("top").forEach(top -> assertThat(top.path("value").asText()).hasSize(SqlProfiles.SHOWN));
    }
}
