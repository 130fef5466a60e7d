package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.data.stream.ChunkedFile;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.TestJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of the data gate over the same files write byte-identical profiles, on the paths where the rows are cast
 * and profiled on several workers: a plain file read in chunks, and a compressed one read as a stream in batches. The
 * files have fields with too many distinct values to count exactly, so the sketches (distinct values, frequent
 * values, quantiles) are what is compared, not only exact counts.
 */
class ProfilesAreReproducibleTest {

    @TempDir
    Path project;

    @Test
    void twoRunsWriteTheSameProfileFiles() throws IOException {
        write();

        byte[][] first = run("first");
        byte[][] second = run("second");

        assertThat(new String(first[0], StandardCharsets.UTF_8))
                .contains("\"distinctExact\" : false")
                .contains("\"approximate\" : true");
        for (int i = 0; i < first.length; i++) {
            assertThat(new String(second[i], StandardCharsets.UTF_8))
                    .as("profile %d", i)
                    .isEqualTo(new String(first[i], StandardCharsets.UTF_8));
        }
    }

    /** Runs the gate in 16 KB chunks and returns the profile files it wrote, in the resources' order. */
    private byte[][] run(String name) throws IOException {
        Path output = project.resolve("target/" + name);
        GateResult result = new DataGate(new ChunkedFile.Chunking(0, 16 << 10))
                .run(new DataRequest(project, null, 10, output, GatePolicy.DEFAULT));
        assertThat(TestJson.section(result, "data").get(0).get("rows").asLong()).isEqualTo(60_000);
        return new byte[][] {
            Files.readAllBytes(output.resolve("profile/events.json")),
            Files.readAllBytes(output.resolve("profile/packed.json"))
        };
    }

    /** 60,000 seeded rows, once plain and once compressed. */
    private void write() throws IOException {
        SplittableRandom random = new SplittableRandom(20261201);
        StringBuilder csv = new StringBuilder("id,amount,score,city,note\n");
        for (int i = 1; i <= 60_000; i++) {
            csv.append(i)
                    .append(',')
                    .append(Math.round(Math.exp(random.nextGaussian() * 2) * 1000) / 100.0)
                    .append(',')
                    .append(random.nextDouble())
                    .append(',')
                    .append("city-")
                    .append((int) Math.abs(random.nextGaussian() * 400))
                    .append(',')
                    .append("note ")
                    .append(random.nextInt(50_000))
                    .append('\n');
        }
        Path data = project.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("events.csv"), csv);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(data.resolve("packed.csv.gz")));
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write(csv.toString());
        }
        String schema = "    schema:\n"
                + "      fields:\n"
                + "        - {name: id, type: integer}\n"
                + "        - {name: amount, type: number}\n"
                + "        - {name: score, type: number}\n"
                + "        - {name: city, type: string}\n"
                + "        - {name: note, type: string}\n";
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(
                project.resolve("src/ml/datapackage.yaml"),
                "resources:\n  - name: events\n    path: ../../data/events.csv\n" + schema
                        + "  - name: packed\n    path: ../../data/packed.csv.gz\n" + schema);
    }
}
