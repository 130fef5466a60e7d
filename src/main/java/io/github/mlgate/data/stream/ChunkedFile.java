package io.github.mlgate.data.stream;

import io.github.mlgate.csv.CsvReader;
import io.github.mlgate.csv.Dialect;
import io.github.mlgate.csv.RecordTooLongException;
import io.github.mlgate.data.resource.Row;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads the records of one delimited file in chunks on several threads and hands them back in file order. Each
 * chunk is the records that start in about {@link Chunking#size()} bytes. A worker cannot know where a record starts
 * in the middle of a file, so it guesses (after the first line feed) and parses; it then waits for the previous chunk
 * to say where its last record really ended, keeps its rows when the guess was right, and parses again from there
 * when a quoted line break fooled it. Only then does it prepare the rows (cast and profile them), so a wrong guess
 * leaves no trace.
 */
public final class ChunkedFile {

    /**
     * Which files are parsed in chunks on every core, and the chunks' size.
     *
     * @param from files at least this large are parsed in chunks
     * @param size the bytes a chunk starts from
     */
    public record Chunking(long from, int size) {

        /**
         * 8 MB files and larger, in 480 KB chunks (read with {@link #SLACK} more): few rows in flight, and each
         * chunk's array under half of G1's smallest region (1 MB), so it is an ordinary young object, not a humongous
         * one that the collector handles apart (1 MB chunks made runs slower and less even).
         */
        public static final Chunking DEFAULT = new Chunking(8L << 20, 480 << 10);
    }

    /**
     * Bytes read past a chunk's nominal end, where its last record usually ends, so its array need not grow; with a
     * 480 KB chunk the array stays under 512 KB.
     */
    private static final int SLACK = 16 << 10;

    /** What a worker does to a chunk's confirmed rows. */
    interface Preparer {

        /**
         * Prepares a chunk's rows.
         *
         * @param chunk the chunk's ordinal in the file, from 0
         * @param rows the rows
         * @return the rows prepared
         */
        List<Row> prepare(long chunk, List<Row> rows);
    }

    /** Receives each chunk's rows, in file order, on the thread that called {@link #read}. */
    interface ChunkConsumer {

        /**
         * Takes a chunk's rows.
         *
         * @param rows the rows, prepared, with their lines set
         * @param end the offset where the chunk's last record ended
         * @throws IOException when checking them fails
         */
        void accept(List<Row> rows, long end) throws IOException;
    }

    private final Dialect dialect;
    private final Chunking chunking;
    private final ExecutorService workers;
    private final int inFlight;
    private final long maxRecordBytes;

    /**
     * Creates the reader.
     *
     * @param dialect the file's dialect
     * @param chunking the chunks' size
     * @param workers the threads that parse and prepare chunks; tasks must start in submission order
     * @param inFlight how many chunks may be parsed ahead of the one being consumed
     * @param maxRecordBytes the most bytes a record may take
     */
    ChunkedFile(Dialect dialect, Chunking chunking, ExecutorService workers, int inFlight, long maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
        this.dialect = dialect;
        this.chunking = chunking;
        this.workers = workers;
        this.inFlight = inFlight;
    }

    /**
     * Reads the records from a record start to the end of the file.
     *
     * @param path the file
     * @param shown the file as the user names it, for the rows
     * @param dataStart the offset of the first record (after a header)
     * @param firstLine the line the first record starts on
     * @param prepare what a worker does to a chunk's confirmed rows
     * @param consumer receives the rows, in order
     * @throws IOException when the file cannot be read
     */
    void read(Path path, String shown, long dataStart, long firstLine, Preparer prepare, ChunkConsumer consumer)
            throws IOException {
        long size = Files.size(path);
        long line = firstLine;
        ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
        CompletableFuture<Long> previousEnd = CompletableFuture.completedFuture(dataStart);
        long nominal = dataStart;
        long chunks = 0;
        while (nominal < size || !pending.isEmpty()) {
            while (nominal < size && pending.size() < inFlight) {
                long from = nominal;
                long to = Math.min(size, nominal + chunking.size());
                CompletableFuture<Long> startKnown = previousEnd;
                CompletableFuture<Long> endKnown = new CompletableFuture<>();
                boolean exact = from == dataStart;
                long ordinal = chunks++;
                // Tasks start in submission order, so a chunk's predecessor is always running or done: no deadlock.
                pending.add(workers.submit(
                        () -> chunk(path, shown, from, to, exact, startKnown, endKnown, ordinal, prepare)));
                previousEnd = endKnown;
                nominal = to;
            }
            Chunk chunk;
            try {
                chunk = await(pending.poll());
            } catch (RecordTooLongException e) {
                for (Future<Chunk> later : pending) {
                    later.cancel(false);
                }
                throw e.fromLine(line);
            }
            for (Row row : chunk.rows()) {
                row.line = line + row.line - 1;
            }
            consumer.accept(chunk.rows(), chunk.end());
            line += chunk.lines();
        }
    }

    /**
     * A chunk's records as parsed from some start.
     *
     * @param start where the first record starts
     * @param end where the record after the last one starts
     * @param lines the line breaks the records took
     * @param rows the rows, their lines counted from the chunk's start
     */
    private record Chunk(long start, long end, long lines, List<Row> rows) {}

    /** On a worker: parses a chunk on a guess, confirms or corrects the guess, then prepares the rows. */
    private Chunk chunk(
            Path path,
            String shown,
            long from,
            long to,
            boolean exact,
            CompletableFuture<Long> startKnown,
            CompletableFuture<Long> endKnown,
            long ordinal,
            Preparer prepare)
            throws IOException {
        try {
            long guessed = exact ? from : lineStartAfter(path, from);
            Chunk guess;
            try {
                guess = parse(path, shown, guessed, to);
            } catch (RecordTooLongException e) {
                // A guess inside a quoted cell may see a record that is not one: only the true start's parse counts.
                if (exact || await(startKnown) == guessed) {
                    throw e;
                }
                guess = null;
            }
            long start = await(startKnown);
            Chunk parsed = guess != null && guess.start() == start ? guess : parse(path, shown, start, to);
            endKnown.complete(parsed.end());
            return new Chunk(parsed.start(), parsed.end(), parsed.lines(), prepare.prepare(ordinal, parsed.rows()));
        } catch (IOException | RuntimeException e) {
            endKnown.completeExceptionally(e);
            throw e;
        }
    }

    /** Parses the records of a file that start in [start, nominalEnd), reading past the end for the last one. */
    private Chunk parse(Path path, String shown, long start, long nominalEnd) throws IOException {
        if (start >= nominalEnd) {
            // The record before ran past this chunk (a quoted cell larger than a chunk): it has no record of its own.
            return new Chunk(start, start, 0, new ArrayList<>());
        }
        // Rows of a hundred bytes or so: room for them at once rather than list growth.
        List<Row> parsed = new ArrayList<>((int) Math.min(1 << 16, (nominalEnd - start) / 64 + 16));
        // The chunk's bytes are read into one array, which its rows keep (records are read in place); a last record
        // that runs past the chunk is read on from the channel.
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            // A little past the nominal end too, where the last record usually ends, so the array rarely grows.
            int length = (int) Math.min(nominalEnd - start + SLACK, channel.size() - start);
            byte[] bytes = new byte[length];
            ByteBuffer into = ByteBuffer.wrap(bytes);
            while (into.hasRemaining()) {
                if (channel.read(into, start + into.position()) < 0) {
                    throw new EOFException(path + " ended at byte " + (start + into.position()));
                }
            }
            CsvReader reader = CsvReader.inPlace(
                            bytes, length, Channels.newInputStream(channel.position(start + length)), dialect)
                    .withMaxRecordBytes(maxRecordBytes);
            if (start > 0) {
                reader.fromRecordStart();
            }
            int validUtf8 = validUtf8Prefix(bytes, length);
            // Room for the bounds of cells of eight bytes or more on average, under 512 KB (not humongous).
            Row.Bounds bounds = new Row.Bounds(Math.min(length / 8, 60_000));
            while (start + reader.offset() < nominalEnd && reader.next()) {
                Row row = new Row(reader, 0, 0, shown, bounds);
                if (reader.offset() <= validUtf8) {
                    row.markValidUtf8();
                }
                parsed.add(row);
            }
            return new Chunk(start, start + reader.offset(), reader.nextLine() - 1, parsed);
        }
    }

    /**
     * How many of a chunk's first bytes are known to be valid UTF-8 in every cell they hold: all of them up to the last
     * ASCII byte when those are valid, as a cell, cut out at ASCII delimiters, quotes and line breaks, is then made of
     * whole characters; none when the text is not valid or the dialect's characters are not ASCII.
     */
    private int validUtf8Prefix(byte[] bytes, int length) {
        if (dialect.delimiter() >= 0x80 || dialect.quoteChar() >= 0x80 || dialect.escapeChar() >= 0x80) {
            return 0;
        }
        int end = length;
        while (end > 0 && bytes[end - 1] < 0) {
            end--;
        }
        return CsvReader.validUtf8(bytes, 0, end) ? end : 0;
    }

    /** The offset just after the first line feed at or after {@code from - 1}, or the file's size when none. */
    private static long lineStartAfter(Path path, long from) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            skipFully(in, from - 1);
            byte[] buffer = new byte[1 << 14];
            long offset = from - 1;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        return offset + i + 1;
                    }
                }
                offset += n;
            }
            return offset;
        }
    }

    private static void skipFully(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                throw new EOFException("cannot skip to byte " + bytes);
            }
            left -= skipped;
        }
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading in chunks");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Reading in chunks failed: " + e.getCause(), e.getCause());
        }
    }
}
