package io.github.mlgate.evaluation;

import io.github.mlgate.gate.Service;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The predictions read last in one build, so the evaluation and baseline gates read a large file once. One entry,
 * held softly, so memory pressure can reclaim it; keyed by the file's identity, size and modification time and by
 * the format, so a changed file or another format is read afresh. Only reads without errors are kept: those have no
 * findings to repeat. The build keeps one per session; a gate run without one reads every time.
 */
public final class PredictionsCache implements Service {

    private SoftReference<Map.Entry<Key, Predictions>> last = new SoftReference<>(null);

    /** What a kept read was read from. */
    record Key(Path path, Object fileKey, long size, long modified, PredictionsFormat format) {}

    /** Creates an empty cache. */
    public PredictionsCache() {}

    /**
     * The key of a file as it is now.
     *
     * @param path the file
     * @param format how it is read
     * @return the key, or null when the file's attributes cannot be read (then nothing is cached)
     */
    static Key key(Path path, PredictionsFormat format) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new Key(
                    path.toAbsolutePath().normalize(),
                    attributes.fileKey(),
                    attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    format);
        } catch (IOException e) {
            return null;
        }
    }

    synchronized Predictions get(Key key) {
        Map.Entry<Key, Predictions> entry = last.get();
        return key != null && entry != null && entry.getKey().equals(key) ? entry.getValue() : null;
    }

    synchronized void put(Key key, Predictions predictions) {
        if (key != null) {
            last = new SoftReference<>(Map.entry(key, predictions));
        }
    }
}
