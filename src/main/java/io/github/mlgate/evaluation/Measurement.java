package io.github.mlgate.evaluation;

import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * What is known of one model: the metrics measured from its predictions or read from a metrics file, and, with
 * predictions, the rows themselves, so two models scored on the same rows can be compared row by row.
 */
public final class Measurement {

    final MetricTable table;
    private final Predictions predictions;
    private final PredictionMetrics.Prepared prepared;
    private final List<String> sources;

    private Measurement(
            MetricTable table, Predictions predictions, PredictionMetrics.Prepared prepared, List<String> sources) {
        this.table = table;
        this.predictions = predictions;
        this.prepared = prepared;
        this.sources = sources;
    }

    /**
     * Reads a model's evidence: its predictions, scored, when that file exists, and a metrics file when that one
     * exists; metrics computed from predictions take precedence. Adds one check per file, or a failed
     * {@code evidence} check when neither exists.
     *
     * @param base the project directory
     * @param predictionsFile the predictions CSV
     * @param metricsFile the metrics file
     * @param format how to read the predictions
     * @param cache the build's last read predictions, reused when the file is unchanged
     * @param checks where the checks go
     * @return the measurement, or null when there is no evidence or a file has an error
     */
    public static Measurement read(
            Path base,
            Path predictionsFile,
            Path metricsFile,
            PredictionsFormat format,
            PredictionsCache cache,
            List<CheckResult> checks) {
        return read(base, predictionsFile, metricsFile, format, null, null, cache, java.util.Set.of(), checks);
    }

    static Measurement read(
            Path base,
            Path predictionsFile,
            Path metricsFile,
            PredictionsFormat format,
            Bootstrap bootstrap,
            Double confidence,
            PredictionsCache cache,
            java.util.Set<Path> configured,
            List<CheckResult> checks) {
        Path predictionsPath = base.resolve(predictionsFile);
        String predictionsShown = ProjectFiles.display(base, predictionsPath);
        Path metricsPath = base.resolve(metricsFile);
        String metricsShown = ProjectFiles.display(base, metricsPath);
        if (!Files.exists(predictionsPath) && !Files.exists(metricsPath)) {
            Findings none = new Findings();
            none.error(
                    "no-evidence",
                    "No evaluation evidence: neither the predictions " + predictionsShown + " nor the metrics file "
                            + metricsShown + " exists. Write one of them before this phase, or set"
                            + " predictionsFile / metricsFile.",
                    Location.ofFile(predictionsShown));
            checks.add(CheckResult.ran("evidence", "predictions or a metrics file exist", none.list()));
            return null;
        }
        boolean broken = false;
        Measurement measurement = new Measurement(new MetricTable(), null, null, new ArrayList<>());
        if (Files.exists(predictionsPath)) {
            Findings findings = new Findings();
            Measurement scored =
                    ofPredictions(predictionsPath, predictionsShown, format, findings, bootstrap, confidence, cache);
            if (scored != null) {
                measurement = scored;
                findings.info(
                        "predictions-read",
                        "Scored " + scored.predictions.rows() + " "
                                + format.task().label() + " predictions from " + predictionsShown + ".",
                        Location.ofFile(predictionsShown));
            } else {
                broken = true;
            }
            checks.add(CheckResult.ran("predictions", "the predictions are readable and scored", findings.list()));
        } else if (configured.contains(predictionsFile)) {
            broken = true;
            checks.add(CheckResult.ran(
                    "predictions",
                    "the predictions are readable and scored",
                    configuredButMissing(predictionsShown, "predictionsFile / mlgate.predictions")));
        }
        if (Files.exists(metricsPath)) {
            Findings findings = new Findings();
            MetricTable read = MetricsFile.read(metricsPath, metricsShown, findings);
            if (read != null) {
                measurement.table.addMissing(read);
                measurement.sources.add(metricsShown);
            } else {
                broken = true;
            }
            checks.add(CheckResult.ran("metrics-file", "the metrics file is well formed", findings.list()));
        } else if (configured.contains(metricsFile)) {
            broken = true;
            checks.add(CheckResult.ran(
                    "metrics-file",
                    "the metrics file is well formed",
                    configuredButMissing(metricsShown, "metricsFile / mlgate.metrics")));
        }
        return broken ? null : measurement;
    }

    /** A file the user named that is not there: it must be, or the gate would judge other evidence in its place. */
    private static List<io.github.mlgate.gate.Finding> configuredButMissing(String shown, String setBy) {
        Findings findings = new Findings();
        findings.error(
                "file-missing",
                "The evidence file " + shown + " does not exist; it is configured (" + setBy + "), so it must be"
                        + " there.",
                Location.ofFile(shown));
        return findings.list();
    }

    /**
     * Scores a predictions file.
     *
     * @param path the CSV file
     * @param shown how to name it
     * @param format how to read it
     * @param findings where problems go
     * @return the measurement, or null when the file has an error
     */
    public static Measurement ofPredictions(Path path, String shown, PredictionsFormat format, Findings findings) {
        return ofPredictions(path, shown, format, findings, null, null, new PredictionsCache());
    }

    private static Measurement ofPredictions(
            Path path,
            String shown,
            PredictionsFormat format,
            Findings findings,
            Bootstrap bootstrap,
            Double level,
            PredictionsCache cache) {
        Predictions read = PredictionsReader.read(path, shown, format, findings, cache);
        if (read == null) {
            return null;
        }
        MetricTable table = new MetricTable();
        PredictionMetrics.Prepared all = PredictionMetrics.prepare(read, null);
        table.overall.putAll(all.compute(null));
        table.curves = Curves.of(read, all);
        if (bootstrap != null) {
            table.bootstrap = bootstrap;
            table.confidence = level;
            table.overallSamples.putAll(bootstrap.resample(all));
        }
        for (SliceColumn column : read.slices()) {
            PredictionMetrics.Prepared[] parts = all.split(column);
            for (int v = 0; v < parts.length; v++) {
                String slice = column.name() + "=" + column.values().get(v);
                table.slices.put(slice, parts[v].compute(null));
                table.sliceSizes.put(slice, (long) parts[v].size());
                if (bootstrap != null) {
                    table.sliceSamples.put(slice, bootstrap.resample(parts[v]));
                }
            }
        }
        return new Measurement(table, read, all, new ArrayList<>(List.of(shown)));
    }

    /**
     * Reads a metrics file.
     *
     * @param path the file
     * @param shown how to name it
     * @param findings where problems go
     * @return the measurement, or null when the file has an error
     */
    public static Measurement ofMetricsFile(Path path, String shown, Findings findings) {
        MetricTable table = MetricsFile.read(path, shown, findings);
        return table == null ? null : new Measurement(table, null, null, new ArrayList<>(List.of(shown)));
    }

    /**
     * A metric's value over all rows.
     *
     * @param metric the metric
     * @return the value (NaN when undefined), or null when not measured
     */
    public Double value(String metric) {
        return table.overall.get(metric);
    }

    /**
     * The files this measurement comes from.
     *
     * @return the files, as the user names them
     */
    public List<String> sources() {
        return List.copyOf(sources);
    }

    /**
     * What the model's pictures are drawn from, when this was measured from predictions.
     *
     * @return the curves, or null for a metrics file
     */
    public Curves curves() {
        return table.curves;
    }

    /**
     * Whether the rows are known, not only the metrics.
     *
     * @return true when measured from predictions
     */
    public boolean hasPredictions() {
        return predictions != null;
    }

    /**
     * Why two models' predictions cannot be compared row by row, if they cannot: they must have the same number of
     * rows and the same actual label in each row.
     *
     * @param other the other model
     * @return the reason, or null when the rows match
     */
    public String rowMismatch(Measurement other) {
        Predictions a = predictions;
        Predictions b = other.predictions;
        if (a.rows() != b.rows()) {
            return "they have " + a.rows() + " and " + b.rows() + " rows";
        }
        for (int r = 0; r < a.rows(); r++) {
            if (!a.sameActual(b, r)) {
                return "their actual labels differ in data row " + (r + 1);
            }
        }
        return null;
    }

    /**
     * The one-sided exact McNemar test that this model is more accurate than another on the same rows: among the
     * rows exactly one of the two gets right, the chance under equal accuracy (a fair coin) of this model winning
     * at least as many as it did.
     *
     * @param other the other model, on the same rows
     * @return the p-value
     */
    public double accuracyPValue(Measurement other) {
        long wins = 0;
        long losses = 0;
        for (int r = 0; r < predictions.rows(); r++) {
            boolean mine = predictions.correct(r);
            boolean theirs = other.predictions.correct(r);
            if (mine && !theirs) {
                wins++;
            } else if (!mine && theirs) {
                losses++;
            }
        }
        return binomialUpperTail(wins, wins + losses);
    }

    /** P(X >= k) for X ~ Binomial(n, 1/2), summed in log space so millions of rows neither overflow nor underflow. */
    static double binomialUpperTail(long k, long n) {
        if (k <= 0) {
            return 1.0;
        }
        double logTerm = logChoose(n, k) - n * Math.log(2);
        double sum = 0;
        for (long i = k; i <= n; i++) {
            double term = Math.exp(logTerm);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
            logTerm += Math.log((double) (n - i) / (i + 1));
        }
        return Math.min(1.0, sum);
    }

    private static double logChoose(long n, long k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    /** ln(n!), exactly summed for small n and by Stirling's series beyond. */
    private static double logFactorial(long n) {
        if (n < 256) {
            double sum = 0;
            for (long i = 2; i <= n; i++) {
                sum += Math.log(i);
            }
            return sum;
        }
        double x = n;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }

    /**
     * The paired bootstrap test that this model beats another on a metric, on the same rows: each resample weighs
     * every row by the same Poisson draw for both models; the p-value is the share of resamples in which this model
     * does not beat the other, (count + 1) / (resamples + 1).
     *
     * @param other the other model, on the same rows
     * @param metric the metric
     * @param higherIsBetter the metric's direction
     * @param resamples how many resamples
     * @param seed the seed; resample b draws from its own generator
     * @return the p-value
     */
    public double pairedBootstrapPValue(
            Measurement other, String metric, boolean higherIsBetter, int resamples, long seed) {
        int n = predictions.rows();
        int[] notBetter = new int[resamples];
        IntStream.range(0, resamples).parallel().forEach(b -> {
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + b);
            int[] byRow = new int[n];
            for (int r = 0; r < n; r++) {
                byRow[r] = Bootstrap.poisson(random);
            }
            double mine = valueWith(prepared, byRow, metric);
            double theirs = valueWith(other.prepared, byRow, metric);
            double improvement = higherIsBetter ? mine - theirs : theirs - mine;
            notBetter[b] = !(improvement > 0) ? 1 : 0;
        });
        int count = IntStream.of(notBetter).sum();
        return (count + 1.0) / (resamples + 1.0);
    }

    private static double valueWith(PredictionMetrics.Prepared prepared, int[] weightByRow, String metric) {
        int[] byPosition = new int[prepared.size()];
        for (int i = 0; i < byPosition.length; i++) {
            byPosition[i] = weightByRow[prepared.rows[i]];
        }
        Map<String, Double> metrics = prepared.compute(byPosition);
        return metrics.getOrDefault(metric, Double.NaN);
    }
}
