package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.data.engine.DescriptorEngineRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data package is data (docs/security.md): its engines and queries cannot run code, read or write outside the
 * project, or reach the network, whatever a pull request writes into it. Each test is a reproduction from issue 26.
 */
class DescriptorIsDataTest {

    @TempDir
    Path project;

    @TempDir
    Path outside;

    @Test
    void aDuckDbQueryCannotReadAFileOutsideTheProject() throws IOException {
        Files.writeString(outside.resolve("secret.txt"), "SECRET_TOKEN=do-not-print-me\n");
        List<String> messages = violations("resources:\n  - name: leak\n    mlgate:\n      engine: local\n"
                + "      query: \"SELECT content AS v FROM read_text('" + outside.resolve("secret.txt") + "')\"\n"
                + "    schema: {fields: [{name: v, type: string, constraints: {pattern: 'x'}}]}\n"
                + "mlgate:\n  engines:\n    local: {type: duckdb}\n");
        assertThat(String.join("\n", messages)).doesNotContain("do-not-print-me");
        assertThat(messages)
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("Permission Error: Cannot access file")
                .contains("file system operations are disabled by configuration");
    }

    @Test
    void aDuckDbQueryCannotFollowALinkInsideTheProjectOutOfIt() throws IOException {
        Files.writeString(outside.resolve("secret.txt"), "do-not-print-me\n");
        Files.createDirectories(project.resolve("data"));
        Files.createSymbolicLink(project.resolve("data/link.txt"), outside.resolve("secret.txt"));
        List<String> messages = violations("resources:\n  - name: leak\n    mlgate:\n      engine: local\n"
                + "      query: \"SELECT content AS v FROM read_text('" + project.resolve("data/link.txt") + "')\"\n"
                + "    schema: {fields: [{name: v, type: string, constraints: {pattern: 'x'}}]}\n"
                + "mlgate:\n  engines:\n    local: {type: duckdb}\n");
        assertThat(String.join("\n", messages))
                .doesNotContain("do-not-print-me")
                .contains("file system operations are disabled by configuration");
    }

    @Test
    void aSecondStatementInAQueryIsRefusedBeforeAnyEngineSeesIt() throws IOException {
        Path written = outside.resolve("pwned.csv");
        assertThat(violations("resources:\n  - name: q\n    mlgate:\n      engine: local\n"
                        + "      query: \"SELECT 1 AS v; COPY (SELECT 'pwned') TO '" + written + "'\"\n"
                        + "    schema: {fields: [{name: v, type: integer}]}\n"
                        + "mlgate:\n  engines:\n    local: {type: duckdb}\n"))
                .containsExactly("Resource 'q': mlgate.query holds a ';' before its end, which would start a second"
                        + " statement: a query is one SELECT statement, since a second one could write files or change"
                        + " the database. Write a ';' inside a text as chr(59).");
        assertThat(written).doesNotExist();
    }

    @Test
    void aQueryThatIsNotASelectIsRefused() throws IOException {
        assertThat(violations("resources:\n  - name: q\n    mlgate:\n      engine: local\n"
                        + "      query: \"COPY (SELECT 1) TO 'x.csv'\"\n"
                        + "    schema: {fields: [{name: v, type: integer}]}\n"
                        + "mlgate:\n  engines:\n    local: {type: duckdb}\n"))
                .containsExactly("Resource 'q': mlgate.query starts with 'COPY'; a query is one SELECT statement,"
                        + " starting with SELECT, WITH, FROM, VALUES, TABLE.");
    }

    @Test
    void aQueryThatStartsLikeASelectButWritesIsRefusedByDuckDbsParser() throws IOException {
        // WITH and no ';': past the first rule. DuckDB's own parser finds an INSERT, not a SELECT.
        Path written = project.resolve("x.csv");
        assertThat(violations("resources:\n  - name: q\n    mlgate:\n      engine: local\n"
                        + "      query: \"WITH t AS (SELECT 1 AS v) INSERT INTO x SELECT v FROM t\"\n"
                        + "    schema: {fields: [{name: v, type: integer}]}\n"
                        + "mlgate:\n  engines:\n    local: {type: duckdb}\n"))
                .containsExactly("Resource 'q': mlgate.query is not a SELECT statement, as DuckDB parses it: a query"
                        + " only reads.");
        assertThat(written).doesNotExist();
    }

    @Test
    void aQueryEndingInASemicolonIsOneStatement() throws IOException {
        assertThat(violations("resources:\n  - name: q\n    mlgate:\n      engine: local\n"
                        + "      query: \"SELECT 1 AS v;  \"\n"
                        + "    schema: {fields: [{name: v, type: integer, constraints: {maximum: 0}}]}\n"
                        + "mlgate:\n  engines:\n    local: {type: duckdb}\n"))
                .containsExactly("Resource 'q' a row (the schema has no primary key to name it by), field 1 'v': '1' is"
                        + " above the maximum 0.");
    }

    @Test
    void aParquetFolderHoldingALinkOutOfTheProjectIsRefused() throws Exception {
        EnginesAgreeWithTheStreamingGateTest.duckdb(
                "COPY (SELECT 'do-not-print-me' AS v) TO '" + outside.resolve("secret.parquet") + "' (FORMAT parquet)");
        Files.createDirectories(project.resolve("data/events"));
        EnginesAgreeWithTheStreamingGateTest.duckdb("COPY (SELECT 'fine' AS v) TO '"
                + project.resolve("data/events/part-0.parquet") + "' (FORMAT parquet)");
        Files.createSymbolicLink(project.resolve("data/events/part-1.parquet"), outside.resolve("secret.parquet"));
        String schema = "    schema: {fields: [{name: v, type: string, constraints: {pattern: 'x'}}]}\n";
        String refused = "Resource 'events': the file 'data/events/part-1.parquet', found under its path, is a link"
                + " that leads outside the project directory; the data gate reads files inside the project only (a"
                + " data package could otherwise make the build read and print any file, such as"
                + " /proc/self/environ). Move the file into the project, or allow it with"
                + " -Dmlgate.data.allowOutsideProject=true.";
        assertThat(violations("resources:\n  - name: events\n    path: ../../data/events\n" + schema))
                .containsExactly(refused);
        assertThat(violations("resources:\n  - name: events\n    path: ../../data/events/*.parquet\n" + schema))
                .containsExactly(refused);
    }

    @Test
    void sparkOptionsThatRunCodeAreTheBuildsToSet() throws IOException {
        assertThat(violations("mlgate:\n  engines:\n    cluster:\n      type: spark\n      master: local[2]\n"
                        + "      options:\n        spark.driver.extraJavaOptions: '-XX:OnOutOfMemoryError=touch /tmp/x'\n"
                        + "        spark.sql.shuffle.partitions: 4\n        spark.executor.memory: lots\n"
                        + "resources:\n  - name: t\n    mlgate: {engine: cluster, table: t}\n" + schema()))
                .containsExactly(
                        "Engine 'cluster' has the option 'spark.driver.extraJavaOptions', which a data package may not"
                                + " set (Spark configuration can run code or reach outside the project). A data"
                                + " package may set " + String.join(", ", DescriptorEngineRules.SPARK_OPTIONS.keySet())
                                + "; set it in the plugin's <engines> in the pom instead, where the build's own"
                                + " settings live (docs/security.md).",
                        "Engine 'cluster' has the option 'spark.executor.memory' with the value 'lots', which is not a"
                                + " size such as 4g.",
                        "Resource 't' names the engine 'cluster', which mlgate.engines does not declare (or declares"
                                + " with an error). The data package declares no engine: add it under mlgate.engines.");
    }

    @Test
    void aDatabaseInsideTheBuildsJvmAndUrlParametersThatRunScriptsAreTheBuildsToDeclare() throws IOException {
        assertThat(violations("mlgate:\n  engines:\n"
                        + "    h2: {type: jdbc, url: \"jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'evil.sql'\"}\n"
                        + "    pg: {type: jdbc, url: 'jdbc:postgresql://db/ml?socketFactory=x.Y&sslmode=require',"
                        + " options: {loggerFile: /tmp/log}}\n"
                        + "    my: {type: jdbc, url: 'jdbc:mysql://db/ml?autoDeserialize=true&allowMultiQueries=true'}\n"
                        + "resources:\n  - name: t\n    path: ../../data/t.csv\n" + schema()))
                .containsExactly(
                        "Engine 'h2' is a database inside the build's own JVM (jdbc:h2:), which a data package may not"
                                + " declare: its SQL can read the build machine's files and run code there. Point the"
                                + " url at a database server, or declare the engine in the plugin's <engines> in the"
                                + " pom (docs/security.md).",
                        "Engine 'h2' has the URL parameter 'INIT', which a data package may not set: it can run code,"
                                + " load classes or reach files on the build machine; set it in the plugin's <engines>"
                                + " in the pom instead, where the build's own settings live (docs/security.md).",
                        "Engine 'pg' has the URL parameter 'socketFactory', which a data package may not set: it can"
                                + " run code, load classes or reach files on the build machine; set it in the plugin's"
                                + " <engines> in the pom instead, where the build's own settings live"
                                + " (docs/security.md).",
                        "Engine 'pg' has the option 'loggerFile', which a data package may not set: it can run code,"
                                + " load classes or reach files on the build machine; set it in the plugin's <engines>"
                                + " in the pom instead, where the build's own settings live (docs/security.md).",
                        "Engine 'my' has the URL parameter 'autoDeserialize', which a data package may not set: it can"
                                + " run code, load classes or reach files on the build machine; set it in the plugin's"
                                + " <engines> in the pom instead, where the build's own settings live"
                                + " (docs/security.md).",
                        "Engine 'my' has the URL parameter 'allowMultiQueries', which a data package may not set: it"
                                + " can run code, load classes or reach files on the build machine; set it in the"
                                + " plugin's <engines> in the pom instead, where the build's own settings live"
                                + " (docs/security.md).",
                        "Resource 't': data/t.csv does not exist.");
    }

    @Test
    void aDuckDbDatabaseFileOutsideTheProjectIsRefused() throws IOException {
        assertThat(violations("mlgate:\n  engines:\n    w: {type: duckdb, url: 'jdbc:duckdb:" + outside.resolve("x.db")
                        + "'}\nresources:\n  - name: t\n    mlgate: {engine: w, table: t}\n" + schema()))
                .startsWith("Engine 'w' has the database file '" + outside.resolve("x.db") + "', which lies outside"
                        + " the project directory; a data package reads and writes inside the project only. Move the"
                        + " file into the project, or allow it with -Dmlgate.data.allowOutsideProject=true.");
        assertThat(outside.resolve("x.db")).doesNotExist();
    }

    @Test
    void columnsNamedLikeTheColumnsTheEngineAddsAreData() throws Exception {
        Files.createDirectories(project.resolve("data"));
        EnginesAgreeWithTheStreamingGateTest.duckdb("COPY (SELECT * FROM (VALUES (1, 12345, 99), (2, 12346, 98))"
                + " AS t(id, __mlgate_row, __mlgate_file)) TO '" + project.resolve("data/rows.parquet")
                + "' (FORMAT parquet)");
        String schema = "    schema:\n      fields:\n        - {name: id, type: integer, constraints: {maximum: 1}}\n"
                + "        - {name: __mlgate_row, type: integer}\n        - {name: __mlgate_file, type: integer}\n";
        assertThat(violations("resources:\n  - name: rows\n    path: ../../data/rows.parquet\n" + schema))
                .containsExactly("Resource 'rows' row 3, field 1 'id': '2' is above the maximum 1.");
        assertThat(violations("mlgate:\n  engines:\n    local: {type: duckdb}\nresources:\n  - name: rows\n"
                        + "    mlgate:\n      engine: local\n      query: \"SELECT * FROM read_parquet('"
                        + project.resolve("data/rows.parquet") + "') ORDER BY id\"\n" + schema))
                .containsExactly("Resource 'rows' a row (the schema has no primary key to name it by), field 1 'id':"
                        + " '2' is above the maximum 1.");
    }

    @Test
    void aDatabaseThatAcceptsAndNeverAnswersFailsInBoundedTime() throws Exception {
        try (java.net.ServerSocket silent =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread accept = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accepted, never answered
                    }
                } catch (IOException closed) {
                    // The test is over.
                }
            });
            accept.setDaemon(true);
            accept.start();
            String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/ml";
            assertThat(violations("mlgate:\n  engines:\n    silent: {type: jdbc, url: '" + url + "',"
                            + " options: {loginTimeout: 2}}\nresources:\n  - name: t\n"
                            + "    mlgate: {engine: silent, table: t}\n" + schema()))
                    .containsExactly("Resource 't': the engine 'silent' (jdbc, " + url + ") cannot be reached:"
                            + " Connection attempt timed out.");
            for (java.net.Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aServerThatHangsUpIsSaidToNotOnlyThatTheAttemptFailed() throws Exception {
        try (java.net.ServerSocket rude = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                try {
                    while (true) {
                        rude.accept().close(); // accepted, then hung up on
                    }
                } catch (IOException closed) {
                    // The test is over.
                }
            });
            accept.setDaemon(true);
            accept.start();
            String url = "jdbc:postgresql://127.0.0.1:" + rude.getLocalPort() + "/ml";
            assertThat(violations("mlgate:\n  engines:\n    rude: {type: jdbc, url: '" + url + "'}\nresources:\n"
                            + "  - name: t\n    mlgate: {engine: rude, table: t}\n" + schema()))
                    .containsExactly("Resource 't': the engine 'rude' (jdbc, " + url + ") cannot be reached: The"
                            + " connection attempt failed. (the server closed the connection)");
        }
    }

    @Test
    void aPasswordVariableThatIsNotSetIsNamed() throws IOException {
        assertThat(violations("mlgate:\n  engines:\n    w: {type: jdbc, url: 'jdbc:postgresql://127.0.0.1:1/ml',"
                        + " passwordEnv: MLGATE_TEST_NO_SUCH_VARIABLE}\nresources:\n  - name: t\n"
                        + "    mlgate: {engine: w, table: t}\n" + schema()))
                .containsExactly("Resource 't': the engine 'w' (jdbc, jdbc:postgresql://127.0.0.1:1/ml) takes its"
                        + " password from the environment variable MLGATE_TEST_NO_SUCH_VARIABLE, which is not set.");
    }

    private static String schema() {
        return "    schema: {fields: [{name: id, type: integer}]}\n";
    }

    private List<String> violations(String descriptor) throws IOException {
        return DataGateRuns.violations(project, descriptor);
    }
}
