package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The descriptor's engines and where resources say an engine reads them: every mistake named where it is. */
class EngineDescriptorTest {

    @TempDir
    Path project;

    @Test
    void anEngineTheDescriptorDoesNotDeclareIsNamedWithTheClosestOne() throws IOException {
        assertThat(violations("mlgate:\n  engines:\n    warehouse: {type: jdbc, url: 'jdbc:postgresql://db/ml'}\n"
                        + "resources:\n  - name: t\n    mlgate: {engine: warehous, table: t}\n" + schema()))
                .containsExactly("Resource 't' names the engine 'warehous', which mlgate.engines does not declare (or"
                        + " declares with an error). Did you mean 'warehouse'?");
    }

    @Test
    void anEngineOfAnUnknownTypeIsRefusedWithTheTypesThereAre() throws IOException {
        assertThat(violations("mlgate:\n  engines:\n    w: {type: postgres, url: 'jdbc:postgresql://db/ml'}\n"
                        + "resources:\n  - name: t\n    path: ../../data/t.csv\n" + schema()))
                .contains("Engine 'w' has the type \"postgres\". An engine's type is one of duckdb, jdbc, spark.");
    }

    @Test
    void aMasterIsASparkEnginesAndOneOfUrlAndMaster() throws IOException {
        assertThat(violations("mlgate:\n  engines:\n    w: {type: jdbc, master: 'local[2]'}\n"
                        + "resources:\n  - name: t\n    mlgate: {engine: w, table: t}\n" + schema()))
                .contains("Engine 'w' has a master, which only a spark engine has; a jdbc engine has a url.");
        assertThat(violations("mlgate:\n  engines:\n    s: {type: spark, master: 'local[2]', url: 'yarn'}\n"
                        + "resources:\n  - name: t\n    mlgate: {engine: s, table: t}\n" + schema()))
                .contains("Engine 's' has a master, which is its url: give one of them.");
        assertThat(violations("mlgate:\n  engines:\n    s: {type: spark, server: cluster}\n"
                        + "resources:\n  - name: t\n    mlgate: {engine: s, table: t}\n" + schema()))
                .contains("Engine 's' has a server, but a spark engine takes no credentials: Spark's own"
                        + " authentication is configured in its options.");
    }

    @Test
    void aTableWithoutAnEngineOrWithAPathTooIsRefused() throws IOException {
        assertThat(violations("resources:\n  - name: t\n    mlgate: {table: t}\n" + schema()))
                .containsExactly("Resource 't' has an mlgate.table but no mlgate.engine: name the engine of"
                        + " mlgate.engines that holds it.");
        assertThat(violations("mlgate:\n  engines:\n    w: {type: duckdb}\n"
                        + "resources:\n  - name: t\n    path: ../../data/t.csv\n    mlgate: {engine: w, query: 'select 1'}\n"
                        + schema()))
                .containsExactly(
                        "Resource 't' has both a path and an mlgate.query; a resource is read from one place.");
    }

    @Test
    void splitsReadInDifferentPlacesFailClosedNamingWhereEachIsRead() throws Exception {
        Files.createDirectories(project.resolve("data"));
        EnginesAgreeWithTheStreamingGateTest.duckdb(
                "COPY (SELECT 1 AS id) TO '" + project.resolve("data/train.parquet") + "' (FORMAT parquet)");
        Files.writeString(project.resolve("data/test.csv"), "id\n2\n");
        assertThat(violations("resources:\n  - name: train\n    path: ../../data/train.parquet\n" + schema()
                        + "  - name: test\n    path: ../../data/test.csv\n" + schema()
                        + "splits: {train: train, test: test, key: [id]}\n"))
                .containsExactly("The splits are read in different places (train by the engine 'duckdb' (duckdb),"
                        + " test by the streaming gate): the split checks compare samples across splits, so they run"
                        + " where all the splits are read, one engine or the streaming gate.");
    }

    @Test
    void aForeignKeyBetweenAnEngineAndTheStreamingGateFailsClosed() throws Exception {
        Files.createDirectories(project.resolve("data"));
        EnginesAgreeWithTheStreamingGateTest.duckdb(
                "COPY (SELECT 1 AS id) TO '" + project.resolve("data/orders.parquet") + "' (FORMAT parquet)");
        Files.writeString(project.resolve("data/customers.csv"), "id\n1\n");
        assertThat(violations("resources:\n  - name: orders\n    path: ../../data/orders.parquet\n"
                        + keyed("customers")
                        + "  - name: customers\n    path: ../../data/customers.csv\n" + schema()))
                .containsExactly("The foreign key id -> customers(id) names 'customers', which the data gate streams;"
                        + " the engine 'duckdb' (duckdb) checks foreign keys whose target it reads too.");
        assertThat(violations("resources:\n  - name: orders\n    path: ../../data/orders.parquet\n" + keyed("clients")))
                .containsExactly("Invalid Table Schema: the foreign key id -> clients(id) names the resource 'clients',"
                        + " which the package does not have.");
    }

    @Test
    void aGlobThatMatchesNoFileIsAResourceError() throws IOException {
        assertThat(violations("resources:\n  - name: t\n    path: ../../data/none-*.parquet\n" + schema()))
                .containsExactly("Resource 't': the path '../../data/none-*.parquet' matches no Parquet file.");
    }

    private static String keyed(String target) {
        return "    schema: {fields: [{name: id, type: integer}], foreignKeys: [{fields: id, reference: {resource: "
                + target + ", fields: id}}]}\n";
    }

    private static String schema() {
        return "    schema: {fields: [{name: id, type: integer}]}\n";
    }

    private java.util.List<String> violations(String descriptor) throws IOException {
        return DataGateRuns.violations(project, descriptor);
    }
}
