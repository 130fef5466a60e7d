package io.github.mlgate.data.engine.spark;

import io.github.mlgate.data.engine.ColumnKind;
import io.github.mlgate.data.engine.EngineException;
import io.github.mlgate.data.engine.SqlSession;
import io.github.mlgate.data.resource.EngineSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Spark engine's session: a driver JVM ({@link SparkDriver}) started as Surefire forks tests, with the module
 * openings Spark needs on Java 17 and later and a class path of Spark's jars alone, so that neither Maven's JVM nor
 * the plugin's libraries meet Spark's. Queries go down a pipe and their few result rows come back ({@link SparkWire}).
 */
public final class SparkFork implements SqlSession {

    /** The module openings Spark's own launcher gives its JVMs on Java 17 and later. */
    static final List<String> MODULE_OPENINGS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");

    /** The master when an engine gives none: Spark in the driver JVM, on every core of the machine. */
    static final String LOCAL = "local[*]";

    /** The last lines the driver wrote to standard error, to say why it failed. */
    private static final int KEPT_LINES = 40;

    private final EngineSpec engine;
    private final Process process;
    private final BufferedReader answers;
    private final Writer queries;
    private final Deque<String> said = new ArrayDeque<>();

    private SparkFork(EngineSpec engine, Process process) {
        this.engine = engine;
        this.process = process;
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.queries = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread drain = new Thread(this::drain, "mlgate-spark-driver-stderr");
        drain.setDaemon(true);
        drain.start();
    }

    /**
     * Starts a driver JVM and its Spark session.
     *
     * @param engine the engine: its {@code url} is the master ({@code local[2]}, {@code spark://host:7077}, {@code
     *     yarn}, {@code k8s://...}), its options Spark configuration entries ({@code spark.driver.memory} sizes the
     *     driver JVM's heap, {@code spark.driver.extraJavaOptions} adds options to it)
     * @param classPath Spark's jars
     * @param work the driver's working folder, where Spark writes what it writes beside itself (its empty
     *     {@code spark-warehouse}, its scratch files): under the build's output directory, never the project's root
     * @return the session, which the caller closes
     * @throws EngineException when the JVM or the session cannot start; the message names the engine and says why
     */
    public static SparkFork start(EngineSpec engine, List<Path> classPath, Path work) throws EngineException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Map<String, String> conf = new java.util.HashMap<>(engine.options());
        try {
            java.nio.file.Files.createDirectories(work);
        } catch (IOException e) {
            throw new EngineException("The " + engine.shown() + " cannot make its Spark driver's working folder " + work
                    + ": " + e.getMessage());
        }
        conf.putIfAbsent(
                "spark.sql.warehouse.dir",
                work.resolve("spark-warehouse").toUri().toString());
        conf.putIfAbsent("spark.local.dir", work.resolve("scratch").toString());
        if (conf.containsKey("spark.driver.memory")) {
            command.add("-Xmx" + conf.get("spark.driver.memory"));
        }
        command.addAll(MODULE_OPENINGS);
        String extra = conf.get("spark.driver.extraJavaOptions");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        List<String> entries = new ArrayList<>();
        classPath.forEach(jar -> entries.add(jar.toString()));
        entries.add(ownJar().toString());
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, entries));
        command.add(SparkDriver.class.getName());
        Process process;
        try {
            process = new ProcessBuilder(command).directory(work.toFile()).start();
        } catch (IOException e) {
            throw new EngineException(
                    "The " + engine.shown() + " cannot start its Spark driver JVM: " + e.getMessage());
        }
        SparkFork fork = new SparkFork(engine, process);
        try {
            fork.send(SparkWire.escape(engine.url() == null ? LOCAL : engine.url()));
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(conf).entrySet()) {
                fork.send(SparkWire.escape(entry.getKey()) + "\t" + SparkWire.escape(entry.getValue()));
            }
            fork.send("");
            // A master that never answers would hold the build: the driver is stopped once the time is up.
            java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.CompletableFuture<Void> started = new java.util.concurrent.CompletableFuture<>();
            started.completeOnTimeout(null, START_SECONDS, TimeUnit.SECONDS).thenRun(() -> {
                if (!fork.answered) {
                    late.set(true);
                    process.destroyForcibly();
                }
            });
            String answer = fork.answers.readLine();
            fork.answered = true;
            started.complete(null);
            if (answer == null || !answer.equals(SparkWire.READY)) {
                fork.close();
                String why = late.get()
                        ? "no session within " + START_SECONDS + " seconds (the master "
                                + (engine.url() == null ? LOCAL : engine.url()) + " did not answer)"
                        : answer != null && answer.startsWith(SparkWire.FAILED + "\t")
                                ? startFailure(SparkWire.unescape(answer.substring(2)), fork)
                                : fork.whyEnded();
                throw new EngineException("The " + engine.shown() + " cannot start a Spark session: " + why);
            }
        } catch (IOException e) {
            fork.close();
            throw new EngineException("The " + engine.shown() + " cannot start a Spark session: " + fork.whyEnded());
        }
        return fork;
    }

    /** How long a Spark session may take to start, in seconds. */
    static final long START_SECONDS = 180;

    /** Whether the driver answered the start, in time or not: the watchdog then leaves it alone. */
    private volatile boolean answered;

    /**
     * Why Spark did not start, as the driver said it: Spark's own words, or, where Spark failed inside its code with a
     * Java exception's text ({@code Cannot invoke "org.apache.spark.SparkEnv.rpcEnv()"...}), the last error its log
     * gave instead.
     */
    private static String startFailure(String said, SparkFork fork) {
        String first = io.github.mlgate.gate.Printable.firstLine(said);
        if (first.startsWith("Cannot invoke ") || first.startsWith("java.lang.") || first.equals("(no message)")) {
            return "Spark stopped while starting; its log says: " + fork.whyEnded();
        }
        return first;
    }

    /** Where this class was loaded from: the plugin's jar, or its classes folder; the driver JVM needs it too. */
    private static Path ownJar() {
        try {
            return Path.of(SparkFork.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The plugin's own location is not a path", e);
        }
    }

    private void send(String line) throws IOException {
        queries.write(line);
        queries.write('\n');
        queries.flush();
    }

    @Override
    public SqlRows query(String sql) throws SQLException {
        try {
            send(SparkWire.QUERY + "\t" + SparkWire.escape(sql));
            String head = line();
            if (head.startsWith(SparkWire.FAILED + "\t")) {
                throw new SQLException(SparkWire.unescape(head.substring(2)));
            }
            int count = Integer.parseInt(head.substring(SparkWire.COLUMNS.length() + 1));
            String[] names = new String[count];
            String[] types = new String[count];
            for (int c = 0; c < count; c++) {
                String[] column = line().split("\t", -1);
                names[c] = SparkWire.unescape(column[0]);
                types[c] = SparkWire.unescape(column[1]);
            }
            List<Object[]> rows = new ArrayList<>();
            for (String line = line(); !line.equals(SparkWire.END); line = line()) {
                String[] fields = line.split("\t", -1);
                Object[] row = new Object[count];
                for (int c = 0; c < count; c++) {
                    row[c] = SparkWire.read(fields[c + 1]);
                }
                rows.add(row);
            }
            return new Rows(names, types, rows);
        } catch (IOException e) {
            throw new SQLException("the Spark driver JVM ended: " + whyEnded());
        }
    }

    /** Spark analyses the query, with files not readable as tables ({@code parquet.`/path`}), and does not run it. */
    @Override
    public String vet(String query) throws SQLException {
        try {
            send(SparkWire.VET + "\t" + SparkWire.escape(query));
            String answer = line();
            return answer.startsWith(SparkWire.FAILED + "\t")
                    ? "is not a query Spark runs on the engine's tables: "
                            + io.github.mlgate.gate.Printable.firstLine(SparkWire.unescape(answer.substring(2)))
                    : null;
        } catch (IOException e) {
            throw new SQLException("the Spark driver JVM ended: " + whyEnded());
        }
    }

    /** The driver's next line; its end is an error, since every answer ends with a line of its own. */
    private String line() throws IOException {
        String line = answers.readLine();
        if (line == null) {
            throw new IOException("the answer ended early");
        }
        return line;
    }

    @Override
    public void close() {
        try {
            send(SparkWire.BYE);
            queries.close();
        } catch (IOException ignored) {
            // The driver already ended.
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        try (BufferedReader errors =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = errors.readLine(); line != null; line = errors.readLine()) {
                synchronized (said) {
                    said.addLast(line);
                    if (said.size() > KEPT_LINES) {
                        said.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the driver ended: the last error or exception it printed, and its exit code. */
    private String whyEnded() {
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String last = null;
        synchronized (said) {
            for (String line : said) {
                if (line.contains("Exception") || line.contains("Error") || line.startsWith("Caused by")) {
                    last = line.strip();
                }
            }
            if (last == null && !said.isEmpty()) {
                last = said.peekLast().strip();
            }
        }
        String code = process.isAlive() ? "" : " (exit code " + process.exitValue() + ")";
        return (last == null ? "it printed nothing" : last) + code;
    }

    /** A result, read whole: the checks' results are a few rows. */
    private static final class Rows implements SqlRows {
        private final String[] names;
        private final String[] types;
        private final List<Object[]> rows;
        private int at = -1;

        Rows(String[] names, String[] types, List<Object[]> rows) {
            this.names = names;
            this.types = types;
            this.rows = rows;
        }

        @Override
        public boolean next() {
            return ++at < rows.size();
        }

        @Override
        public Object getObject(int column) throws SQLException {
            if (at < 0 || at >= rows.size() || column < 1 || column > names.length) {
                throw new SQLException("no column " + column + " in row " + at);
            }
            return rows.get(at)[column - 1];
        }

        @Override
        public long getLong(int column) throws SQLException {
            Object value = getObject(column);
            if (value == null) {
                return 0;
            }
            return value instanceof Number number
                    ? number.longValue()
                    : new java.math.BigDecimal(value.toString()).longValueExact();
        }

        @Override
        public double getDouble(int column) throws SQLException {
            Object value = getObject(column);
            if (value == null) {
                return 0;
            }
            return value instanceof Number number ? number.doubleValue() : Double.parseDouble(value.toString());
        }

        @Override
        public Object[] getArray(int column) throws SQLException {
            return (Object[]) getObject(column);
        }

        @Override
        public int columnCount() {
            return names.length;
        }

        @Override
        public String columnName(int column) {
            return names[column - 1];
        }

        @Override
        public ColumnKind columnKind(int column) {
            return kind(types[column - 1]);
        }

        @Override
        public String columnTypeName(int column) {
            return types[column - 1];
        }

        @Override
        public void close() {}
    }

    /**
     * What a Spark column holds, by the type's simple name.
     *
     * @param type for example {@code string}, {@code bigint}, {@code decimal(10,2)}
     * @return its kind
     */
    static ColumnKind kind(String type) {
        if (type.startsWith("decimal(")) {
            return type.endsWith(",0)") ? ColumnKind.INTEGER : ColumnKind.DECIMAL;
        }
        return switch (type) {
            case "string" -> ColumnKind.TEXT;
            case "tinyint", "smallint", "int", "bigint" -> ColumnKind.INTEGER;
            case "float", "double" -> ColumnKind.FLOAT;
            case "boolean" -> ColumnKind.BOOLEAN;
            case "date" -> ColumnKind.DATE;
            case "timestamp", "timestamp_ntz" -> ColumnKind.TIMESTAMP;
            default -> type.startsWith("varchar(") || type.startsWith("char(") ? ColumnKind.TEXT : ColumnKind.OTHER;
        };
    }
}
