package io.github.mlgate.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files whole or not at all, so a reader (a CI step, a site report) never sees half of one. */
public final class AtomicFiles {

    private AtomicFiles() {}

    /**
     * Writes a text file through a temporary file in the same directory, creating the directory.
     *
     * @param target the file
     * @param text its text, written as UTF-8
     * @throws IOException when it cannot be written
     */
    public static void write(Path target, String text) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
