package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.data.engine.SqlEngines;
import io.github.mlgate.data.engine.SqlSession;
import io.github.mlgate.data.resource.EngineKind;
import io.github.mlgate.data.resource.EngineSpec;
import io.github.mlgate.data.resource.Splits;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.TestJson;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDBC engine against a real PostgreSQL server, which {@code .ci/run} installs and starts on localhost: its URL,
 * user and password come from {@code MLGATE_POSTGRES_URL}, {@code MLGATE_POSTGRES_USER} and {@code
 * MLGATE_POSTGRES_PASSWORD}. Without them these tests are skipped on a developer's machine, and fail under CI.
 */
class PostgresEngineTest {

    private static final String URL = System.getenv("MLGATE_POSTGRES_URL");

    @TempDir
    Path project;

    @BeforeAll
    static void aServerIsThere() {
        if (URL == null && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must start PostgreSQL and set MLGATE_POSTGRES_URL (.ci/run)");
        }
        Assumptions.assumeTrue(URL != null, "MLGATE_POSTGRES_URL is not set: no PostgreSQL server to test against");
    }

    @Test
    void aTableLoadedWithCopyGivesTheStreamingGatesCountsAndProfiles() throws Exception {
        String csv = EnginesAgreeWithTheStreamingGateTest.rows(20_000, new Random(42));
        Path file = project.resolve("data/train.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
        sql(
                "DROP TABLE IF EXISTS mlgate_train",
                "CREATE TABLE mlgate_train (id text, age text, plan text, email text,"
                        + " score text, signup text, active text, code text)");
        try (Connection connection = connect()) {
            // COPY's csv format reads an empty unquoted cell as NULL: a missing value, as the streaming gate reads it.
            connection
                    .unwrap(org.postgresql.PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY mlgate_train FROM STDIN WITH (FORMAT csv, HEADER true)", new StringReader(csv));
        }
        descriptor("  - name: streamed\n    path: ../../data/train.csv\n" + EnginesAgreeWithTheStreamingGateTest.SCHEMA
                + "  - name: table\n    mlgate: {engine: warehouse, table: public.mlgate_train}\n"
                + EnginesAgreeWithTheStreamingGateTest.SCHEMA);

        GateResult result = run();

        JsonNode data = TestJson.section(result, "data");
        JsonNode streamed = data.get(0);
        JsonNode table = data.get(1);
        assertThat(table.path("files")).hasToString("[\"warehouse: table public.mlgate_train\"]");
        assertThat(table.path("rows").asLong()).isEqualTo(20_000);
        EnginesAgreeWithTheStreamingGateTest.sameCountsInAnyOrder(streamed, table);
        EnginesAgreeWithTheStreamingGateTest.sameProfiles(streamed, table);
    }

    /**
     * The texts at the edges of the calendar and of the double range, read by PostgreSQL's compiled rules (the
     * calendar compared as digits, plain decimals cast straight to double, the rest through numeric), give the
     * streaming gate's errors and values.
     */
    @Test
    void calendarAndNumberEdgesGiveTheStreamingGatesVerdicts() throws Exception {
        String[] days = {
            "2024-02-29",
            "2023-02-29",
            "1900-02-29",
            "2000-02-29",
            "2021-04-30",
            "2021-04-31",
            "2021-13-01",
            "2021-00-10",
            "2021-01-00",
            "2021-01-32",
            "0001-01-01",
            "9999-12-31",
            "2021-11-31"
        };
        String[] times = {
            "2024-02-29T23:59:59", "2023-02-29T00:00:00", "2021-01-01T24:00:00", "2021-01-01T23:60:00",
            "2021-01-01T23:59:60", "2021-01-01T00:00:00.123456", "2021-06-31T10:00:00", "2021-12-31T23:59:59"
        };
        String[] numbers = {
            "-0.0",
            "0.1",
            "+.5",
            "5.",
            "1e400",
            "-1e400",
            "1e-400",
            "1E3",
            "123456789012345678901234567890.5",
            "0." + "0".repeat(297) + "1",
            "0." + "0".repeat(305) + "25",
            "NaN",
            "-inf",
            "2.5e-3"
        };
        StringBuilder csv = new StringBuilder("id,day,at,x\n");
        int rows = Math.max(days.length, Math.max(times.length, numbers.length));
        for (int r = 0; r < rows; r++) {
            csv.append(r)
                    .append(',')
                    .append(r < days.length ? days[r] : "")
                    .append(',')
                    .append(r < times.length ? times[r] : "")
                    .append(',')
                    .append(r < numbers.length ? numbers[r] : "")
                    .append('\n');
        }
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/edges.csv"), csv);
        sql("DROP TABLE IF EXISTS mlgate_edges", "CREATE TABLE mlgate_edges (id text, day text, at text, x text)");
        try (Connection connection = connect()) {
            connection
                    .unwrap(org.postgresql.PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY mlgate_edges FROM STDIN WITH (FORMAT csv, HEADER true)",
                            new StringReader(csv.toString()));
        }
        String schema = "    schema:\n      primaryKey: id\n      fields:\n"
                + "        - {name: id, type: integer}\n"
                + "        - {name: day, type: date, constraints: {minimum: '0001-01-02'}}\n"
                + "        - {name: at, type: datetime}\n"
                + "        - {name: x, type: number, constraints: {maximum: 1000}}\n";
        descriptor("  - name: streamed\n    path: ../../data/edges.csv\n" + schema
                + "  - name: table\n    mlgate: {engine: warehouse, table: mlgate_edges}\n" + schema);

        GateResult result = run();

        JsonNode data = TestJson.section(result, "data");
        assertThat(data.get(0).at("/errors/byField"))
                .hasToString("{\"type-error\":{\"day\":8,\"at\":5},\"constraint-error\":{\"x\":2,\"day\":1}}");
        EnginesAgreeWithTheStreamingGateTest.sameCountsInAnyOrder(data.get(0), data.get(1));
        EnginesAgreeWithTheStreamingGateTest.sameProfiles(data.get(0), data.get(1));
    }

    @Test
    void rowsOfATableAreNamedByTheirPrimaryKey() throws Exception {
        sql(
                "DROP TABLE IF EXISTS mlgate_customers",
                "CREATE TABLE mlgate_customers (customer_id integer, age integer, plan text, signup date)",
                "INSERT INTO mlgate_customers VALUES (1, 34, 'basic', '2024-01-02'), (2, 12, 'gold', '2024-02-03'),"
                        + " (2, 40, 'plus', NULL), (4, NULL, 'it''s', '2019-05-06')");
        descriptor("  - name: customers\n    mlgate: {engine: warehouse, table: mlgate_customers}\n"
                + "    schema:\n      primaryKey: customer_id\n      fields:\n"
                + "        - {name: customer_id, type: integer}\n"
                + "        - {name: age, type: integer, constraints: {required: true, minimum: 18}}\n"
                + "        - {name: plan, type: string, constraints: {enum: [basic, plus, \"it's\"]}}\n"
                + "        - {name: signup, type: date, constraints: {minimum: '2020-01-01'}}\n");

        GateResult result = run();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.violations())
                .extracting(Finding::message)
                .containsExactly(
                        "Resource 'customers' the row where customer_id = '2', field 2 'age': '12' is below the"
                                + " minimum 18.",
                        "Resource 'customers' the row where customer_id = '2', field 3 'plan': 'gold' is not one of"
                                + " the enum values.",
                        "Resource 'customers' the row where customer_id = '2': the primary key (customer_id) repeats"
                                + " that of another row.",
                        "Resource 'customers' the row where customer_id = '4', field 2 'age': the value is missing,"
                                + " but the field is required.",
                        "Resource 'customers' the row where customer_id = '4', field 4 'signup': '2019-05-06' is"
                                + " below the minimum 2020-01-01.");
    }

    /**
     * Enum columns (one of a schema off the search path, one whose name needs quotes) are checked as their text, and a
     * column of a type the gate cannot name when it keeps the checked cells (a composite of a schema off the search
     * path) is checked all the same: every statement then reads the table itself.
     */
    @Test
    void columnsOfTypesOutsideTheSearchPathAreCheckedAllTheSame() throws Exception {
        sql(
                "DROP TABLE IF EXISTS mlgate_moods",
                "DROP SCHEMA IF EXISTS mlgate_types CASCADE",
                "DROP TYPE IF EXISTS \"Mood\"",
                "CREATE SCHEMA mlgate_types",
                "CREATE TYPE mlgate_types.mood AS ENUM ('calm', 'busy')",
                "CREATE TYPE \"Mood\" AS ENUM ('up', 'down')",
                "CREATE TYPE mlgate_types.spot AS (x integer, y integer)",
                "CREATE TABLE mlgate_moods (id integer, mood mlgate_types.mood, swing \"Mood\", spot mlgate_types.spot)",
                "INSERT INTO mlgate_moods VALUES (1, 'calm', 'up', ROW(1, 2)), (1, 'busy', NULL, ROW(3, 4)),"
                        + " (3, NULL, 'down', NULL)");
        descriptor("  - name: moods\n    mlgate: {engine: warehouse, table: mlgate_moods}\n"
                + "    schema:\n      primaryKey: id\n      fields:\n"
                + "        - {name: id, type: integer}\n"
                + "        - {name: mood, type: any, constraints: {required: true}}\n"
                + "        - {name: swing, type: string, constraints: {required: true, enum: [up]}}\n"
                + "        - {name: spot, type: any, constraints: {required: true}}\n");

        GateResult result = run();

        assertThat(result.violations())
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "Resource 'moods' the row where id = '1': the primary key (id) repeats that of another row.",
                        "Resource 'moods' the row where id = '1', field 3 'swing': the value is missing, but the field"
                                + " is required.",
                        "Resource 'moods' the row where id = '3', field 2 'mood': the value is missing, but the field"
                                + " is required.",
                        "Resource 'moods' the row where id = '3', field 3 'swing': 'down' is not one of the enum"
                                + " values.",
                        "Resource 'moods' the row where id = '3', field 4 'spot': the value is missing, but the field"
                                + " is required.");
    }

    @Test
    void foreignKeysAndRepeatedRowsBetweenTablesGiveTheStreamingGatesCounts() throws Exception {
        String[] rows = EnginesAgreeWithTheStreamingGateTest.keyedRows(5_000, new Random(7));
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/customers.csv"), rows[0]);
        Files.writeString(project.resolve("data/orders.csv"), rows[1]);
        sql(
                "DROP TABLE IF EXISTS mlgate_customers",
                "DROP TABLE IF EXISTS mlgate_orders",
                "CREATE TABLE mlgate_customers (id text, region text)",
                "CREATE TABLE mlgate_orders (order_id text, customer_id text, amount text)");
        try (Connection connection = connect()) {
            org.postgresql.copy.CopyManager copy =
                    connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            copy.copyIn("COPY mlgate_customers FROM STDIN WITH (FORMAT csv, HEADER true)", new StringReader(rows[0]));
            copy.copyIn("COPY mlgate_orders FROM STDIN WITH (FORMAT csv, HEADER true)", new StringReader(rows[1]));
        }
        String tables = EnginesAgreeWithTheStreamingGateTest.keyedResources("x", "y", "warehouse")
                .replace("    path: x\n    mlgate: {", "    mlgate: {table: public.mlgate_customers, ")
                .replace("    path: y\n    mlgate: {", "    mlgate: {table: public.mlgate_orders, ");
        descriptor(tables);
        GateResult streamed = EnginesAgreeWithTheStreamingGateTest.streamed(
                project,
                "resources:\n"
                        + EnginesAgreeWithTheStreamingGateTest.keyedResources(
                                "../../data/customers.csv", "../../data/orders.csv", null),
                100);
        GateResult engine = run();

        // Tables have no row order, and these no primary key: the counts agree, the rows are named as "a row".
        EnginesAgreeWithTheStreamingGateTest.assertKeyedCountsAgree(streamed, engine);
        assertThat(engine.violations())
                .extracting(Finding::message)
                .contains("Resource 'orders' a row (the schema has no primary key to name it by) repeats another row.");
    }

    @Test
    void splitsInTablesAreCheckedAsTheStreamingGateChecksThem() throws Exception {
        String[] rows = EnginesAgreeWithTheStreamingGateTest.splitRows(new Random(11));
        Files.createDirectories(project.resolve("data"));
        StringBuilder tables = new StringBuilder("resources:\n");
        for (int s = 0; s < 3; s++) {
            String role = Splits.ROLES.get(s);
            Files.writeString(project.resolve("data/" + role + ".csv"), rows[s]);
            sql(
                    "DROP TABLE IF EXISTS mlgate_split_" + role,
                    "CREATE TABLE mlgate_split_" + role + " (id text, day text, label text, score text)");
            try (Connection connection = connect()) {
                connection
                        .unwrap(org.postgresql.PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY mlgate_split_" + role + " FROM STDIN WITH (FORMAT csv, HEADER true)",
                                new StringReader(rows[s]));
            }
        }
        String streamedDescriptor = EnginesAgreeWithTheStreamingGateTest.splitResources(".csv", null);
        String engineDescriptor = streamedDescriptor;
        for (String role : Splits.ROLES) {
            engineDescriptor = engineDescriptor.replace(
                    "    path: ../../data/" + role + ".csv\n",
                    "    mlgate: {engine: warehouse, table: public.mlgate_split_" + role + "}\n");
        }
        descriptor(engineDescriptor.substring("resources:\n".length()));

        GateResult streamed = EnginesAgreeWithTheStreamingGateTest.streamed(project, streamedDescriptor, 100);
        GateResult engine = run();

        // Tables without a primary key name their rows "a row": the examples of shared samples aside, the split
        // findings and the splits section agree.
        EnginesAgreeWithTheStreamingGateTest.assertSplitsAgree(
                streamed,
                engine,
                message -> message.replaceAll("for example .*\\. A sample", "for example ... A sample"));
    }

    @Test
    void anUnreachableDatabaseFailsNamingTheEngineAndItsUrlWithoutTheCredentials() throws IOException {
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(
                descriptor,
                "mlgate:\n  engines:\n    warehouse: {type: jdbc, url: 'jdbc:postgresql://localhost:1/ml?password=secret'}\n"
                        + "resources:\n  - name: t\n    mlgate: {engine: warehouse, table: t}\n"
                        + "    schema: {fields: [{name: id, type: integer}]}\n");

        GateResult result = run();

        assertThat(result.violations()).hasSize(1);
        assertThat(result.violations().get(0).message())
                .startsWith("Resource 't': the engine 'warehouse' (jdbc,"
                        + " jdbc:postgresql://localhost:1/ml?password=***) cannot be reached: ")
                .doesNotContain("secret");
    }

    private void descriptor(String resources) throws IOException {
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(
                descriptor,
                "mlgate:\n  engines:\n    warehouse:\n      type: jdbc\n      url: '" + URL + "'\n"
                        + "      userEnv: MLGATE_POSTGRES_USER\n      passwordEnv: MLGATE_POSTGRES_PASSWORD\n"
                        + "resources:\n" + resources);
    }

    private GateResult run() {
        return new DataGate()
                .run(new DataRequest(project, null, 100, project.resolve("target/mlgate"), GatePolicy.DEFAULT));
    }

    /** A connection that may write, to set the tables up: the gate's own sessions are read-only. */
    @Test
    void everyQueryOfTheGateIsBoundedOnTheServer() throws Exception {
        EngineSpec engine = new EngineSpec(
                "warehouse",
                EngineKind.POSTGRES,
                URL,
                null,
                "MLGATE_POSTGRES_USER",
                "MLGATE_POSTGRES_PASSWORD",
                // A server whose string literals read backslashes as escapes (PostgreSQL before 9.1 did by default).
                java.util.Map.of("options", "-c standard_conforming_strings=off"),
                io.github.mlgate.gate.Location.ofFile("src/ml/datapackage.yaml"),
                false);
        try (SqlSession session = SharedSessions.open(SqlEngines.ON_CLASS_PATH, engine, null);
                SqlSession.SqlRows rows = session.query("SELECT current_setting('statement_timeout'),"
                        + " current_setting('client_connection_check_interval'), current_setting('TimeZone'),"
                        + " current_setting('transaction_read_only'), current_setting('standard_conforming_strings'),"
                        + " '\\d+'")) {
            rows.next();
            assertThat(List.of(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6)))
                    .containsExactly("1h", "5s", "UTC", "on", "on", "\\d+");
        }
    }

    private static Connection connect() throws Exception {
        return java.sql.DriverManager.getConnection(
                URL, System.getenv("MLGATE_POSTGRES_USER"), System.getenv("MLGATE_POSTGRES_PASSWORD"));
    }

    private static void sql(String... statements) throws Exception {
        try (Connection connection = connect();
                Statement run = connection.createStatement()) {
            for (String statement : statements) {
                run.execute(statement);
            }
        }
    }
}
