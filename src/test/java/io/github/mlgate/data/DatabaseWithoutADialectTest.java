package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.data.engine.EngineException;
import io.github.mlgate.data.engine.SqlEngines;
import io.github.mlgate.data.resource.DataProgress;
import io.github.mlgate.data.resource.EngineSpec;
import io.github.mlgate.data.resource.Splits;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.TestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose SQL the data gate does not compile to (H2 here, as Trino, Snowflake or Oracle would be): its tables
 * and queries are read through JDBC, a row at a time, and checked by the streaming gate as a file's rows are, so every
 * check of a file holds for them. Each database is its own in-memory H2 instance, named for the test.
 */
class DatabaseWithoutADialectTest {

    @TempDir
    Path project;

    @Test
    void aTableOfTextFindsWhatTheStreamingGateFindsInTheFile() throws Exception {
        String csv = EnginesAgreeWithTheStreamingGateTest.rows(20_000, new Random(42));
        Path file = write("data/train.csv", csv);
        String url = database(
                "differential",
                "CREATE TABLE train AS SELECT * FROM CSVREAD('" + file + "', null, 'caseSensitiveColumnNames=true')");
        descriptor(
                url,
                "  - name: streamed\n    path: ../../data/train.csv\n" + EnginesAgreeWithTheStreamingGateTest.SCHEMA
                        + "  - name: table\n    mlgate: {engine: warehouse, table: TRAIN}\n"
                        + EnginesAgreeWithTheStreamingGateTest.SCHEMA);

        GateResult result = run();

        JsonNode data = TestJson.section(result, "data");
        assertThat(data.get(1).path("rows").asLong())
                .as(result.violations().toString())
                .isEqualTo(20_000);
        JsonNode streamed = data.get(0);
        JsonNode table = data.get(1);
        assertThat(table.path("rows").asLong()).isEqualTo(20_000);
        assertThat(table.path("files")).hasToString("[\"warehouse: table TRAIN\"]");
        assertThat(table.path("errors").path("total").asLong()).isGreaterThan(1_000);
        // The table is read in its primary key's order, which for a text key is not the file's.
        EnginesAgreeWithTheStreamingGateTest.sameCountsInAnyOrder(streamed, table);
        EnginesAgreeWithTheStreamingGateTest.sameProfiles(streamed, table);
    }

    @Test
    void foreignKeysAndRepeatedRowsBetweenTablesAreFoundAsInFiles() throws Exception {
        String[] rows = EnginesAgreeWithTheStreamingGateTest.keyedRows(5_000, new Random(7));
        Path customers = write("data/customers.csv", rows[0]);
        Path orders = write("data/orders.csv", rows[1]);
        String url = database(
                "keys",
                "CREATE TABLE customers AS SELECT * FROM CSVREAD('" + customers
                        + "', null, 'caseSensitiveColumnNames=true')",
                "CREATE TABLE orders AS SELECT * FROM CSVREAD('" + orders
                        + "', null, 'caseSensitiveColumnNames=true')");
        descriptor(
                url,
                EnginesAgreeWithTheStreamingGateTest.keyedResources("@C", "@O", null)
                        .replace("    path: @C\n    mlgate: {", "    mlgate: {engine: warehouse, table: CUSTOMERS, ")
                        .replace("    path: @O\n    mlgate: {", "    mlgate: {engine: warehouse, table: ORDERS, "));

        GateResult streamed = EnginesAgreeWithTheStreamingGateTest.streamed(
                project,
                "resources:\n"
                        + EnginesAgreeWithTheStreamingGateTest.keyedResources(
                                "../../data/customers.csv", "../../data/orders.csv", null),
                100_000);
        GateResult engine = run();

        EnginesAgreeWithTheStreamingGateTest.assertKeyedCountsAgree(streamed, engine);
    }

    @Test
    void splitsInTablesAreCheckedAsInFiles() throws Exception {
        String[] rows = EnginesAgreeWithTheStreamingGateTest.splitRows(new Random(11));
        List<String> statements = new java.util.ArrayList<>();
        for (int s = 0; s < 3; s++) {
            String role = Splits.ROLES.get(s);
            Path file = write("data/" + role + ".csv", rows[s]);
            statements.add("CREATE TABLE " + role + " AS SELECT * FROM CSVREAD('" + file
                    + "', null, 'caseSensitiveColumnNames=true')");
        }
        String url = database("splits", statements.toArray(String[]::new));
        String inTables = EnginesAgreeWithTheStreamingGateTest.splitResources(".csv", null);
        for (String role : Splits.ROLES) {
            inTables = inTables.replace(
                    "    path: ../../data/" + role + ".csv\n",
                    "    mlgate: {engine: warehouse, table: " + role.toUpperCase(java.util.Locale.ROOT) + "}\n");
        }
        descriptor(url, inTables.substring("resources:\n".length()));

        GateResult streamed = EnginesAgreeWithTheStreamingGateTest.streamed(
                project, EnginesAgreeWithTheStreamingGateTest.splitResources(".csv", null), 100);

        // A file's rows are numbered from its header, a table's from its first row: the examples are compared masked.
        EnginesAgreeWithTheStreamingGateTest.assertSplitsAgree(
                streamed, run(), message -> message.replaceAll("for example .*?\\. ", "for example (rows). "));
    }

    @Test
    void typedColumnsAreReadAsTheirTextAndARowIsNamedByItsPlace() throws Exception {
        String url = database(
                "typed",
                "CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, age INTEGER, score DOUBLE PRECISION,"
                        + " balance DECIMAL(10, 2), signup DATE, seen TIMESTAMP, active BOOLEAN, plan VARCHAR(10))",
                "INSERT INTO customers VALUES (1, 34, 0.25, 10.50, DATE '2024-01-02', TIMESTAMP '2024-01-02 10:00:00',"
                        + " TRUE, 'basic'), (2, 130, 1e10, 0.00, DATE '2024-02-29', TIMESTAMP '2024-03-01 00:00:00.5',"
                        + " FALSE, NULL), (3, NULL, -0.5, 7.25, DATE '2023-12-31', TIMESTAMP '2023-12-31 23:59:59',"
                        + " NULL, 'plus')");
        descriptor(
                url,
                "  - name: customers\n    mlgate: {engine: warehouse, table: CUSTOMERS}\n    schema:\n"
                        + "      primaryKey: CUSTOMER_ID\n      fields:\n"
                        + "        - {name: CUSTOMER_ID, type: integer}\n"
                        + "        - {name: AGE, type: integer, constraints: {maximum: 120}}\n"
                        + "        - {name: SCORE, type: number}\n"
                        + "        - {name: BALANCE, type: number}\n"
                        + "        - {name: SIGNUP, type: date}\n"
                        + "        - {name: SEEN, type: datetime}\n"
                        + "        - {name: ACTIVE, type: boolean}\n"
                        + "        - {name: PLAN, type: string, constraints: {required: true}}\n");

        GateResult result = run();

        assertThat(result.violations())
                .extracting(f -> f.code() + " " + f.message())
                .containsExactly(
                        "constraint-error Resource 'customers' row 2, field 2 'AGE': '130' is above the maximum 120.",
                        "constraint-error Resource 'customers' row 2, field 8 'PLAN': the value is missing, but the field is"
                                + " required.");
        JsonNode fields = TestJson.section(result, "data").get(0).at("/profile/fields");
        assertThat(fields.get(5).path("min").asText()).isEqualTo("2023-12-31T23:59:59");
        assertThat(fields.get(2).path("max").asDouble()).isEqualTo(1e10);
    }

    @Test
    void aDatabaseWithoutADriverSaysWhereTheDriverGoes() throws Exception {
        descriptor(
                "jdbc:nosuchdb://localhost/ml",
                "  - name: t\n    mlgate: {engine: warehouse, table: t}\n    schema:\n      fields:\n"
                        + "        - {name: a, type: string}\n");

        GateResult result = run();

        assertThat(result.violations())
                .extracting(f -> f.message())
                .containsExactly("Resource 't': the engine 'warehouse' (jdbc, jdbc:nosuchdb://localhost/ml) needs a"
                        + " JDBC driver that accepts its URL: add the database's driver to the plugin's <dependencies>"
                        + " in the pom.");
    }

    /** An in-memory H2 database that lives until the JVM ends, made by the statements; its URL. */
    private static String database(String name, String... statements) throws Exception {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url);
                Statement run = connection.createStatement()) {
            for (String statement : statements) {
                run.execute(statement);
            }
        }
        return url;
    }

    private Path write(String name, String text) throws IOException {
        Path file = project.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** The engine 'warehouse' at the URL, declared by the build (an embedded H2 is the pom's to declare), and the resources. */
    private void descriptor(String url, String resources) throws IOException {
        warehouse = url;
        write("src/ml/datapackage.yaml", "resources:\n" + resources);
    }

    private String warehouse;

    private GateResult run() {
        SqlEngines engines = new SqlEngines() {
            @Override
            public Connection connect(EngineSpec engine) throws EngineException {
                return SqlEngines.ON_CLASS_PATH.connect(engine);
            }

            @Override
            public java.util.Map<String, JsonNode> configured() {
                return java.util.Map.of(
                        "warehouse",
                        new com.fasterxml.jackson.databind.ObjectMapper()
                                .createObjectNode()
                                .put("type", "jdbc")
                                .put("url", warehouse));
            }
        };
        return new DataGate()
                .run(new DataRequest(
                        project,
                        null,
                        100_000,
                        project.resolve("target/mlgate"),
                        GatePolicy.DEFAULT,
                        DataProgress.NONE,
                        DataProgress.DEFAULT_INTERVAL,
                        io.github.mlgate.csv.CsvReader.DEFAULT_MAX_RECORD_BYTES,
                        false,
                        engines));
    }
}
