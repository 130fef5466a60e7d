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
