package io.github.mlgate.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Inputs must be regular files: a device such as {@code /dev/zero} never ends, a FIFO blocks until someone writes to
 * it, and a directory is no document. Every reader asks here before it opens a user's file.
 */
public final class RegularFiles {

    private RegularFiles() {}

    /**
     * What a path is when it exists but is not a regular file.
     *
     * @param path the file
     * @return "a directory" or "a device, FIFO or socket"; null for a regular file, or a path that does not exist or
     *     cannot be looked at (the reader reports those as it opens them)
     */
    public static String notRegular(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.isRegularFile() ? null : kind(attributes);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Reports a path that exists but is not a regular file as a {@code file-unreadable} error.
     *
     * @param path the file
     * @param shown how the file is named to the user
     * @param expected what the user should name instead, for example "the predictions CSV"
     * @param findings where the error goes
     * @return true when the path may be opened (a regular file, or nothing there, which the reader reports)
     */
    public static boolean mayOpen(Path path, String shown, String expected, Findings findings) {
        String kind = notRegular(path);
        if (kind == null) {
            return true;
        }
        findings.error(
                "file-unreadable",
                shown + " is not a regular file (" + kind + "); name " + expected + ".",
                Location.ofFile(shown));
        return false;
    }

    /**
     * What a file that is not regular is, in a user's words.
     *
     * @param attributes its attributes
     * @return for example "a directory"
     */
    public static String kind(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a directory";
        }
        return "a device, FIFO or socket";
    }

    /**
     * A size in bytes for a message.
     *
     * @param bytes the size
     * @return for example "2.0 MiB"
     */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }
}
