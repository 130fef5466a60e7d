package io.github.mlgate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.data.DataGate;
import io.github.mlgate.data.DataRequest;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.TestJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The data gate's benchmark: a seeded 13-field CSV with about 0.1% of rows carrying one injected error each, of every
 * kind; the gate must count exactly what was injected.
 */
final class DataBenchmark {

    static final String[] CATEGORIES = {
        "books", "music", "garden", "toys", "food", "tools", "sports", "health", "travel", "games"
    };

    private static final java.time.format.DateTimeFormatter SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", java.util.Locale.ROOT);

    private DataBenchmark() {}

    static void run(Path directory, int rows) throws IOException {
        Path csv = directory.resolve("data-" + rows + ".csv");
        Map<String, Long> injected = new TreeMap<>();
        long start = System.nanoTime();
        write(csv, rows, injected);
        System.out.printf(
                Locale.ROOT,
                "generated %,d data rows (%,d MB) in %.1f s%n",
                rows,
                Files.size(csv) / 1_000_000,
                Benchmark.seconds(start));
        Path descriptor = directory.resolve("datapackage.yaml");
        Files.writeString(descriptor, descriptor(csv.getFileName().toString()));
        Benchmark.resetPeaks();
        start = System.nanoTime();
        GateResult result =
                new DataGate().run(new DataRequest(directory, descriptor.getFileName(), 100, null, GatePolicy.DEFAULT));
        double took = Benchmark.seconds(start);
        JsonNode errors = TestJson.section(result, "data").get(0).path("errors").path("byCode");
        Map<String, Long> counted = new TreeMap<>();
        errors.fields()
                .forEachRemaining(e -> counted.put(e.getKey(), e.getValue().asLong()));
        System.out.printf(
                Locale.ROOT,
                "data: %,d rows, 13 fields: %.2f s wall, %,.0f rows/s, %.0f MB/s, peak heap %,d MB%n",
                rows,
                took,
                rows / took,
                Files.size(csv) / 1e6 / took,
                Benchmark.peakHeapMegabytes());
        System.out.println("data: errors counted " + counted);
        System.out.println("data: errors injected " + injected);
        System.out.println("data: counts "
                + (counted.equals(injected) ? "EQUAL the injected ones" : "DIFFER from the injected ones"));
    }

    /**
     * The benchmark's data package: one resource of 13 fields with a primary key and constraints of every kind.
     *
     * @param path the data file, relative to the descriptor
     * @return the descriptor
     */
    static String descriptor(String path) {
        return "resources:\n  - name: events\n    path: " + path + "\n"
                + "    schema:\n      primaryKey: id\n      fields:\n"
                + "        - {name: id, type: integer}\n"
                + "        - {name: event_time, type: datetime}\n"
                + "        - {name: signup, type: date}\n"
                + "        - {name: amount, type: number, constraints: {minimum: 0, maximum: 10000}}\n"
                + "        - {name: discount, type: number, constraints: {minimum: 0, maximum: 1}}\n"
                + "        - {name: quantity, type: integer, constraints: {required: true, minimum: 1, maximum: 100}}\n"
                + "        - {name: age, type: integer, constraints: {minimum: 18, maximum: 99}}\n"
                + "        - {name: category, type: string, constraints: {enum: ["
                + String.join(", ", CATEGORIES)
                + "]}}\n"
                + "        - {name: code, type: string, constraints: {pattern: '[A-Z]{3}-[0-9]{4}'}}\n"
                + "        - {name: active, type: boolean}\n"
                + "        - {name: comment, type: string}\n"
                + "        - {name: score, type: number, constraints: {minimum: 0, maximum: 1}}\n"
                + "        - {name: label, type: integer, constraints: {enum: [0, 1]}}\n";
    }

    private static void write(Path file, int rows, Map<String, Long> injected) throws IOException {
        write(file, rows, injected, true);
    }

    /**
     * Writes the benchmark file.
     *
     * @param file the file
     * @param rows its data rows
     * @param injected counts each injected error by code
     * @param structural whether rows may lack or have extra cells, or be blank: not for files turned into Parquet
     */
    static void write(Path file, int rows, Map<String, Long> injected, boolean structural) throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        String[] kinds = {
            "type-error",
            "constraint-maximum",
            "constraint-enum",
            "constraint-pattern",
            "constraint-required",
            "primary-key",
            "missing-cell",
            "extra-cell",
            "blank-row"
        };
        LocalDateTime time = LocalDateTime.of(2024, 1, 1, 0, 0);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,event_time,signup,amount,discount,quantity,age,category,code,active,comment,score,label\n");
            StringBuilder line = new StringBuilder(160);
            for (int i = 1; i <= rows; i++) {
                String kind = random.nextDouble() < 0.001 && i > 1 ? kinds[random.nextInt(kinds.length)] : null;
                if (!structural && kind != null && (kind.endsWith("-cell") || kind.equals("blank-row"))) {
                    kind = null;
                }
                if ("blank-row".equals(kind)) {
                    out.write(",,,,,,,,,,,,\n");
                    count(injected, "blank-row");
                    // A blank row's key is missing, which breaks the primary key as frictionless-py reports it.
                    count(injected, "primary-key");
                    continue;
                }
                line.setLength(0);
                line.append("primary-key".equals(kind) ? i - 1 : i).append(',');
                // With its seconds always: LocalDateTime.toString() drops ":00", which Table Schema does not allow.
                line.append(SECONDS.format(time.plusSeconds(i * 7L))).append(',');
                line.append(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)))
                        .append(',');
                line.append("type-error".equals(kind) ? "abc" : String.valueOf(random.nextInt(1_000_000) / 100.0))
                        .append(',');
                line.append(random.nextDouble() < 0.05 ? "" : String.valueOf(random.nextInt(100) / 100.0))
                        .append(',');
                line.append("constraint-required".equals(kind) ? "" : String.valueOf(1 + random.nextInt(100)))
                        .append(',');
                line.append("constraint-maximum".equals(kind) ? "150" : String.valueOf(18 + random.nextInt(80)))
                        .append(',');
                line.append("constraint-enum".equals(kind) ? "other" : CATEGORIES[random.nextInt(10)])
                        .append(',');
                line.append(
                                "constraint-pattern".equals(kind)
                                        ? "bad"
                                        : (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26))
                                                + (char) ('A' + random.nextInt(26)) + "-"
                                                + (1000 + random.nextInt(9000)))
                        .append(',');
                line.append(random.nextBoolean()).append(',');
                line.append("\"Delivered, on time — café №")
                        .append(random.nextInt(100))
                        .append("\",");
                line.append(random.nextInt(10_000) / 10_000.0).append(',');
                line.append(random.nextInt(2));
                if ("missing-cell".equals(kind)) {
                    line.setLength(line.lastIndexOf(","));
                }
                if ("extra-cell".equals(kind)) {
                    line.append(",surplus");
                }
                line.append('\n');
                out.append(line);
                if (kind != null) {
                    count(injected, kind.startsWith("constraint-") ? "constraint-error" : kind);
                }
            }
        }
    }

    private static void count(Map<String, Long> injected, String code) {
        injected.merge(code, 1L, Long::sum);
    }
}
