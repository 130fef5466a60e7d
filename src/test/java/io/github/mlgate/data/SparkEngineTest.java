package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.data.resource.Splits;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.TestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine, as Spark {@code local[2]} in a driver JVM forked with this test's class path: the same compiled
 * checks, run as Spark SQL, find what the streaming gate finds over the same rows.
 */
class SparkEngineTest {

    private static final String ENGINES = "mlgate:\n  engines:\n    cluster: {type: spark, master: 'local[2]',"
            + " options: {spark.sql.shuffle.partitions: '4'}}\n";

    @TempDir
    Path project;

    @Test
    void sparkOverAParquetCopyFindsWhatTheStreamingGateFinds() throws Exception {
        EnginesAgreeWithTheStreamingGateTest.csvAndParquet(
                project, "train", EnginesAgreeWithTheStreamingGateTest.rows(20_000, new Random(42)));
        descriptor("  - name: streamed\n    path: ../../data/train.csv\n" + EnginesAgreeWithTheStreamingGateTest.SCHEMA
                + "  - name: engine\n    path: ../../data/train.parquet\n    mlgate: {engine: cluster}\n"
                + EnginesAgreeWithTheStreamingGateTest.SCHEMA);

        GateResult result = run();

        JsonNode data = TestJson.section(result, "data");
        JsonNode streamed = data.get(0);
        JsonNode engine = data.get(1);
        assertThat(engine.path("engine").asText()).isEqualTo("engine 'cluster' (spark, local[2])");
        assertThat(engine.path("rows").asLong()).isEqualTo(20_000);
        assertThat(engine.path("errors").path("total").asLong()).isGreaterThan(1_000);
        EnginesAgreeWithTheStreamingGateTest.sameCounts(streamed, engine);
        assertThat(messages(result, "engine", "train.parquet")).isEqualTo(messages(result, "streamed", "train.csv"));
        EnginesAgreeWithTheStreamingGateTest.sameProfiles(streamed, engine);
        // The driver works in the output directory: Spark's spark-warehouse folder does not land in the project.
        try (var inProject = Files.list(project)) {
            assertThat(inProject.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("data", "src", "target");
        }
        assertThat(project.resolve("target/mlgate/spark.tmp")).isDirectory();
    }

    @Test
    void foreignKeysAndRepeatedRowsAreFoundAsTheStreamingGateFindsThem() throws Exception {
        String[] rows = EnginesAgreeWithTheStreamingGateTest.keyedRows(5_000, new Random(7));
        EnginesAgreeWithTheStreamingGateTest.csvAndParquet(project, "customers", rows[0]);
        EnginesAgreeWithTheStreamingGateTest.csvAndParquet(project, "orders", rows[1]);
        descriptor(EnginesAgreeWithTheStreamingGateTest.keyedResources(
                "../../data/customers.parquet", "../../data/orders.parquet", "cluster"));

        GateResult streamed = EnginesAgreeWithTheStreamingGateTest.streamed(
                project,
                "resources:\n"
                        + EnginesAgreeWithTheStreamingGateTest.keyedResources(
                                "../../data/customers.csv", "../../data/orders.csv", null),
                100_000);
        GateResult engine = new DataGate()
                .run(new DataRequest(project, null, 100_000, project.resolve("target/mlgate"), GatePolicy.DEFAULT));

        EnginesAgreeWithTheStreamingGateTest.assertKeyedAgree(streamed, engine, ".csv", ".parquet");
    }

    @Test
    void splitsAreCheckedAsTheStreamingGateChecksThem() throws Exception {
        String[] rows = EnginesAgreeWithTheStreamingGateTest.splitRows(new Random(11));
        for (int s = 0; s < 3; s++) {
            EnginesAgreeWithTheStreamingGateTest.csvAndParquet(project, Splits.ROLES.get(s), rows[s]);
        }
        descriptor(EnginesAgreeWithTheStreamingGateTest.splitResources(".parquet", "cluster")
                .substring("resources:\n".length()));

        EnginesAgreeWithTheStreamingGateTest.assertSplitsAgree(
                EnginesAgreeWithTheStreamingGateTest.streamed(
                        project, EnginesAgreeWithTheStreamingGateTest.splitResources(".csv", null), 100),
                run());
    }

    @Test
    void aPartitionedDatasetIsReadWholeWithItsPartitionColumnAndRowsNamedByFile() throws Exception {
        descriptor(EnginesAgreeWithTheStreamingGateTest.partitioned(project, "    mlgate: {engine: cluster}\n"));

        EnginesAgreeWithTheStreamingGateTest.assertPartitioned(run());
    }

    @Test
    void hostileNamesAndValuesAreCheckedNotExecuted() throws Exception {
        Files.createDirectories(project.resolve("data"));
        String hostile = "x`; drop table t; --";
        EnginesAgreeWithTheStreamingGateTest.duckdb("COPY (SELECT * FROM (VALUES ('it''s'), ('a\\''; drop table t;"
                + " --')) v(\"" + hostile + "\")) TO '" + project.resolve("data/h.parquet") + "' (FORMAT parquet)");
        descriptor("  - name: h\n    path: ../../data/h.parquet\n    mlgate: {engine: cluster}\n    schema:\n"
                + "      fields:\n        - name: 'x`; drop table t; --'\n          type: string\n"
                + "          constraints: {enum: [\"it's\", 'back\\slash']}\n");

        GateResult result = run();

        assertThat(result.violations())
                .extracting(Finding::message)
                .containsExactly("Resource 'h' row 3, field 1 'x`; drop table t; --': 'a\\'; drop table t; --' is"
                        + " not one of the enum values.");
    }

    @Test
    void aQueryIsCheckedWithItsRowsNamedByPrimaryKey() throws Exception {
        descriptor("  - name: q\n    mlgate: {engine: cluster, query: \"SELECT * FROM VALUES (1, 'a'), (2, 'b'),"
                + " (2, 'c') AS t(id, plan)\"}\n    schema:\n      primaryKey: id\n      fields:\n"
                + "        - {name: id, type: integer}\n"
                + "        - {name: plan, type: string, constraints: {enum: [a, b]}}\n");

        GateResult result = run();

        assertThat(result.violations())
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "Resource 'q' the row where id = '2', field 2 'plan': 'c' is not one of the enum values.",
                        "Resource 'q' the row where id = '2': the primary key (id) repeats that of another row.");
    }

    @Test
    void aQueryCannotReadFilesAsTablesNorCallJavaWhileTheGatesOwnParquetReadsStillWork() throws Exception {
        Files.createDirectories(project.resolve("data"));
        EnginesAgreeWithTheStreamingGateTest.duckdb(
                "COPY (SELECT 1 AS id) TO '" + project.resolve("data/one.parquet") + "' (FORMAT parquet)");
        descriptor("  - name: passwd\n    mlgate:\n      engine: cluster\n"
                + "      query: 'SELECT value AS v FROM text.`/etc/passwd`'\n"
                + "    schema: {fields: [{name: v, type: string, constraints: {pattern: x}}]}\n"
                + "  - name: environment\n    mlgate:\n      engine: cluster\n"
                + "      query: \"SELECT reflect('java.lang.System', 'getenv', 'HOME') AS v\"\n"
                + "    schema: {fields: [{name: v, type: string, constraints: {pattern: x}}]}\n"
                + "  - name: one\n    path: ../../data/one.parquet\n    mlgate: {engine: cluster}\n"
                + "    schema: {fields: [{name: id, type: integer, constraints: {maximum: 0}}]}\n");

        GateResult result = run();

        assertThat(result.violations())
                .extracting(Finding::message)
                .satisfiesExactly(
                        passwd -> assertThat(passwd)
                                .startsWith("Resource 'passwd': mlgate.query is not a query Spark runs on the engine's"
                                        + " tables: ")
                                .contains("TABLE_OR_VIEW_NOT_FOUND"),
                        environment -> assertThat(environment)
                                .startsWith("Resource 'environment': mlgate.query is not a query Spark runs on the"
                                        + " engine's tables: ")
                                .contains("UNRESOLVED_ROUTINE"),
                        one -> assertThat(one).contains("'1' is above the maximum 0"));
        assertThat(String.join(
                        "\n", result.violations().stream().map(Finding::message).toList()))
                .doesNotContain("root:x:0:0")
                .doesNotContain(System.getenv("HOME"));
    }

    @Test
    void aMasterSparkCannotUseFailsNamingTheEngine() throws Exception {
        Files.createDirectories(project.resolve("data"));
        EnginesAgreeWithTheStreamingGateTest.duckdb(
                "COPY (SELECT 1 AS id) TO '" + project.resolve("data/one.parquet") + "' (FORMAT parquet)");
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(
                project.resolve("src/ml/datapackage.yaml"),
                "mlgate:\n  engines:\n    cluster: {type: spark, master: 'nowhere:7077'}\nresources:\n"
                        + "  - name: one\n    path: ../../data/one.parquet\n    mlgate: {engine: cluster}\n"
                        + "    schema:\n      fields:\n        - {name: id, type: integer}\n");

        GateResult result = run();

        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "source-error",
                        "Resource 'one': the engine 'cluster' (spark, nowhere:7077) cannot start a Spark session:"
                                + " Could not parse Master URL: 'nowhere:7077'"));
    }

    private List<String> messages(GateResult result, String resource, String file) {
        return result.violations().stream()
                .filter(f -> f.table() != null && resource.equals(f.table().resource()))
                .map(f -> f.code() + " " + f.table().rowNumber() + " "
                        + f.table().fieldNumber() + " "
                        + f.message().replace("'" + resource + "'", "'r'").replace(file, "FILE"))
                .toList();
    }

    private void descriptor(String resources) throws IOException {
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(descriptor, ENGINES + "resources:\n" + resources);
    }

    private GateResult run() {
        return new DataGate()
                .run(new DataRequest(project, null, 100, project.resolve("target/mlgate"), GatePolicy.DEFAULT));
    }
}
