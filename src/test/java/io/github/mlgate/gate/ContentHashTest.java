package io.github.mlgate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsHashedByItsBytesAndAMissingOneIsAbsent() throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"), "id\n1\n");
        String first = ContentHash.of(file);
        Files.writeString(file, "id\n2\n");

        assertThat(ContentHash.of(file)).isNotEqualTo(first).hasSize(64);
        assertThat(ContentHash.of(dir.resolve("none.csv"))).isEqualTo(ContentHash.ABSENT);
    }

    /** Hashing /dev/zero never ended, and a FIFO blocked, under mlgate:check before any gate ran. */
    @Test
    void aDeviceOrAFifoIsNeverRead() throws Exception {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
        assertThat(ContentHash.of(zero)).isEqualTo(ContentHash.NOT_A_REGULAR_FILE);

        Path fifo = dir.resolve("predictions.csv");
        Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        assertThat(ContentHash.of(fifo)).isEqualTo(ContentHash.NOT_A_REGULAR_FILE);
    }
}
