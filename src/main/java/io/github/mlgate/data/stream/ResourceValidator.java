package io.github.mlgate.data.stream;

import io.github.mlgate.csv.CsvReader;
import io.github.mlgate.csv.RecordTooLongException;
import io.github.mlgate.csv.Rows;
import io.github.mlgate.data.profile.FieldProfile;
import io.github.mlgate.data.profile.ProfileLanes;
import io.github.mlgate.data.resource.DataProgress;
import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.DataSummary;
import io.github.mlgate.data.resource.ErrorLog;
import io.github.mlgate.data.resource.ResourceCheck;
import io.github.mlgate.data.resource.Row;
import io.github.mlgate.data.resource.Splits;
import io.github.mlgate.data.resource.UnreadableDataException;
import io.github.mlgate.data.schema.SchemaField;
import io.github.mlgate.data.split.SplitCollector;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.RegularFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Validates the rows of one resource against its Table Schema in one streaming pass: reads its files (large ones in
 * chunks on every core, {@link ChunkedFile}), has the workers cast, check and profile the cells ({@link CellCaster}),
 * and hands the rows, in file order, to the checks that need every earlier row ({@link RowChecks}).
 */
public final class ResourceValidator implements ResourceCheck {

    private final DataResource resource;
    private final ErrorLog log;
    private final List<SchemaField> fields;

    private final RowChecks checks;
    private final CellCaster cells;

    /** The fields' profiles, in lanes merged in order at the end; kept by the validator, so nothing outlives the run. */
    private final ProfileLanes profiles;

    /** The fewest lanes of profiles a resource is validated with: one unit in flight, and the next. */
    public static final int FEWEST_LANES = 2;

    private final ChunkedFile.Chunking chunking;
    private long maxRecordBytes = CsvReader.DEFAULT_MAX_RECORD_BYTES;

    /** After how many rows the key maps are sized for the whole resource. */
    private static final long PRESIZE_AFTER = 16_384;

    /** Rows cast together on one worker. */
    private static final int BATCH = 2048;

    /** Batches in flight at once: two per worker, enough to keep every core busy, few enough to keep memory flat. */
    private final int inFlight;

    private final java.util.concurrent.ExecutorService pool;

    private long rows;
    private String file;
    private DataProgress progress = DataProgress.NONE;
    private long progressInterval = DataProgress.DEFAULT_INTERVAL;
    private long bytesBefore;
    private long bytesTotal;
    private long started;
    private long lastReport;

    /**
     * Bounds the records read: one longer fails the file with a {@code source-error}.
     *
     * @param bytes the most bytes a record may take
     */
    public void boundRecords(long bytes) {
        maxRecordBytes = bytes;
    }

    /** Where a resource in a database is read from, or null for a resource in files. */
    private RowSource database;

    /**
     * The rows of a table or query of a database whose SQL the gate does not compile to, header first, which the
     * validator reads as it reads a file: the engine side opens them, the stream checks them.
     */
    public interface RowSource {

        /**
         * What reads the rows, as a finding names it.
         *
         * @return for example {@code engine 'warehouse' (jdbc, jdbc:sqlserver://db:1433)}
         */
        String shown();

        /**
         * Opens the rows, a header of the column names first.
         *
         * @return the rows; closing them releases what reading them holds
         * @throws UnreadableDataException when the database cannot be reached, with the finding's whole message
         * @throws IOException when the database refuses the query
         */
        Rows open() throws UnreadableDataException, IOException;
    }

    /**
     * Reads the resource's rows from a database, not from its files.
     *
     * @param source where the rows come from
     */
    public void readThrough(RowSource source) {
        database = source;
    }

    /**
     * Creates a validator that also collects what the split checks need.
     *
     * @param resource the resource
     * @param keepPerCode errors of each code kept with their details
     * @param split what to collect into, or null
     * @param splits the splits section, or null
     * @param chunking which files are parsed in chunks, and how large
     * @param workers the run's workers, which cast and profile cells
     * @param profileMemory the most memory the resource's profiles may take: a wide resource keeps fewer units in
     *     flight, and so fewer lanes of profiles, to stay under it
     */
    public ResourceValidator(
            DataResource resource,
            int keepPerCode,
            SplitCollector split,
            Splits splits,
            ChunkedFile.Chunking chunking,
            Workers workers,
            long profileMemory) {
        this.resource = resource;
        this.chunking = chunking;
        this.log = new ErrorLog(resource.name(), keepPerCode);
        this.fields = resource.schema().fields();
        this.checks = new RowChecks(resource, log, split, splits);
        this.cells = new CellCaster(resource.schema(), checks.wholeRows(), checks.splitLabel());
        int full = 2 * workers.count();
        this.inFlight = ProfileLanes.bytesNeeded(fields.size(), full + 1) <= profileMemory ? full : FEWEST_LANES - 1;
        this.pool = workers.pool();
        // One lane more than the units in flight, as a stream submits its next batch before it waits for the oldest:
        // a lane's units never overlap ({@link ProfileLanes}).
        this.profiles = new ProfileLanes(fields, inFlight + 1);
    }

    /**
     * Reports progress while the rows pass.
     *
     * @param listener who hears it
     * @param intervalNanos the least time between two reports
     */
    public void reportProgress(DataProgress listener, long intervalNanos) {
        this.progress = listener;
        this.progressInterval = intervalNanos;
    }

    /**
     * Fills an index with the values of some fields while the rows pass.
     *
     * @param index the index
     */
    void collect(ForeignKeys.KeyIndex index) {
        checks.collect(index);
    }

    /**
     * Checks a foreign key of this resource.
     *
     * @param check the key and its target
     */
    void check(ForeignKeys.Check check) {
        checks.check(check);
    }

    /** Checks the foreign key values whose targets were not complete during the pass. */
    public void finishDeferred() {
        checks.finishDeferred();
    }

    /**
     * The profile of every field.
     *
     * @return the profile: rows, and per field counts, distinct values, ranges, quantiles and frequent values
     */
    @Override
    public DataSummary.Profile profile() {
        return profiles.profile(resource.name(), rows);
    }

    /** The errors found so far. */
    @Override
    public ErrorLog log() {
        return log;
    }

    /**
     * Validates every file of the resource.
     *
     * @return the errors
     */
    @Override
    public ErrorLog validate() {
        if (checks.start()) {
            cells.keepAllValues(); // split keys and foreign keys are looked up by value
        }
        for (Path path : resource.files()) {
            try {
                bytesTotal += Files.size(path);
            } catch (IOException e) {
                // A missing or unreadable file is reported when it is read.
            }
        }
        started = System.nanoTime();
        lastReport = started;
        if (database != null) {
            validateThroughJdbc();
            return log;
        }
        for (int f = 0; f < resource.files().size(); f++) {
            file = resource.shown().get(f);
            validateFile(resource.files().get(f));
        }
        return log;
    }

    /** How many data rows were read. */
    @Override
    public long rows() {
        return rows;
    }

    /** Validates one file of the resource, reporting a file that cannot be read as the error it is. */
    private void validateFile(Path path) {
        checks.fileStarts(file, rows, resource.dialect().header() && !resource.jsonLines() ? 1 : 0);
        String notAFile = RegularFiles.notRegular(path);
        if (notAFile != null) {
            log.add(
                    "source-error",
                    -1,
                    null,
                    "Resource '" + resource.name() + "': " + file + " is not a regular file (" + notAFile
                            + "); name a data file.",
                    Location.ofFile(file));
            return;
        }
        try {
            if (chunked(path)) {
                validateChunks(path);
            } else {
                validateStream(path);
            }
        } catch (NoSuchFileException e) {
            log.add(
                    "source-error",
                    -1,
                    null,
                    "Resource '" + resource.name() + "': " + file + " does not exist.",
                    Location.ofFile(file));
        } catch (RecordTooLongException e) {
            log.add(
                    "source-error",
                    -1,
                    null,
                    "Resource '" + resource.name() + "': " + file + " line " + e.line() + ": a record longer than "
                            + e.limitText() + " ("
                            + (e.tooManyCells()
                                    ? "the most a record may have"
                                    : "set by" + " mlgate.data.maxRecordBytes")
                            + "); the file is not read on. A line break or a"
                            + " closing quote may be missing.",
                    new Location(file, (int) Math.min(Integer.MAX_VALUE, e.line()), null));
        } catch (java.nio.charset.CharacterCodingException e) {
            log.add(
                    "encoding-error",
                    -1,
                    null,
                    "Resource '" + resource.name() + "': " + file + " is not valid "
                            + resource.encoding().name() + " text " + checks.after(rows) + ".",
                    Location.ofFile(file));
        } catch (IOException e) {
            log.add(
                    "source-error",
                    -1,
                    null,
                    "Resource '" + resource.name() + "': " + file + " cannot be read: " + e.getMessage(),
                    Location.ofFile(file));
        }
    }

    /** Reads a file as one stream: compressed, transcoded, JSON Lines or small files. */
    private void validateStream(Path path) throws IOException {
        try (CountingInputStream raw = new CountingInputStream(Files.newInputStream(path));
                InputStream unpacked = path.toString().endsWith(".gz")
                        ? new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)
                        : raw;
                InputStream in = resource.encoding().equals(java.nio.charset.StandardCharsets.UTF_8)
                        ? unpacked
                        : new TranscodingInputStream(unpacked, resource.encoding());
                Rows reader = resource.jsonLines()
                        ? new JsonLinesReader(
                                in, fields.stream().map(SchemaField::name).toList(), maxRecordBytes)
                        : new CsvReader(in, resource.dialect()).withMaxRecordBytes(maxRecordBytes)) {
            long rowNumber = 0;
            if (resource.dialect().header() && !resource.jsonLines()) {
                if (!reader.next()) {
                    log.add("source-error", -1, null, file + " is empty: it has no header row.", Location.ofFile(file));
                    return;
                }
                rowNumber = 1;
                checks.header(reader, file);
            }
            stream(reader, rowNumber, raw::count);
            bytesBefore += raw.count();
        }
    }

    /**
     * Validates the rows of a table or query of a database whose SQL the gate does not compile to: read through JDBC,
     * the column names as the header, and checked here as a file's rows are.
     */
    private void validateThroughJdbc() {
        file = resource.shown().get(0);
        // The column names are the header; the rows are numbered from 1 in the order they are read.
        checks.fileStarts(file, 0, 0);
        try (Rows reader = database.open()) {
            reader.next();
            checks.header(reader, file);
            stream(reader, 0, () -> 0);
        } catch (UnreadableDataException e) {
            log.add("source-error", -1, null, e.getMessage(), resource.location());
        } catch (IOException e) {
            log.add(
                    "source-error",
                    -1,
                    null,
                    "Resource '" + resource.name() + "' cannot be read by the " + database.shown() + " "
                            + checks.after(rows) + ": " + io.github.mlgate.gate.Printable.firstLine(e.getMessage()),
                    resource.location());
        }
    }

    /**
     * Reads rows in order: each batch is cast and profiled on the other cores, and checked here again in the rows'
     * order, so the findings are the same as a single pass would give.
     *
     * @param reader the rows, after any header
     * @param rowNumber the number of the row before the first (the header's, or 0)
     * @param bytesRead how many bytes of the file have been read, for progress; 0 when unknown
     */
    private void stream(Rows reader, long rowNumber, java.util.function.LongSupplier bytesRead) throws IOException {
        java.util.ArrayDeque<java.util.concurrent.Future<List<Row>>> pending = new java.util.ArrayDeque<>();
        List<Row> batch = new java.util.ArrayList<>(BATCH);
        long batches = 0;
        while (reader.next()) {
            rowNumber++;
            rows++;
            batch.add(new Row(reader, rowNumber, (int) rows, file));
            if (batch.size() == BATCH) {
                pending.add(submit(batches++, batch));
                batch = new java.util.ArrayList<>(BATCH);
                while (pending.size() > inFlight) {
                    checkBatch(pending.poll());
                }
            }
            if (rows == PRESIZE_AFTER) {
                presize(bytesBefore + bytesRead.getAsLong());
            }
            if ((rows & 0xFFFF) == 0) {
                report(bytesBefore + bytesRead.getAsLong());
            }
        }
        pending.add(submit(batches, batch));
        while (!pending.isEmpty()) {
            checkBatch(pending.poll());
        }
    }

    /**
     * Whether a file is parsed in chunks on every core: a plain (not compressed) UTF-8 delimited file large enough for
     * it to pay. Others are read by one thread, as a stream.
     */
    private boolean chunked(Path path) {
        try {
            return !resource.jsonLines()
                    && resource.encoding().equals(java.nio.charset.StandardCharsets.UTF_8)
                    && !path.toString().endsWith(".gz")
                    && Files.size(path) >= chunking.from();
        } catch (IOException e) {
            return false; // The stream path reports it.
        }
    }

    /**
     * Validates a file parsed in chunks on the workers ({@link ChunkedFile}): the header here, then each chunk's rows
     * cast and profiled on a worker, and numbered and checked here in order, so the findings are those of one pass.
     */
    private void validateChunks(Path path) throws IOException {
        long[] rowNumber = {0};
        long dataStart;
        long firstLine;
        try (CsvReader header =
                new CsvReader(Files.newInputStream(path), resource.dialect()).withMaxRecordBytes(maxRecordBytes)) {
            if (resource.dialect().header()) {
                if (!header.next()) {
                    log.add("source-error", -1, null, file + " is empty: it has no header row.", Location.ofFile(file));
                    return;
                }
                rowNumber[0] = 1;
                checks.header(header, file);
            }
            dataStart = header.offset();
            firstLine = header.nextLine();
        }
        new ChunkedFile(resource.dialect(), chunking, pool, inFlight, maxRecordBytes)
                .read(path, file, dataStart, firstLine, this::cast, (chunkRows, end) -> {
                    for (Row row : chunkRows) {
                        rowNumber[0]++;
                        rows++;
                        row.rowInFile = rowNumber[0];
                        row.rowInResource = (int) rows;
                        if (rows == PRESIZE_AFTER) {
                            presize(bytesBefore + end);
                        }
                        checks.checkRow(row);
                    }
                    report(bytesBefore + end);
                });
        bytesBefore += Files.size(path);
    }

    /**
     * Sizes the key maps for the rows the files will hold, estimated from the bytes the first rows took, so a map of
     * millions of keys is allocated once instead of grown and rehashed many times.
     */
    private void presize(long bytesRead) {
        if (bytesRead <= 0 || bytesTotal <= bytesRead) {
            return;
        }
        checks.presize((long) (rows * (double) bytesTotal / bytesRead * 1.05));
    }

    private void report(long bytesRead) {
        long now = System.nanoTime();
        if (now - lastReport >= progressInterval) {
            lastReport = now;
            progress.progress(resource.name(), rows, bytesRead, bytesTotal, (now - started) / 1e9);
        }
    }

    /** Casts every cell of a unit's rows, on a worker, with the profiles of the unit's lane. */
    private List<Row> cast(long unit, List<Row> batch) {
        FieldProfile[] lane = profiles.take(unit);
        try {
            return cells.cast(batch, lane);
        } finally {
            profiles.release(unit);
        }
    }

    private java.util.concurrent.Future<List<Row>> submit(long unit, List<Row> batch) {
        return pool.submit(() -> cast(unit, batch));
    }

    private void checkBatch(java.util.concurrent.Future<List<Row>> batch) throws IOException {
        List<Row> rows;
        try {
            rows = batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while validating " + file);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Validating " + file + " failed: " + e.getCause(), e.getCause());
        }
        for (Row row : rows) {
            checks.checkRow(row);
        }
    }
}
