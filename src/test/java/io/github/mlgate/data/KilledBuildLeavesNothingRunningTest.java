package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.data.engine.SqlEngines;
import io.github.mlgate.data.engine.SqlSession;
import io.github.mlgate.data.engine.duckdb.DuckDbSandbox;
import io.github.mlgate.data.resource.EngineKind;
import io.github.mlgate.data.resource.EngineSpec;
import io.github.mlgate.gate.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with {@code kill -9} while an engine works: nothing it started runs on, and nothing it unpacked stays
 * behind. Each test runs the engine in a child JVM (this class's {@link #main}), kills it with SIGKILL once the engine
 * is busy, and looks at what is left. The waits below are upper bounds for something to end, never timings judged.
 */
class KilledBuildLeavesNothingRunningTest {

    private static final String READY = "engine-ready";

    @TempDir
    Path temporary;

    @Test
    void aSparkDriverEndsWithTheBuildThatStartedIt() throws Exception {
        Process build = child("spark", List.of());
        // The child starts no process but its Spark driver JVM (whose command line is too long for the JDK to show).
        List<ProcessHandle> drivers = build.descendants().toList();
        assertThat(drivers).as("the build's Spark driver JVM").hasSize(1);

        build.destroyForcibly().waitFor();

        // The driver looks for its build every second; two minutes is a bound on a loaded machine, not a timing.
        assertThat(drivers.get(0).onExit().get(120, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    @Test
    void duckDbsNativeLibraryIsNotLeftInTheTemporaryFolder() throws Exception {
        Process build = child("duckdb", List.of("-Djava.io.tmpdir=" + temporary));

        build.destroyForcibly().waitFor();

        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith("libduckdb"));
        }
    }

    @Test
    void aPostgresQueryEndsOnTheServerWhenItsBuildIsKilled() throws Exception {
        String url = System.getenv("MLGATE_POSTGRES_URL");
        Assumptions.assumeTrue(
                url != null || System.getenv("CI") != null,
                "MLGATE_POSTGRES_URL is not set: no PostgreSQL server to test against");
        String marker = "mlgate-killed-" + UUID.randomUUID();
        Process build = child("postgres", List.of(), marker);
        boolean started = false;
        for (int i = 0; i < 120 && !started; i++) {
            started = running(url, marker);
            Thread.sleep(started ? 0 : 500);
        }
        assertThat(started).as("the query while its build lives").isTrue();

        build.destroyForcibly().waitFor();

        // The query sleeps ten minutes; the server looks for its client every five seconds.
        boolean ended = false;
        for (int i = 0; i < 120 && !ended; i++) {
            Thread.sleep(500);
            ended = !running(url, marker);
        }
        assertThat(ended)
                .as("the query ended on the server after its build was killed")
                .isTrue();
    }

    private static boolean running(String url, String marker) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        url, System.getenv("MLGATE_POSTGRES_USER"), System.getenv("MLGATE_POSTGRES_PASSWORD"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                        + " AND query LIKE '%" + marker + "%' AND pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    /**
     * Starts this class's {@link #main} in a JVM of its own, and waits until its engine is at work.
     *
     * @param engine which engine the child starts
     * @param options the child JVM's options
     * @param arguments more arguments
     * @return the child, busy
     */
    private Process child(String engine, List<String> options, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(KilledBuildLeavesNothingRunningTest.class.getName());
        command.add(engine);
        command.add(temporary.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(READY)) {
                // The child keeps writing nothing more; its pipe is left to close when it dies.
                return process;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The child JVM ended before its engine was ready:\n" + seen);
    }

    /**
     * The killed build: opens an engine's session as the data gate does, sets it to work, says so, and waits to be
     * killed.
     *
     * @param arguments the engine ({@code spark}, {@code duckdb} or {@code postgres}), a project folder, and for
     *     PostgreSQL the marker its query carries
     * @throws Exception as the engine throws
     */
    public static void main(String[] arguments) throws Exception {
        Location here = Location.ofFile("src/ml/datapackage.yaml");
        Path project = Path.of(arguments[1]);
        SqlSession session =
                switch (arguments[0]) {
                    case "spark" ->
                        SharedSessions.open(
                                SqlEngines.ON_CLASS_PATH,
                                new EngineSpec(
                                        "cluster",
                                        EngineKind.SPARK,
                                        "local[1]",
                                        null,
                                        null,
                                        null,
                                        Map.of(),
                                        here,
                                        false),
                                null);
                    case "duckdb" ->
                        new SharedSessions(SqlEngines.ON_CLASS_PATH, DuckDbSandbox.of(project, null), null)
                                .session(EngineSpec.embedded(here));
                    default ->
                        SharedSessions.open(
                                SqlEngines.ON_CLASS_PATH,
                                new EngineSpec(
                                        "warehouse",
                                        EngineKind.POSTGRES,
                                        System.getenv("MLGATE_POSTGRES_URL"),
                                        null,
                                        "MLGATE_POSTGRES_USER",
                                        "MLGATE_POSTGRES_PASSWORD",
                                        Map.of(),
                                        here,
                                        false),
                                null);
                };
        try (SqlSession.SqlRows rows = session.query("SELECT 1")) {
            rows.next();
        }
        String busy =
                switch (arguments[0]) {
                    // A query that runs for hours: the driver is in it, not reading the pipe, when the build dies.
                    case "spark" -> "SELECT sum(id) FROM range(0, 1000000000000000)";
                    case "postgres" -> "SELECT pg_sleep(600) /* " + arguments[2] + " */";
                    default -> null;
                };
        if (busy != null) {
            Thread query = new Thread(() -> {
                try (SqlSession.SqlRows rows = session.query(busy)) {
                    rows.next();
                } catch (java.sql.SQLException e) {
                    // Killed first.
                }
            });
            query.start();
            Thread.sleep(1_000); // the query on its way: where it is matters not, only that the build dies meanwhile
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(600_000);
    }
}
