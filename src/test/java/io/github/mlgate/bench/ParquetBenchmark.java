package io.github.mlgate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.data.DataGate;
import io.github.mlgate.data.DataRequest;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.TestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The data gate's SQL path on the data benchmark's rows written as Parquet (typed columns, and one text column with
 * the type errors), checked through DuckDB with the full schema; beside it, in the same JVM and alternating with it,
 * a hand-written DuckDB equivalent: the same error counts, listed error rows, profile aggregates, histograms and
 * frequent values, as one would write them for this one file. The ratio of the two is the cost of compiling the
 * schema rather than writing the SQL by hand.
 */
final class ParquetBenchmark {

    private ParquetBenchmark() {}

    static void run(Path directory, int rows) throws IOException, SQLException {
        Path parquet = file(directory, rows);
        Path descriptor = directory.resolve("datapackage-parquet.yaml");
        Files.writeString(
                descriptor, DataBenchmark.descriptor(parquet.getFileName().toString()));
        StatementLog.inTurns(
                "parquet",
                directory,
                descriptor,
                () -> "errors counted " + handWritten(parquet.toAbsolutePath().toString()));
    }

    /** The benchmark file as typed Parquet, written by DuckDB the first time. */
    static Path file(Path directory, int rows) throws IOException {
        Path parquet = directory.resolve("data-" + rows + ".parquet");
        Map<String, Long> injected = new TreeMap<>();
        if (!Files.exists(parquet)) {
            Path csv = directory.resolve("data-" + rows + "-for-parquet.csv");
            long start = System.nanoTime();
            DataBenchmark.write(csv, rows, injected, false);
            duckdb("COPY (SELECT CAST(id AS BIGINT) AS id, CAST(event_time AS TIMESTAMP) AS event_time,"
                    + " CAST(signup AS DATE) AS signup, amount, CAST(discount AS DOUBLE) AS discount,"
                    + " CAST(quantity AS INTEGER) AS quantity, CAST(age AS INTEGER) AS age, category, code,"
                    + " CAST(active AS BOOLEAN) AS active, comment, CAST(score AS DOUBLE) AS score,"
                    + " CAST(label AS INTEGER) AS label FROM read_csv('" + csv.toAbsolutePath()
                    + "', all_varchar = true, header = true)) TO '" + parquet.toAbsolutePath()
                    + "' (FORMAT parquet)");
            Files.delete(csv);
            System.out.printf(
                    Locale.ROOT,
                    "generated %,d data rows as Parquet (%,d MB) in %.1f s; errors injected %s%n",
                    rows,
                    Files.size(parquet) / 1_000_000,
                    Benchmark.seconds(start),
                    injected);
        }
        return parquet;
    }

    /**
     * Spark {@code local[2]} over the same file with the same schema: no target, the figure for the notes. Spark runs
     * in a driver JVM forked with this JVM's class path, as the data gate's tests run it.
     */
    static void spark(Path directory, int rows) throws IOException {
        Path parquet = file(directory, rows);
        Path descriptor = directory.resolve("datapackage-spark.yaml");
        Files.writeString(
                descriptor,
                "mlgate:\n  engines:\n    local: {type: spark, master: 'local[2]', options: {spark.driver.memory: 2g}}\n"
                        + DataBenchmark.descriptor(parquet.getFileName().toString())
                                .replace("    schema:", "    mlgate: {engine: local}\n    schema:"));
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            GateResult result = new DataGate()
                    .run(new DataRequest(directory, descriptor.getFileName(), 100, null, GatePolicy.DEFAULT));
            JsonNode data = TestJson.section(result, "data").get(0);
            System.out.printf(
                    Locale.ROOT,
                    "parquet: mlgate through Spark local[2]: %,d rows, 13 fields: %.2f s (driver JVM start included);"
                            + " errors %s%n",
                    data.path("rows").asLong(),
                    Benchmark.seconds(start),
                    data.path("errors").path("byCode"));
        }
    }

    /**
     * The hand-written equivalent: what the gate reports, as one would query it for this file: every error counted
     * by field and code in one scan, the primary key's repeats, the first error rows, the profile aggregates, the
     * histograms and the frequent values.
     */
    private static long handWritten(String file) throws SQLException {
        String source = "read_parquet('" + file + "')";
        String amountOk = "regexp_full_match(amount, '[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?')";
        String amount = "TRY_CAST(amount AS DOUBLE)";
        String quantiles = "[0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]";
        StringBuilder profile = new StringBuilder();
        String[] numeric = {"id", amount, "discount", "quantity", "age", "score", "label"};
        for (String x : numeric) {
            profile.append(String.format(
                    ", approx_count_distinct(%1$s), min(%1$s), max(%1$s), avg(%1$s), stddev_samp(%1$s),"
                            + " quantile_disc(%1$s, %2$s), count(%1$s)",
                    x, quantiles));
        }
        for (String x : new String[] {"event_time", "signup", "category", "code", "active", "comment"}) {
            profile.append(String.format(", approx_count_distinct(%1$s), min(%1$s), max(%1$s), count(%1$s)", x));
        }
        String counts = "SELECT count(*),"
                + " count(*) FILTER (WHERE amount IS NOT NULL AND amount <> '' AND NOT " + amountOk + "),"
                + " count(*) FILTER (WHERE " + amountOk + " AND (" + amount + " < 0 OR " + amount + " > 10000)),"
                + " count(*) FILTER (WHERE discount < 0 OR discount > 1),"
                + " count(*) FILTER (WHERE quantity IS NULL OR quantity < 1 OR quantity > 100),"
                + " count(*) FILTER (WHERE age < 18 OR age > 99),"
                + " count(*) FILTER (WHERE category NOT IN ('books', 'music', 'garden', 'toys', 'food', 'tools',"
                + " 'sports', 'health', 'travel', 'games')),"
                + " count(*) FILTER (WHERE NOT regexp_full_match(code, '[A-Z]{3}-[0-9]{4}')),"
                + " count(*) FILTER (WHERE score < 0 OR score > 1),"
                + " count(*) FILTER (WHERE label NOT IN (0, 1))" + profile + " FROM " + source;
        String exactDistinct = "SELECT count(DISTINCT signup), count(DISTINCT discount), count(DISTINCT quantity),"
                + " count(DISTINCT age), count(DISTINCT category), count(DISTINCT active), count(DISTINCT comment),"
                + " count(DISTINCT label) FROM " + source;
        String firstErrors = "SELECT file_row_number, * FROM " + source + " WHERE quantity IS NULL OR age > 99 OR"
                + " category NOT IN ('books', 'music', 'garden', 'toys', 'food', 'tools', 'sports', 'health',"
                + " 'travel', 'games') OR NOT regexp_full_match(code, '[A-Z]{3}-[0-9]{4}') OR NOT " + amountOk
                + " ORDER BY file_row_number LIMIT 500";
        String repeats =
                "SELECT id, min(file_row_number), count(*) FROM " + source + " GROUP BY id HAVING count(*) > 1";
        String bins = Benchmark.bins(numeric, source);
        long errors = 0;
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery(counts)) {
                result.next();
                StringBuilder each = new StringBuilder();
                for (int c = 2; c <= 10; c++) {
                    errors += result.getLong(c);
                    each.append(result.getLong(c)).append(' ');
                }
                System.out.println(
                        "parquet: hand-written counts " + each.toString().strip());
            }
            Benchmark.drain(statement, exactDistinct);
            Benchmark.drain(statement, firstErrors);
            Benchmark.drain(statement, repeats);
            Benchmark.drain(statement, bins);
            for (String text : new String[] {"category", "code", "comment", "active"}) {
                Benchmark.drain(
                        statement,
                        "SELECT " + text + ", count(*) AS n FROM " + source + " GROUP BY " + text + " ORDER BY n DESC, "
                                + text + " LIMIT 10");
            }
        }
        return errors;
    }

    private static void duckdb(String statement) throws IOException {
        try (Connection connection = connect();
                Statement run = connection.createStatement()) {
            run.execute(statement);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static Connection connect() throws SQLException {
        try {
            Driver driver = (Driver)
                    Class.forName("org.duckdb.DuckDBDriver").getConstructor().newInstance();
            return driver.connect("jdbc:duckdb:", new Properties());
        } catch (ReflectiveOperationException e) {
            throw new SQLException(e);
        }
    }
}
