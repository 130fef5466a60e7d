package io.github.mlgate.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/** Writes files whole or not at all, so a reader (a CI step, a site report) never sees half of one. */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

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
        // Not Files.createTempFile, which makes the file readable by its owner alone (0600): created plainly, it takes
        // the permissions the umask gives, as Maven's own outputs do, so a CI user other than the builder can read it.
        Path temporary = directory.resolve(
                "." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            Files.writeString(
                    temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
