package io.github.mlgate.bench;

import io.github.mlgate.deployment.DriftSummary;
import io.github.mlgate.deployment.MonitorGate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.InvalidSettingsException;
import io.github.mlgate.gate.Services;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The monitor gate's benchmark: a reference and a current sample of the same seeded 6-field table (the current one
 * with its amounts shifted by 2%), every field watched by the default rules.
 */
final class MonitorBenchmark {

    private static final String[] CATEGORIES = {
        "books", "music", "garden", "toys", "food", "tools", "sports", "health", "travel", "games"
    };

    private MonitorBenchmark() {}

    static void run(Path directory, int rows) throws IOException {
        Path project = directory.resolve("monitor");
        Files.createDirectories(project.resolve("src/ml"));
        long start = System.nanoTime();
        write(project.resolve("reference-" + rows + ".csv"), rows, 1, 1.0);
        write(project.resolve("current-" + rows + ".csv"), rows, 2, 1.02);
        System.out.printf(
                Locale.ROOT,
                "generated 2 x %,d monitoring rows (%,d MB each) in %.1f s%n",
                rows,
                Files.size(project.resolve("reference-" + rows + ".csv")) / 1_000_000,
                Benchmark.seconds(start));
        String schema = "    schema:\n      primaryKey: id\n      fields:\n"
                + "        - {name: id, type: integer}\n        - {name: amount, type: number}\n"
                + "        - {name: age, type: integer}\n        - {name: category, type: string}\n"
                + "        - {name: active, type: boolean}\n        - {name: signup, type: date}\n";
        Files.writeString(
                project.resolve("src/ml/datapackage.yaml"),
                "resources:\n  - name: reference\n    path: ../../reference-" + rows + ".csv\n" + schema
                        + "  - name: current\n    path: ../../current-" + rows + ".csv\n" + schema);
        Files.writeString(
                project.resolve("src/ml/deployment.yaml"),
                "serving: {mode: batch}\nmonitoring:\n  owner: bench\n  schedule: daily\n  window: a day\n"
                        + "  reference: reference\n  current: current\n  alerts: [{to: bench, via: email}]\n"
                        + "  retraining: never\nrollback: {procedure: redeploy, fallback: the previous release}\n");
        Benchmark.resetPeaks();
        start = System.nanoTime();
        GateSettings settings;
        try {
            settings = GateSettings.builder(project)
                    .outputDirectory(project.resolve("target/mlgate"))
                    .predictionsFile(project.resolve("ml/predictions.csv"))
                    .metricsFile(project.resolve("target/ml/metrics.json"))
                    .build();
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException(e);
        }
        GateResult result = new MonitorGate().run(new MonitorGate().request(settings, Services.none()));
        double took = Benchmark.seconds(start);
        DriftSummary drift = (DriftSummary) result.sections().get(DriftSummary.KEY);
        if (drift == null) {
            result.findings().forEach(finding -> System.out.println("  " + finding.message()));
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "monitor: %,d reference + %,d current rows, 5 watched fields: %.2f s wall, peak heap %,d MB, %s%n",
                rows,
                rows,
                took,
                Benchmark.peakHeapMegabytes(),
                result.status());
        for (DriftSummary.FieldDrift field : drift.fields()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-9s %-13s %.6f (bound %s)%s%n",
                    field.field(),
                    field.method(),
                    field.value(),
                    field.threshold(),
                    field.drifted() ? " drifted" : "");
        }
    }

    private static void write(Path csv, int rows, long seed, double amountScale) throws IOException {
        if (Files.exists(csv) && Files.size(csv) > 0) {
            return;
        }
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate first = LocalDate.of(2020, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("id,amount,age,category,active,signup\n");
            for (int i = 0; i < rows; i++) {
                double amount = Math.exp(random.nextDouble() * 2 + 3) * amountScale;
                out.write(i + 1
                        + "," + String.format(Locale.ROOT, "%.2f", amount)
                        + "," + (18 + random.nextInt(70))
                        + "," + CATEGORIES[random.nextInt(CATEGORIES.length)]
                        + "," + (random.nextInt(4) != 0)
                        + "," + first.plusDays(random.nextInt(1500))
                        + "\n");
            }
        }
    }
}
