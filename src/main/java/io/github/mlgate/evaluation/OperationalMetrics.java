package io.github.mlgate.evaluation;

import io.github.mlgate.csv.BoundedLines;
import io.github.mlgate.csv.CsvReader;
import io.github.mlgate.csv.Dialect;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.RegularFiles;
import io.github.mlgate.scope.ModelCriterion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Non-functional evidence: latency percentiles from measured latencies, and the model's size on disk. The evaluation
 * gate measures them from the files the user gives; the deploy gate by timing the served model, for the criteria no
 * file speaks for ({@link #judgedWhenServed}).
 */
public final class OperationalMetrics {

    /** The latency metrics, in milliseconds. */
    public static final List<String> LATENCIES =
            List.of("latency_p50_ms", "latency_p95_ms", "latency_p99_ms", "latency_mean_ms");

    /** The model's size in megabytes (10^6 bytes). */
    public static final String MODEL_SIZE = "model_size_mb";

    private OperationalMetrics() {}

    /**
     * Whether a criterion is judged on the served model's own run rather than on the evaluation's evidence: a
     * criterion on the whole evidence (no slice, no gap) on a latency metric when no latency file is given, or on the
     * model's size when no model file is given. One rule, so that each criterion is judged by exactly one gate.
     *
     * @param criterion the criterion
     * @param latencyFileGiven whether the evaluation reads a latency file
     * @param modelFileGiven whether the evaluation measures a model file
     * @return true when the deploy gate judges it
     */
    public static boolean judgedWhenServed(ModelCriterion criterion, boolean latencyFileGiven, boolean modelFileGiven) {
        if (criterion.slice() != null || criterion.isGap()) {
            return false;
        }
        return LATENCIES.contains(criterion.metric())
                ? !latencyFileGiven
                : criterion.metric().equals(MODEL_SIZE) && !modelFileGiven;
    }

    /**
     * The latency metrics of measured latencies: {@code latency_p50_ms}, {@code latency_p95_ms}, {@code
     * latency_p99_ms} (linear interpolation between the two nearest ranks, numpy's default) and {@code
     * latency_mean_ms}.
     *
     * @param millis the latencies in milliseconds, at least one; sorted in place
     * @return the metrics, in the order of {@link #LATENCIES}
     */
    public static Map<String, Double> latencies(double[] millis) {
        Arrays.parallelSort(millis);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("latency_p50_ms", percentile(millis, 50));
        metrics.put("latency_p95_ms", percentile(millis, 95));
        metrics.put("latency_p99_ms", percentile(millis, 99));
        metrics.put("latency_mean_ms", Arrays.stream(millis).sum() / millis.length);
        return metrics;
    }

    /**
     * Latency metrics ({@link #latencies}) from a latency file.
     *
     * @param path one latency in milliseconds per line, or a CSV file when {@code column} is set
     * @param file how to name it
     * @param column the CSV column holding the latencies, or null for one number per line
     * @param findings where problems go
     * @return the metrics, or null when the file has an error
     */
    static Map<String, Double> latency(Path path, String file, String column, Findings findings) {
        double[] values;
        if (!RegularFiles.mayOpen(path, file, "the latency file", findings)) {
            return null;
        }
        try {
            values = column == null ? lines(path, file, findings) : csvColumn(path, file, column, findings);
        } catch (IOException | RuntimeException e) {
            findings.error("file-unreadable", file + " cannot be read: " + e.getMessage(), Location.ofFile(file));
            return null;
        }
        if (values == null) {
            return null;
        }
        if (values.length == 0) {
            findings.error("empty-file", file + " holds no latencies.", Location.ofFile(file));
            return null;
        }
        return latencies(values);
    }

    /** The percentile of sorted values, interpolating linearly between ranks as numpy.percentile does. */
    static double percentile(double[] sorted, double percent) {
        double position = percent / 100 * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }

    private static double[] lines(Path path, String file, Findings findings) throws IOException {
        Latencies latencies = new Latencies();
        int line = 0;
        try (BoundedLines reader = new BoundedLines(
                Files.newBufferedReader(path, StandardCharsets.UTF_8), CsvReader.DEFAULT_MAX_RECORD_BYTES)) {
            for (String text = reader.next(); text != null; text = reader.next()) {
                line++;
                if (!text.isBlank()) {
                    latencies.add(text.strip(), file + " line " + line, new Location(file, line, null), findings);
                }
            }
        }
        return latencies.result();
    }

    private static double[] csvColumn(Path path, String file, String column, Findings findings) throws IOException {
        try (CsvReader rows = new CsvReader(Files.newInputStream(path), Dialect.CSV)) {
            if (!rows.next()) {
                return new double[0];
            }
            List<String> header = new ArrayList<>();
            for (int i = 0; i < rows.fields(); i++) {
                header.add(rows.text(i));
            }
            int index = header.indexOf(column);
            if (index < 0) {
                findings.error(
                        "missing-column",
                        file + " has no column '" + column + "' (set by latencyColumn); its columns are "
                                + String.join(", ", header) + ".",
                        new Location(file, 1, null));
                return null;
            }
            Latencies latencies = new Latencies();
            int row = 1;
            while (rows.next()) {
                row++;
                if (rows.isBlank()) {
                    continue;
                }
                String value = index < rows.fields() ? rows.text(index).strip() : "";
                latencies.add(
                        value,
                        file + " row " + row + ", column '" + column + "'",
                        new Location(file, row, null),
                        findings);
            }
            return latencies.result();
        }
    }

    /** Latencies collected as they are read; any bad one makes the whole file unusable. */
    private static final class Latencies {
        private double[] values = new double[1024];
        private int count;
        private boolean bad;

        void add(String value, String where, Location location, Findings findings) {
            Double number = latencyValue(value);
            if (number == null) {
                findings.error(
                        "invalid-value",
                        where + ": '" + value + "' is not a latency in milliseconds (a number >= 0).",
                        location);
                bad = true;
                return;
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = number;
        }

        double[] result() {
            return bad ? null : Arrays.copyOf(values, count);
        }
    }

    private static Double latencyValue(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) && value >= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * {@code model_size_mb}: the model's size in megabytes (10^6 bytes); a directory counts every file in it.
     *
     * @param path the model file or directory
     * @param file how to name it
     * @param findings where problems go
     * @return the metrics, or null when the model cannot be measured
     */
    static Map<String, Double> modelSize(Path path, String file, Findings findings) {
        try {
            long bytes;
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    bytes = files.filter(Files::isRegularFile)
                            .mapToLong(p -> {
                                try {
                                    return Files.size(p);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            })
                            .sum();
                }
            } else {
                bytes = Files.size(path);
            }
            return Map.of(MODEL_SIZE, bytes / 1_000_000.0);
        } catch (IOException | UncheckedIOException e) {
            findings.error(
                    "file-unreadable",
                    "The model " + file + " cannot be measured: " + e.getMessage(),
                    Location.ofFile(file));
            return null;
        }
    }
}
