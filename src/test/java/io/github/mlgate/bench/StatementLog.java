package io.github.mlgate.bench;

import io.github.mlgate.csv.CsvReader;
import io.github.mlgate.data.DataGate;
import io.github.mlgate.data.DataRequest;
import io.github.mlgate.data.resource.DataProgress;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statements an engine ran for the data gate in one benchmark run, with their times, as {@code mvn -X} logs them:
 * printed shortened, and written whole to a file beside the benchmark's data.
 */
final class StatementLog implements DataProgress {

    private final List<String> shown = new ArrayList<>();
    private final StringBuilder whole = new StringBuilder();

    /**
     * Runs the data gate on a benchmark's descriptor, hearing its statements.
     *
     * @param directory the benchmark's directory
     * @param descriptor the descriptor, in it
     * @return the gate's result
     */
    GateResult run(Path directory, Path descriptor) {
        return new DataGate()
                .run(new DataRequest(
                        directory,
                        descriptor.getFileName(),
                        100,
                        null,
                        GatePolicy.DEFAULT,
                        this,
                        DataProgress.DEFAULT_INTERVAL,
                        CsvReader.DEFAULT_MAX_RECORD_BYTES,
                        false));
    }

    @Override
    public void progress(String resource, long rows, long bytesRead, long bytesTotal, double seconds) {}

    @Override
    public void statement(String resource, String sql, double seconds) {
        whole.append(String.format(Locale.ROOT, "-- %.3f s%n%s;%n", seconds, sql));
        shown.add(String.format(Locale.ROOT, "%7.2f s  %s", seconds, sql.length() > 110 ? sql.substring(0, 110) : sql));
    }

    /** A hand-written query of a benchmark's outputs: what it counted, shown beside its time. */
    @FunctionalInterface
    interface HandWritten {
        String run() throws java.sql.SQLException;
    }

    /**
     * Runs the data gate and a hand-written equivalent three times in turns, printing each run, the gate's statements
     * of its last run, and the medians with their ratio.
     *
     * @param name the benchmark's name, which prefixes its lines
     * @param directory the benchmark's directory
     * @param descriptor the descriptor, in it
     * @param hand the hand-written equivalent
     * @throws IOException when the statements cannot be written
     * @throws java.sql.SQLException when the hand-written query fails
     */
    static void inTurns(String name, Path directory, Path descriptor, HandWritten hand)
            throws IOException, java.sql.SQLException {
        double[] gate = new double[3];
        double[] peer = new double[3];
        for (int run = 0; run < 3; run++) {
            Benchmark.resetPeaks();
            StatementLog statements = new StatementLog();
            long start = System.nanoTime();
            GateResult result = statements.run(directory, descriptor);
            gate[run] = Benchmark.seconds(start);
            if (run == 2) {
                statements.print(name, directory);
            }
            com.fasterxml.jackson.databind.JsonNode data =
                    io.github.mlgate.gate.TestJson.section(result, "data").get(0);
            System.out.printf(
                    Locale.ROOT,
                    "%s: mlgate: %,d rows, 13 fields: %.2f s, peak heap %,d MB; errors %s%n",
                    name,
                    data.path("rows").asLong(),
                    gate[run],
                    Benchmark.peakHeapMegabytes(),
                    data.path("errors").path("byCode"));
            start = System.nanoTime();
            String counted = hand.run();
            peer[run] = Benchmark.seconds(start);
            System.out.printf(Locale.ROOT, "%s: hand-written SQL: %.2f s (%s)%n", name, peer[run], counted);
        }
        java.util.Arrays.sort(gate);
        java.util.Arrays.sort(peer);
        System.out.printf(
                Locale.ROOT,
                "%s: median mlgate %.2f s, hand-written %.2f s: %.2fx (target: at most 1.25x)%n",
                name,
                gate[1],
                peer[1],
                gate[1] / peer[1]);
    }

    /**
     * Prints the statements and writes them whole.
     *
     * @param name the benchmark's name, which prefixes its lines and names the file
     * @param directory where the file is written
     * @throws IOException when it cannot be written
     */
    void print(String name, Path directory) throws IOException {
        System.out.println(name + ": mlgate's statements in its last run (as mvn -X logs them):");
        shown.forEach(line -> System.out.println("  " + line));
        Path file = directory.resolve(name + "-statements.sql");
        Files.writeString(file, whole);
        System.out.println(name + ": the statements whole: " + file);
    }
}
