package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.data.stream.ChunkedFile;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.TestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each data gate run owns its worker threads and ends them: two runs at once in one JVM do not share or disturb each
 * other, and after a run no worker thread, nor the profiles a worker held, is left behind (as a long-lived Maven
 * daemon would otherwise keep them).
 */
class DataGateRunsOwnTheirWorkersTest {

    @TempDir
    Path project;

    @Test
    void twoRunsAtOnceGiveTheResultOfOneAndLeaveNoWorkerBehind() throws Exception {
        write();
        GateResult alone = run();
        assertThat(workers()).isEmpty();

        CompletableFuture<GateResult> first = CompletableFuture.supplyAsync(this::run);
        CompletableFuture<GateResult> second = CompletableFuture.supplyAsync(this::run);

        assertThat(first.get().findings()).isEqualTo(alone.findings()).isNotEmpty();
        assertThat(second.get().findings()).isEqualTo(alone.findings());
        assertThat(TestJson.section(first.get(), "data").get(0).get("rows"))
                .isEqualTo(TestJson.section(alone, "data").get(0).get("rows"));
        assertThat(workers()).isEmpty();
    }

    @Test
    void runsOneAfterAnotherEachEndTheirWorkers() throws Exception {
        write();
        for (int i = 0; i < 3; i++) {
            run();
            assertThat(workers()).as("worker threads alive after run %d", i + 1).isEmpty();
        }
    }

    private GateResult run() {
        // Small chunks, so the rows are parsed, cast and profiled on the workers.
        return new DataGate(new ChunkedFile.Chunking(0, 4096))
                .run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT));
    }

    private static List<String> workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("mlgate-data"))
                .toList();
    }

    /** 20,000 rows with a type error in every thousandth. */
    private void write() throws IOException {
        StringBuilder csv = new StringBuilder("id,amount,plan\n");
        for (int i = 1; i <= 20_000; i++) {
            csv.append(i)
                    .append(',')
                    .append(i % 1000 == 0 ? "x" : String.valueOf(i * 0.5))
                    .append(',');
            csv.append(i % 3 == 0 ? "basic" : "premium").append('\n');
        }
        Files.writeString(project.resolve("rows.csv"), csv);
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(
                project.resolve("src/ml/datapackage.yaml"),
                "name: rows\n"
                        + "resources:\n"
                        + "  - name: rows\n"
                        + "    path: ../../rows.csv\n"
                        + "    schema:\n"
                        + "      primaryKey: id\n"
                        + "      fields:\n"
                        + "        - {name: id, type: integer}\n"
                        + "        - {name: amount, type: number}\n"
                        + "        - {name: plan, type: string, constraints: {enum: [basic, premium]}}\n");
    }
}
