package io.github.mlgate.data.resource;

/**
 * Hears how far the data gate has got on long work, so the build can show it. Called from the thread that reads,
 * at most once per interval.
 */
@FunctionalInterface
public interface DataProgress extends io.github.mlgate.gate.Service {

    /** Hears nothing. */
    DataProgress NONE = (resource, rows, bytesRead, bytesTotal, seconds) -> {};

    /** Progress is reported at most this often by default: every five seconds, in nanoseconds. */
    long DEFAULT_INTERVAL = 5_000_000_000L;

    /**
     * Reports progress on one resource.
     *
     * @param resource the resource's name
     * @param rows data rows read so far
     * @param bytesRead bytes of its files read so far (compressed bytes for gzipped files)
     * @param bytesTotal bytes of all its files
     * @param seconds seconds since the resource was started
     */
    void progress(String resource, long rows, long bytesRead, long bytesTotal, double seconds);

    /**
     * Reports a step an engine finished on a resource it checks where the data are, once the resource has taken
     * longer than the progress interval, so a long query is not silent.
     *
     * @param resource the resource's name
     * @param step what was done, for example {@code counted its errors in the engine 'duckdb' (duckdb)}
     * @param seconds seconds since the engine started on the resource
     */
    default void engineStep(String resource, String step, double seconds) {}

    /**
     * Reports a statement an engine ran for a resource, with how long it took: what {@code mvn -X} shows, so a slow
     * gate can be read statement by statement and each statement run by hand.
     *
     * @param resource the resource's name
     * @param sql the statement, as the engine received it
     * @param seconds how long the engine took to answer it
     */
    default void statement(String resource, String sql, double seconds) {}
}
