package io.github.mlgate.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 of a text or of what a path holds: a file's bytes, a directory's names and files, or its absence. */
public final class ContentHash {

    /** The hash recorded for a path that does not exist. */
    public static final String ABSENT = "absent";

    /** The hash recorded for a path that is neither a regular file nor a directory: a device, a FIFO or a socket. */
    public static final String NOT_A_REGULAR_FILE = "not-a-regular-file";

    private ContentHash() {}

    /**
     * The hash of a text.
     *
     * @param text the text
     * @return lowercase hex
     */
    public static String of(String text) {
        MessageDigest digest = sha256();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The hash of what a path holds.
     *
     * @param path a file, a directory or nothing
     * @return lowercase hex, or {@link #ABSENT}
     * @throws UncheckedIOException when the path cannot be read
     */
    public static String of(Path path) {
        try {
            if (Files.isDirectory(path)) {
                MessageDigest digest = sha256();
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    digest.update(path.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(fileHash(file).getBytes(StandardCharsets.US_ASCII));
                }
                return HexFormat.of().formatHex(digest.digest());
            }
            if (Files.isRegularFile(path)) {
                return fileHash(path);
            }
            // A device or a FIFO is never read here: /dev/zero would never end, a FIFO would block. The gate that
            // reads it fails for it.
            return Files.exists(path) ? NOT_A_REGULAR_FILE : ABSENT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileHash(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
