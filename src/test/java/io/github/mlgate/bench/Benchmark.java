package io.github.mlgate.bench;

import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.evaluation.EvaluationRequest;
import io.github.mlgate.evaluation.PredictionsCache;
import io.github.mlgate.evaluation.PredictionsFormat;
import io.github.mlgate.evaluation.Task;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.TestJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The speed benchmark: {@code ./mvnw -Pbench verify} (see docs/development.md). Generates seeded data under
 * {@code target/bench}, runs the gates on it and prints throughput, wall time and peak heap. It is a command, not a
 * test: timings depend on the machine and are reported, never asserted.
 */
public final class Benchmark {

    private Benchmark() {}

    /**
     * Runs the benchmarks.
     *
     * @param args optional: the number of prediction rows (default 10,000,000)
     * @throws IOException when the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        String which = args.length > 0 ? args[0] : "evaluate";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
        Path directory = Path.of("target/bench");
        Files.createDirectories(directory);
        if (which.equals("data")) {
            DataBenchmark.run(directory, rows);
        } else if (which.equals("parquet")) {
            try {
                ParquetBenchmark.run(directory, rows);
            } catch (java.sql.SQLException e) {
                throw new IOException(e);
            }
        } else if (which.equals("postgres")) {
            try {
                PostgresBenchmark.run(directory, rows);
            } catch (java.sql.SQLException e) {
                throw new IOException(e);
            }
        } else if (which.equals("spark")) {
            ParquetBenchmark.spark(directory, rows);
        } else if (which.equals("monitor")) {
            MonitorBenchmark.run(directory, rows);
        } else {
            evaluation(directory, rows, List.of("region", "device"), null);
            evaluation(directory, Math.min(rows, 1_000_000), List.of(), 0.95);
        }
    }

    private static void evaluation(Path directory, int rows, List<String> slices, Double confidence)
            throws IOException {
        Path predictions = directory.resolve("predictions-" + rows + ".csv");
        if (!Files.exists(predictions) || lines(predictions) != rows + 1) {
            long start = System.nanoTime();
            writePredictions(predictions, rows);
            System.out.printf(
                    Locale.ROOT,
                    "generated %,d prediction rows (%,d MB) in %.1f s%n",
                    rows,
                    Files.size(predictions) / 1_000_000,
                    seconds(start));
        }
        Path scope = directory.resolve("src/ml/scope.yaml");
        Files.createDirectories(scope.getParent());
        Files.writeString(
                scope,
                "successCriteria:\n  model:\n"
                        + "    - metric: roc_auc\n      min: 0.5\n"
                        + (slices.isEmpty()
                                ? ""
                                : "    - metric: f1\n      min: 0.1\n      slice: \"*\"\n"
                                        + "    - metric: recall\n      slices: region\n      maxGap: 1\n"));
        EvaluationRequest request = new EvaluationRequest(
                directory,
                null,
                predictions.getFileName(),
                new PredictionsFormat(Task.BINARY, "label", "prediction", "score", "1", 0.5, slices),
                Path.of("metrics.json"),
                null,
                null,
                null,
                "test",
                30,
                confidence,
                1000,
                7,
                directory.resolve("mlgate"),
                GatePolicy.DEFAULT,
                new PredictionsCache(),
                java.util.Set.of(),
                null,
                null);
        resetPeaks();
        long start = System.nanoTime();
        GateResult result = new EvaluationGate().run(request);
        double took = seconds(start);
        System.out.printf(
                Locale.ROOT,
                "evaluate: %,d rows, all binary metrics overall and on %d slice columns (%d slices)%s: %.2f s wall,"
                        + " %,.0f rows/s, %.0f MB/s, peak heap %,d MB, status %s%n",
                rows,
                slices.size(),
                TestJson.section(result, "metrics").path("slices").size(),
                confidence == null ? "" : ", with 1,000-resample bootstrap intervals of every metric",
                took,
                rows / took,
                Files.size(predictions) / 1e6 / took,
                peakHeapMegabytes(),
                result.status());
    }

    private static void writePredictions(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        String[] regions = {"north", "south", "east", "west"};
        String[] devices = {"ios", "android", "web"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("label,prediction,score,region,device\n");
            StringBuilder line = new StringBuilder(64);
            for (int i = 0; i < rows; i++) {
                int label = random.nextDouble() < 0.3 ? 1 : 0;
                double score = Math.min(1, Math.max(0, 0.35 * label + random.nextDouble() * 0.65));
                score = Math.round(score * 10_000) / 10_000.0;
                line.setLength(0);
                line.append(label)
                        .append(',')
                        .append(score >= 0.5 ? 1 : 0)
                        .append(',')
                        .append(score)
                        .append(',')
                        .append(regions[random.nextInt(4)])
                        .append(',')
                        .append(devices[random.nextInt(3)])
                        .append('\n');
                out.append(line);
            }
        }
    }

    static long lines(Path file) throws IOException {
        try (var stream = Files.lines(file)) {
            return stream.count();
        }
    }

    /**
     * A hand-written query of the histograms' counts: per numeric field, the rows at or below each tenth.
     *
     * @param numbers the fields' expressions
     * @param from what the query reads
     * @return the query
     */
    static String bins(String[] numbers, String from) {
        List<String> counts = new java.util.ArrayList<>();
        for (String number : numbers) {
            for (int b = 1; b < 10; b++) {
                counts.add("count(*) FILTER (WHERE " + number + " <= " + b * 0.1 + ")");
            }
        }
        return "SELECT " + String.join(", ", counts) + " FROM " + from;
    }

    /** Runs a hand-written query and reads every row it gives, as a report would. */
    static void drain(java.sql.Statement statement, String query) throws java.sql.SQLException {
        try (java.sql.ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                result.getObject(1);
            }
        }
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1_000_000;
    }
}
