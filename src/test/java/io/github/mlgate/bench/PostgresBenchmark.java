package io.github.mlgate.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data gate on a PostgreSQL table: the data benchmark's rows loaded with {@code COPY} into a table of text columns
 * (as raw data land in a warehouse), checked and profiled through the gate with the full schema; beside it, in the
 * same JVM and alternating with it, a hand-written query of the same work as a data engineer would write it for this
 * one table: every error counted by field and code in one scan of fenced per-row expressions, the primary key's
 * repeats, the first failing rows, the profile aggregates, histograms and frequent values.
 *
 * <p>Needs the server the tests use: {@code MLGATE_POSTGRES_URL}, {@code MLGATE_POSTGRES_USER}, {@code
 * MLGATE_POSTGRES_PASSWORD}.
 */
final class PostgresBenchmark {

    private PostgresBenchmark() {}

    static void run(Path directory, int rows) throws IOException, SQLException {
        String url = System.getenv("MLGATE_POSTGRES_URL");
        if (url == null) {
            System.out.println("postgres: skipped: set MLGATE_POSTGRES_URL, MLGATE_POSTGRES_USER and"
                    + " MLGATE_POSTGRES_PASSWORD to a server (.ci/run starts one) to run it");
            return;
        }
        String table = "mlgate_bench.events_" + rows;
        load(directory, rows, table);
        Path descriptor = directory.resolve("datapackage-postgres.yaml");
        Files.writeString(
                descriptor,
                "mlgate:\n  engines:\n    warehouse:\n      type: jdbc\n      url: '" + url + "'\n"
                        + "      userEnv: MLGATE_POSTGRES_USER\n      passwordEnv: MLGATE_POSTGRES_PASSWORD\n"
                        + DataBenchmark.descriptor("unused.csv")
                                .replace(
                                        "    path: unused.csv\n",
                                        "    mlgate: {engine: warehouse, table: " + table + "}\n"));
        StatementLog.inTurns("postgres", directory, descriptor, () -> "counts " + handWritten(table));
    }

    /** Loads the benchmark rows into a table of text columns the first time, with {@code COPY}. */
    private static void load(Path directory, int rows, String table) throws IOException, SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS mlgate_bench");
            try (ResultSet exists = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
                exists.next();
                if (exists.getBoolean(1)) {
                    return;
                }
            }
            Path csv = directory.resolve("data-" + rows + "-for-postgres.csv");
            Map<String, Long> injected = new TreeMap<>();
            long start = System.nanoTime();
            DataBenchmark.write(csv, rows, injected, false);
            statement.execute("CREATE TABLE " + table + " (id text, event_time text, signup text, amount text,"
                    + " discount text, quantity text, age text, category text, code text, active text, comment text,"
                    + " score text, label text)");
            org.postgresql.copy.CopyManager copy =
                    connection.unwrap(org.postgresql.core.BaseConnection.class).getCopyAPI();
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                copy.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            }
            statement.execute("ANALYZE " + table);
            Files.delete(csv);
            System.out.printf(
                    Locale.ROOT,
                    "loaded %,d data rows into %s with COPY in %.1f s; errors injected %s%n",
                    rows,
                    table,
                    Benchmark.seconds(start),
                    injected);
        }
    }

    /**
     * The hand-written equivalent: one scan of fenced per-row expressions ({@code OFFSET 0}, so each cast runs once),
     * with {@code int8}/{@code float8} casts, counting every error by field and code and taking the profile's counts,
     * extremes and moments; the distinct counts, histograms and frequent values of the few-valued fields; the primary
     * key's repeats by one hash grouping; and the first 100 failing rows.
     */
    private static String handWritten(String table) throws SQLException {
        String number = "'^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$'";
        String typed = "SELECT CASE WHEN id ~ '^[+-]?[0-9]{1,18}$' THEN id::int8 END AS id, id AS id_t,"
                + " CASE WHEN event_time ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$'"
                + " THEN event_time::timestamp END AS event_time,"
                + " CASE WHEN signup ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN signup::date END AS signup,"
                + " CASE WHEN amount ~ " + number + " THEN amount::float8 END AS amount, amount AS amount_t,"
                + " CASE WHEN discount ~ " + number + " THEN discount::float8 END AS discount, discount AS discount_t,"
                + " CASE WHEN quantity ~ '^[+-]?[0-9]{1,18}$' THEN quantity::int8 END AS quantity,"
                + " quantity AS quantity_t,"
                + " CASE WHEN age ~ '^[+-]?[0-9]{1,18}$' THEN age::int8 END AS age,"
                + " category, code, code ~ '^[A-Z]{3}-[0-9]{4}$' AS code_ok,"
                + " CASE WHEN active IN ('true', 'false') THEN active = 'true' END AS active, comment,"
                + " CASE WHEN score ~ " + number + " THEN score::float8 END AS score,"
                + " CASE WHEN label ~ '^[+-]?[0-9]{1,18}$' THEN label::int8 END AS label"
                + " FROM " + table + " OFFSET 0";
        StringBuilder profile = new StringBuilder();
        for (String x : new String[] {"id", "amount", "discount", "quantity", "age", "score", "label"}) {
            profile.append(String.format(", min(%1$s), max(%1$s), avg(%1$s), stddev_samp(%1$s), count(%1$s)", x));
        }
        for (String x : new String[] {"event_time", "signup", "category", "code", "active::int", "comment"}) {
            profile.append(String.format(", min(%1$s), max(%1$s), count(%1$s)", x));
        }
        String counts = "SELECT count(*),"
                + " count(*) FILTER (WHERE amount_t <> '' AND amount IS NULL),"
                + " count(*) FILTER (WHERE amount < 0 OR amount > 10000),"
                + " count(*) FILTER (WHERE discount < 0 OR discount > 1),"
                + " count(*) FILTER (WHERE quantity IS NULL OR quantity < 1 OR quantity > 100),"
                + " count(*) FILTER (WHERE age < 18 OR age > 99),"
                + " count(*) FILTER (WHERE category NOT IN ('books', 'music', 'garden', 'toys', 'food', 'tools',"
                + " 'sports', 'health', 'travel', 'games')),"
                + " count(*) FILTER (WHERE NOT code_ok),"
                + " count(*) FILTER (WHERE score < 0 OR score > 1),"
                + " count(*) FILTER (WHERE label NOT IN (0, 1))" + profile + " FROM (" + typed + ") typed";
        String few = "SELECT count(DISTINCT signup), count(DISTINCT discount), count(DISTINCT quantity),"
                + " count(DISTINCT age), count(DISTINCT category), count(DISTINCT active),"
                + " count(DISTINCT label) FROM (" + typed + ") typed";
        String repeats = "SELECT id, count(*) FROM " + table + " GROUP BY id HAVING count(*) > 1";
        String firstErrors = "SELECT * FROM (" + typed + ") typed WHERE quantity IS NULL OR age > 99 OR category NOT IN"
                + " ('books', 'music', 'garden', 'toys', 'food', 'tools', 'sports', 'health', 'travel', 'games') OR"
                + " NOT code_ok OR (amount_t <> '' AND amount IS NULL) LIMIT 100";
        String[] binned = {"amount", "discount", "quantity", "age", "score", "label"};
        String bins = Benchmark.bins(binned, "(" + typed + ") typed");
        StringBuilder each = new StringBuilder();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET jit = off");
            try (ResultSet result = statement.executeQuery(counts)) {
                result.next();
                for (int c = 2; c <= 10; c++) {
                    each.append(result.getLong(c)).append(' ');
                }
            }
            Benchmark.drain(statement, few);
            Benchmark.drain(statement, repeats);
            Benchmark.drain(statement, firstErrors);
            Benchmark.drain(statement, bins);
            Benchmark.drain(
                    statement,
                    "SELECT c, n FROM (SELECT category AS c, count(*) AS n FROM " + table + " GROUP BY category"
                            + " UNION ALL SELECT active, count(*) FROM " + table + " GROUP BY active) tops");
        }
        return each.toString().strip();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("MLGATE_POSTGRES_URL"),
                System.getenv("MLGATE_POSTGRES_USER"),
                System.getenv("MLGATE_POSTGRES_PASSWORD"));
    }
}
