package io.github.mlgate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeTextAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out/report.json");

        AtomicFiles.write(target, "first");
        AtomicFiles.write(target, "second");

        assertThat(target).hasContent("second");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    /** An output readable by its owner alone (0600) locked out the CI user that reads reports. */
    @Test
    void theOutputTakesThePermissionsTheUmaskGivesAsAnyNewFile() throws Exception {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path target = dir.resolve("report.json");

        AtomicFiles.write(target, "{}");

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
}
