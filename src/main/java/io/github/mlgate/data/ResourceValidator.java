package io.github.mlgate.data;

import io.github.mlgate.gate.Location;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Validates the rows of one resource against its Table Schema in one streaming pass: the header's labels, every
 * cell's type and constraints, unique values and the primary key. Memory holds only what uniqueness needs: a hash
 * and a row number per value.
 */
final class ResourceValidator {

    private static final int VALUE_SHOWN = 50;

    private final DataResource resource;
    private final ErrorLog log;
    private final List<SchemaField> fields;
    private final Map<Integer, LongIntMap> unique = new HashMap<>();
    private final int[] uniqueFields;

    /** Per field, the caster that reads its cells from bytes, or null where cells are read as text. */
    private final AsciiCast[] asciiCasts;

    private final int[] keyFields;
    private final LongIntMap keys;
    private final LongIntMap rowsSeen;
    private final SplitCollector split;
    private final int[] splitKey;
    private final int splitLabel;
    private final int splitTime;
    private final List<FieldProfile[]> allProfiles = new java.util.ArrayList<>();
    private final boolean onlyEmptyIsMissing;
    private final ThreadLocal<FieldProfile[]> workerProfiles;

    /**
     * Which files are parsed in chunks on every core, and the chunks' size.
     *
     * @param from files at least this large are parsed in chunks
     * @param size the bytes a chunk starts from
     */
    record Chunking(long from, int size) {

        /** 8 MB files and larger, in 1 MB chunks: small enough to keep the rows in flight few. */
        static final Chunking DEFAULT = new Chunking(8L << 20, 1 << 20);
    }

    private final Chunking chunking;

    /** After how many rows the key maps are sized for the whole resource. */
    private static final long PRESIZE_AFTER = 16_384;

    /** Rows cast together on one worker. */
    private static final int BATCH = 2048;

    /** Batches in flight at once: enough to keep every core busy, few enough to keep memory flat. */
    private static final int IN_FLIGHT = 2 * Runtime.getRuntime().availableProcessors();

    /** The workers that cast and profile cells, shared by all validations; daemon threads, so a build can end. */
    private static final java.util.concurrent.ExecutorService WORKERS =
            java.util.concurrent.Executors.newFixedThreadPool(
                    Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
                        Thread thread = new Thread(task, "mlgate-data");
                        thread.setDaemon(true);
                        return thread;
                    });

    private final java.util.List<ForeignKeys.KeyIndex> indexes = new java.util.ArrayList<>();
    private final java.util.List<ForeignKeys.Check> foreignKeys = new java.util.ArrayList<>();
    private long rows;
    private String file;
    private DataProgress progress = DataProgress.NONE;
    private long progressInterval = 5_000_000_000L;
    private long bytesBefore;
    private long bytesTotal;
    private long started;
    private long lastReport;

    /**
     * Creates a validator that also collects what the split checks need.
     *
     * @param resource the resource
     * @param keepPerCode errors of each code kept with their details
     * @param split what to collect into, or null
     * @param splits the splits section, or null
     * @param chunking which files are parsed in chunks, and how large
     */
    ResourceValidator(DataResource resource, int keepPerCode, SplitCollector split, Splits splits, Chunking chunking) {
        this.resource = resource;
        this.chunking = chunking;
        this.log = new ErrorLog(keepPerCode);
        this.fields = resource.schema().fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).unique()) {
                unique.put(i, new LongIntMap(1 << 16));
            }
        }
        this.uniqueFields =
                unique.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        this.onlyEmptyIsMissing = resource.schema().missingValues().equals(java.util.Set.of(""));
        this.asciiCasts = new AsciiCast[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            SchemaField field = fields.get(i);
            // Cells cast from bytes need no text: not where a constraint reads the text, nor where texts other than
            // the empty one are missing values.
            if (onlyEmptyIsMissing
                    && field.pattern() == null
                    && field.minLength() == null
                    && field.maxLength() == null) {
                asciiCasts[i] = AsciiCast.of(field.type());
            }
        }
        this.keyFields = resource.schema().primaryKey().stream()
                .mapToInt(resource.schema()::indexOf)
                .toArray();
        this.keys = keyFields.length > 0 ? new LongIntMap(1 << 16) : null;
        this.rowsSeen = resource.duplicateRows() ? new LongIntMap(1 << 16) : null;
        this.split = split;
        this.workerProfiles = ThreadLocal.withInitial(() -> {
            FieldProfile[] profile = fields.stream().map(FieldProfile::new).toArray(FieldProfile[]::new);
            synchronized (allProfiles) {
                allProfiles.add(profile);
            }
            return profile;
        });
        this.splitKey = splits == null
                ? new int[0]
                : splits.key().stream().mapToInt(resource.schema()::indexOf).toArray();
        this.splitLabel = splits == null || splits.label() == null
                ? -1
                : resource.schema().indexOf(splits.label());
        this.splitTime = splits == null || splits.timeField() == null
                ? -1
                : resource.schema().indexOf(splits.timeField());
    }

    /**
     * Reports progress while the rows pass.
     *
     * @param listener who hears it
     * @param intervalNanos the least time between two reports
     */
    void reportProgress(DataProgress listener, long intervalNanos) {
        this.progress = listener;
        this.progressInterval = intervalNanos;
    }

    /**
     * Fills an index with the values of some fields while the rows pass.
     *
     * @param index the index
     */
    void collect(ForeignKeys.KeyIndex index) {
        indexes.add(index);
    }

    /**
     * Checks a foreign key of this resource.
     *
     * @param check the key and its target
     */
    void check(ForeignKeys.Check check) {
        foreignKeys.add(check);
    }

    /** Checks the foreign key values whose targets were not complete during the pass. */
    void finishDeferred() {
        for (ForeignKeys.Check check : foreignKeys) {
            check.finish(log, resource.name());
        }
    }

    /**
     * The profile of every field.
     *
     * @return the profile: rows, and per field counts, distinct values, ranges, quantiles and frequent values
     */
    com.fasterxml.jackson.databind.node.ObjectNode profile() {
        com.fasterxml.jackson.databind.node.ObjectNode node =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("resource", resource.name());
        node.put("rows", rows);
        com.fasterxml.jackson.databind.node.ArrayNode list = node.putArray("fields");
        for (int i = 0; i < fields.size(); i++) {
            FieldProfile merged = new FieldProfile(fields.get(i));
            synchronized (allProfiles) {
                for (FieldProfile[] profile : allProfiles) {
                    merged.merge(profile[i]);
                }
            }
            list.add(merged.toJson());
        }
        return node;
    }

    /** The errors found so far. */
    ErrorLog log() {
        return log;
    }

    /**
     * Validates every file of the resource.
     *
     * @return the errors
     */
    ErrorLog validate() {
        for (Path path : resource.files()) {
            try {
                bytesTotal += Files.size(path);
            } catch (IOException e) {
                // A missing or unreadable file is reported when it is read.
            }
        }
        started = System.nanoTime();
        lastReport = started;
        for (int f = 0; f < resource.files().size(); f++) {
            file = resource.shown().get(f);
            validateFile(resource.files().get(f));
        }
        return log;
    }

    /** How many data rows were read. */
    long rows() {
        return rows;
    }

    /** Validates one file of the resource, reporting a file that cannot be read as the error it is. */
    private void validateFile(Path path) {
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
        } catch (java.nio.charset.CharacterCodingException e) {
            log.add(
                    "encoding-error",
                    -1,
                    null,
                    "Resource '" + resource.name() + "': " + file + " is not valid "
                            + resource.encoding().name() + " text after data row " + rows + ".",
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
                                in, fields.stream().map(SchemaField::name).toList())
                        : new CsvReader(in, resource.dialect())) {
            long rowNumber = 0;
            if (resource.dialect().header() && !resource.jsonLines()) {
                if (!reader.next()) {
                    log.add("source-error", -1, null, file + " is empty: it has no header row.", Location.ofFile(file));
                    return;
                }
                rowNumber = 1;
                header(reader);
            }
            // Rows are read here, cast and profiled on the other cores, and checked here again in their order, so
            // the findings are the same as a single pass would give.
            java.util.ArrayDeque<java.util.concurrent.Future<List<Row>>> pending = new java.util.ArrayDeque<>();
            List<Row> batch = new java.util.ArrayList<>(BATCH);
            while (reader.next()) {
                rowNumber++;
                rows++;
                batch.add(new Row(reader, rowNumber, (int) rows, file));
                if (batch.size() == BATCH) {
                    pending.add(submit(batch));
                    batch = new java.util.ArrayList<>(BATCH);
                    while (pending.size() > IN_FLIGHT) {
                        checkBatch(pending.poll());
                    }
                }
                if (rows == PRESIZE_AFTER) {
                    presize(bytesBefore + raw.count());
                }
                if ((rows & 0xFFFF) == 0) {
                    report(bytesBefore + raw.count());
                }
            }
            pending.add(submit(batch));
            while (!pending.isEmpty()) {
                checkBatch(pending.poll());
            }
            bytesBefore += raw.count();
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
     * One chunk of a file, parsed and cast on a worker.
     *
     * @param end where the record after its last one starts
     * @param lines the line breaks its records took
     * @param rows its rows, numbered when they are checked
     */
    private record Chunk(long end, long lines, List<Row> rows) {}

    /**
     * Validates a file parsed in chunks on the workers, each chunk the records that start in about
     * {@code chunking.size()} bytes. A worker cannot know where a record starts in the middle of a file, so it guesses
     * (after the first line break) and parses; it then waits for the previous chunk to say where its last record
     * really ended, keeps its rows when the guess was right and parses again from there when a quoted line break
     * fooled it. Only then are the rows cast and profiled, so a wrong guess leaves no trace. This thread numbers
     * and checks the rows in order, so the findings are those of one pass.
     */
    private void validateChunks(Path path) throws IOException {
        long size = Files.size(path);
        long rowNumber = 0;
        long dataStart;
        long line;
        try (CsvReader header = new CsvReader(Files.newInputStream(path), resource.dialect())) {
            if (resource.dialect().header()) {
                if (!header.next()) {
                    log.add("source-error", -1, null, file + " is empty: it has no header row.", Location.ofFile(file));
                    return;
                }
                rowNumber = 1;
                header(header);
            }
            dataStart = header.offset();
            line = header.nextLine();
        }
        String shown = file;
        java.util.ArrayDeque<java.util.concurrent.Future<Chunk>> pending = new java.util.ArrayDeque<>();
        java.util.concurrent.CompletableFuture<Long> previousEnd =
                java.util.concurrent.CompletableFuture.completedFuture(dataStart);
        long nominal = dataStart;
        while (nominal < size || !pending.isEmpty()) {
            while (nominal < size && pending.size() < IN_FLIGHT) {
                long from = nominal;
                long to = Math.min(size, nominal + chunking.size());
                java.util.concurrent.CompletableFuture<Long> startKnown = previousEnd;
                java.util.concurrent.CompletableFuture<Long> endKnown = new java.util.concurrent.CompletableFuture<>();
                boolean exact = from == dataStart;
                // Tasks start in submission order, so a chunk's predecessor is always running or done: no deadlock.
                pending.add(WORKERS.submit(() -> chunk(path, shown, from, to, exact, startKnown, endKnown)));
                previousEnd = endKnown;
                nominal = to;
            }
            Chunk chunk = await(pending.poll());
            for (Row row : chunk.rows()) {
                rowNumber++;
                rows++;
                row.rowNumber = rowNumber;
                row.row = (int) rows;
                row.line = line + row.line - 1;
                if (rows == PRESIZE_AFTER) {
                    presize(bytesBefore + chunk.end());
                }
                checkRow(row);
            }
            line += chunk.lines();
            report(bytesBefore + chunk.end());
        }
        bytesBefore += size;
    }

    /** A chunk's records as parsed from some start. */
    private record Parsed(long start, long end, long lines, List<Row> rows) {}

    /** On a worker: parses a chunk on a guess, confirms or corrects the guess, then casts and profiles the rows. */
    private Chunk chunk(
            Path path,
            String shown,
            long from,
            long to,
            boolean exact,
            java.util.concurrent.CompletableFuture<Long> startKnown,
            java.util.concurrent.CompletableFuture<Long> endKnown)
            throws IOException {
        try {
            Parsed guess = parse(path, shown, exact ? from : lineStartAfter(path, from), to);
            long start = await(startKnown);
            Parsed parsed = guess.start() == start ? guess : parse(path, shown, start, to);
            endKnown.complete(parsed.end());
            return new Chunk(parsed.end(), parsed.lines(), cast(parsed.rows()));
        } catch (IOException | RuntimeException e) {
            endKnown.completeExceptionally(e);
            throw e;
        }
    }

    /** Parses the records of a file that start in [start, nominalEnd), reading past the end for the last one. */
    private Parsed parse(Path path, String shown, long start, long nominalEnd) throws IOException {
        List<Row> parsed = new java.util.ArrayList<>();
        if (start >= nominalEnd) {
            return new Parsed(start, start, 0, parsed);
        }
        try (InputStream in = Files.newInputStream(path)) {
            skipFully(in, start);
            CsvReader reader = new CsvReader(in, resource.dialect());
            if (start > 0) {
                reader.fromRecordStart();
            }
            while (start + reader.offset() < nominalEnd && reader.next()) {
                parsed.add(new Row(reader, 0, 0, shown));
            }
            return new Parsed(start, start + reader.offset(), reader.nextLine() - 1, parsed);
        }
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
                throw new java.io.EOFException("cannot skip to byte " + bytes);
            }
            left -= skipped;
        }
    }

    private static <T> T await(java.util.concurrent.Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Validating failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Sizes the key maps for the rows the files will hold, estimated from the bytes the first rows took, so a map of
     * millions of keys is allocated once instead of grown and rehashed many times.
     */
    private void presize(long bytesRead) {
        if (bytesRead <= 0 || bytesTotal <= bytesRead) {
            return;
        }
        long expected = (long) (rows * (double) bytesTotal / bytesRead * 1.05);
        for (LongIntMap map : unique.values()) {
            map.ensureCapacity(expected);
        }
        if (keys != null) {
            keys.ensureCapacity(expected);
        }
        if (rowsSeen != null) {
            rowsSeen.ensureCapacity(expected);
        }
    }

    private void report(long bytesRead) {
        long now = System.nanoTime();
        if (now - lastReport >= progressInterval) {
            lastReport = now;
            progress.progress(resource.name(), rows, bytesRead, bytesTotal, (now - started) / 1e9);
        }
    }

    private void header(Rows reader) {
        Map<String, Integer> seen = new HashMap<>();
        int labels = reader.fields();
        for (int i = 0; i < labels; i++) {
            String label = reader.text(i).strip();
            Location where = new Location(file, 1, null);
            Integer first = seen.putIfAbsent(label, i + 1);
            if (first != null) {
                log.add(
                        "duplicate-label",
                        -1,
                        label,
                        "Resource '" + resource.name() + "' header: the label '" + label + "' of column " + (i + 1)
                                + " repeats column " + first + ".",
                        where);
            }
            if (i >= fields.size()) {
                log.add(
                        "extra-label",
                        -1,
                        label,
                        "Resource '" + resource.name() + "' header: column " + (i + 1) + " '" + label
                                + "' is not in the schema, which has " + fields.size() + " fields.",
                        where);
            } else if (!label.equals(fields.get(i).name())) {
                log.add(
                        "incorrect-label",
                        -1,
                        fields.get(i).name(),
                        "Resource '" + resource.name() + "' header: column "
                                + (i + 1) + " is labelled '" + label + "', but the schema's field " + (i + 1) + " is '"
                                + fields.get(i).name() + "'.",
                        where);
            }
        }
        for (int i = labels; i < fields.size(); i++) {
            log.add(
                    "missing-label",
                    -1,
                    fields.get(i).name(),
                    "Resource '" + resource.name() + "' header: the schema's" + " field " + (i + 1) + " '"
                            + fields.get(i).name() + "' has no column.",
                    new Location(file, 1, null));
        }
    }

    private void checkRow(Row reader) {
        long rowNumber = reader.rowNumber;
        int row = reader.row;
        if (reader.problem() != null) {
            log.add("source-error", rowNumber, null, prefix(rowNumber) + ": " + reader.problem() + ".", place(reader));
            return;
        }
        if (reader.blank) {
            log.add("blank-row", rowNumber, null, prefix(rowNumber) + " is blank.", place(reader));
            return;
        }
        int cells = reader.fields();
        for (int i = fields.size(); i < cells; i++) {
            log.add(
                    "extra-cell",
                    rowNumber,
                    null,
                    prefix(rowNumber) + ": cell " + (i + 1) + " ('" + shown(reader.text(i))
                            + "') has no field in the schema.",
                    place(reader));
        }
        Object[] values =
                split == null && indexes.isEmpty() && foreignKeys.isEmpty() ? null : new Object[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            SchemaField field = fields.get(i);
            if (i >= cells || !reader.present(i)) {
                log.add(
                        "missing-cell",
                        rowNumber,
                        field.name(),
                        at(rowNumber, i) + ": the row has no cell for it.",
                        place(reader));
                continue;
            }
            if (!reader.validUtf8(i)) {
                log.add(
                        "encoding-error",
                        rowNumber,
                        field.name(),
                        at(rowNumber, i) + ": the cell is not valid UTF-8.",
                        place(reader));
                continue;
            }
            if (reader.codes != null && reader.codes[i] != null) {
                // Workers word the error; its place is known only here, where rows are numbered in order.
                log.add(reader.codes[i], rowNumber, field.name(), at(rowNumber, i) + reader.messages[i], place(reader));
            }
            Object value = reader.values[i];
            if (values != null) {
                values[i] = value;
            }
            if (value != null && field.unique()) {
                int first = unique.get(i).putIfAbsent(reader.hashes[i], row);
                if (first >= 0) {
                    log.add(
                            "unique-error",
                            rowNumber,
                            field.name(),
                            at(rowNumber, i) + ": '" + shown(reader.text(i)) + "' repeats the value of data row "
                                    + first + ".",
                            place(reader));
                }
            }
        }
        if (keys != null && reader.keyComplete) {
            primaryKey(reader, rowNumber, row);
        }
        if (split != null) {
            collect(reader, values, row);
        }
        for (ForeignKeys.KeyIndex index : indexes) {
            Long key = key(values, index.fields);
            if (key != null) {
                index.values.putIfAbsent(key, row);
            }
        }
        for (ForeignKeys.Check check : foreignKeys) {
            Long key = key(values, check.fields);
            if (key == null) {
                continue; // Missing values reference nothing.
            }
            long hash = key;
            if (!check.target.complete) {
                check.defer(hash, rowNumber, reader.file, place(reader).line());
            } else if (check.target.values.get(hash) < 0) {
                log.add(
                        "foreign-key",
                        rowNumber,
                        String.join(",", check.key.fields()),
                        prefix(rowNumber) + ": the foreign key ("
                                + check.key.describe(resource.name()) + ") value '"
                                + shown(text(values, check.fields)) + "' has no match in "
                                + check.targetName + ".",
                        place(reader));
            }
        }
        if (rowsSeen != null) {
            int first = rowsSeen.putIfAbsent(reader.wholeHash, row);
            if (first >= 0) {
                log.add(
                        "duplicate-row",
                        rowNumber,
                        null,
                        prefix(rowNumber) + " repeats data row " + first + ".",
                        place(reader));
            }
        }
    }

    /** Where a row is, made only when there is something to report: most rows have nothing. */
    private static Location place(Row row) {
        return new Location(row.file, (int) Math.min(Integer.MAX_VALUE, row.line), null);
    }

    /** The hash of some fields' values, or null when one is missing. */
    private static Long key(Object[] values, int[] fields) {
        long key = 1;
        for (int index : fields) {
            if (values[index] == null) {
                return null;
            }
            key = LongIntMap.combine(key, LongIntMap.hashValue(values[index]));
        }
        return key;
    }

    /** Some fields' values as the user reads them. */
    private static String text(Object[] values, int[] fields) {
        StringBuilder text = new StringBuilder();
        for (int index : fields) {
            text.append(text.length() > 0 ? ", " : "").append(values[index]);
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private void collect(Row reader, Object[] values, int row) {
        long key;
        if (splitKey.length == 0) {
            key = reader.wholeHash;
        } else {
            key = 1;
            for (int index : splitKey) {
                // A value that did not cast is compared by its text.
                long part = values[index] != null
                        ? LongIntMap.hashValue(values[index])
                        : LongIntMap.hash(index < reader.fields() ? reader.text(index) : "");
                key = LongIntMap.combine(key, part);
            }
        }
        String label = splitLabel >= 0 && splitLabel < reader.fields() ? reader.text(splitLabel) : null;
        Object time = splitTime >= 0 ? values[splitTime] : null;
        split.add(key, row, label, time instanceof Comparable<?> c ? (Comparable<Object>) c : null);
    }

    /**
     * Casts and checks one cell on a worker: records the value, or the error to log when the row is checked, in the
     * row; profiles the valid and missing values.
     */
    private void cell(Row row, int i, FieldProfile profile) {
        SchemaField field = fields.get(i);
        AsciiCast fast = asciiCasts[i];
        if (fast != null && row.bytes() != null && row.end(i) > row.start(i) && row.isAscii(i)) {
            Object value = fast.cast(row.bytes(), row.start(i), row.end(i));
            if (value != null) {
                String broken = constraint(field, null, value);
                if (broken != null) {
                    row.fail(i, "constraint-error", ": '" + shown(row.text(i)) + "' " + broken + ".");
                }
                row.values[i] = value;
                profile.add(LongIntMap.hash(row.bytes(), row.start(i), row.end(i)), value, row, i);
                return;
            }
        }
        String text = row.text(i);
        if (isMissing(text)) {
            profile.missing();
            if (field.required() || isKey(field)) {
                row.fail(
                        i,
                        isKey(field) ? "primary-key" : "constraint-error",
                        ": the value is missing, but the field is "
                                + (isKey(field) ? "part of the primary key" : "required") + ".");
            }
            return;
        }
        Object value;
        try {
            value = field.type().cast(text);
        } catch (FieldType.CastException e) {
            row.fail(
                    i,
                    "type-error",
                    ": '" + shown(text) + "' is not " + e.getMessage() + " (type "
                            + field.type().name() + ").");
            return;
        }
        String broken = constraint(field, text, value);
        if (broken != null) {
            row.fail(i, "constraint-error", ": '" + shown(text) + "' " + broken + ".");
        }
        row.values[i] = value;
        // One kind of hash per profile: from the bytes when the row has them, as on the byte path above.
        profile.add(
                row.bytes() != null ? LongIntMap.hash(row.bytes(), row.start(i), row.end(i)) : LongIntMap.hash(text),
                text,
                value);
    }

    /** Whether a text is a missing value; the common default, only the empty text, without a set lookup. */
    private boolean isMissing(String text) {
        return onlyEmptyIsMissing
                ? text.isEmpty()
                : resource.schema().missingValues().contains(text);
    }

    /** How messages about a row start; built only when there is something to say. */
    private String prefix(long rowNumber) {
        return "Resource '" + resource.name() + "' row " + rowNumber;
    }

    /** How messages about a cell start. */
    private String at(long rowNumber, int field) {
        return prefix(rowNumber) + ", field " + (field + 1) + " '"
                + fields.get(field).name() + "'";
    }

    /** Casts every cell of a batch of rows, on a worker, with that worker's profiles. */
    private List<Row> cast(List<Row> batch) {
        FieldProfile[] profile = workerProfiles.get();
        for (Row row : batch) {
            row.decode();
            if (row.problem != null || row.blank) {
                continue;
            }
            row.outcomes(fields.size(), uniqueFields.length > 0);
            for (int i = 0; i < fields.size() && i < row.fields(); i++) {
                if (row.present(i) && row.validUtf8(i)) {
                    cell(row, i, profile[i]);
                }
            }
            hashes(row);
        }
        return batch;
    }

    /**
     * Hashes, on the worker, what the ordered checks look up: unique values, the primary key and the whole row, so the
     * reading thread only probes its maps.
     */
    private void hashes(Row row) {
        for (int i : uniqueFields) {
            if (row.values[i] != null) {
                row.hashes[i] = LongIntMap.hashValue(row.values[i]);
            }
        }
        if (keys != null) {
            long key = 1;
            boolean complete = true;
            for (int index : keyFields) {
                Object value = row.values[index];
                if (value == null) {
                    complete = false; // A missing key part is reported as such.
                    break;
                }
                key = LongIntMap.combine(key, LongIntMap.hashValue(value));
            }
            row.keyHash = key;
            row.keyComplete = complete;
        }
        if (rowsSeen != null || (split != null && splitKey.length == 0)) {
            row.wholeHash = row.wholeRowHash();
        }
        if (splitLabel >= 0 && splitLabel < row.fields()) {
            row.text(splitLabel); // decoded here rather than on the reading thread
        }
    }

    private java.util.concurrent.Future<List<Row>> submit(List<Row> batch) {
        return WORKERS.submit(() -> cast(batch));
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
            checkRow(row);
        }
    }

    @SuppressWarnings("unchecked")
    private static String constraint(SchemaField field, String text, Object value) {
        if (field.minLength() != null || field.maxLength() != null) {
            int length = value instanceof com.fasterxml.jackson.databind.JsonNode node
                    ? node.size()
                    : text.codePointCount(0, text.length());
            if (field.minLength() != null && length < field.minLength()) {
                return "is shorter than minLength " + field.minLength() + " (" + length + ")";
            }
            if (field.maxLength() != null && length > field.maxLength()) {
                return "is longer than maxLength " + field.maxLength() + " (" + length + ")";
            }
        }
        if (field.minimum() != null && ((Comparable<Object>) value).compareTo(field.minimum()) < 0 && !isNaN(value)) {
            return "is below the minimum " + field.minimum();
        }
        if (field.maximum() != null && ((Comparable<Object>) value).compareTo(field.maximum()) > 0 && !isNaN(value)) {
            return "is above the maximum " + field.maximum();
        }
        Pattern pattern = field.pattern();
        if (pattern != null && !pattern.matcher(text).matches()) {
            return "does not match the pattern " + pattern.pattern();
        }
        if (field.enumValues() != null && !field.enumValues().contains(value)) {
            return "is not one of the enum values";
        }
        return null;
    }

    private static boolean isNaN(Object value) {
        return value instanceof Double d && d.isNaN();
    }

    private boolean isKey(SchemaField field) {
        return resource.schema().primaryKey().contains(field.name());
    }

    private void primaryKey(Row reader, long rowNumber, int row) {
        int first = keys.putIfAbsent(reader.keyHash, row);
        if (first >= 0) {
            log.add(
                    "primary-key",
                    rowNumber,
                    String.join(",", resource.schema().primaryKey()),
                    prefix(rowNumber) + ": the primary key ("
                            + String.join(", ", resource.schema().primaryKey()) + ") repeats" + " that of data row "
                            + first + ".",
                    place(reader));
        }
    }

    private static String shown(String value) {
        String oneLine = value.replaceAll("\\R", " ");
        return oneLine.length() > VALUE_SHOWN ? oneLine.substring(0, VALUE_SHOWN - 3) + "..." : oneLine;
    }
}
