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
import java.util.zip.GZIPInputStream;

/**
 * Validates the rows of one resource against its Table Schema in one streaming pass: the header's labels, every
 * cell's type and constraints, unique values and the primary key. Memory holds only what uniqueness needs: a hash
 * and a row number per value.
 */
final class ResourceValidator {

    private final DataResource resource;
    private final ErrorLog log;
    private final List<SchemaField> fields;
    private final Map<Integer, FirstRows> unique = new HashMap<>();

    /** Whether a clean row needs nothing checked in order but its primary key; set when validation starts. */
    private boolean onlyKeys;

    /** The indexes of the unique fields, in order. */
    private final int[] uniqueFields;

    /** The primary key's rows; null without one. */
    private final FirstRows keys;

    /** The primary key's field when it is one field, else -1: one integer is looked up by value, not hash. */
    private final int keyField;

    private final LongIntMap rowsSeen;
    private final SplitCollector split;
    private final int[] splitKey;
    private final int splitLabel;
    private final int splitTime;
    private final List<FieldProfile[]> allProfiles = new java.util.ArrayList<>();
    private final CellCaster cells;
    private final ThreadLocal<FieldProfile[]> workerProfiles;

    private final ChunkedFile.Chunking chunking;

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
    ResourceValidator(
            DataResource resource,
            int keepPerCode,
            SplitCollector split,
            Splits splits,
            ChunkedFile.Chunking chunking) {
        this.resource = resource;
        this.chunking = chunking;
        this.log = new ErrorLog(keepPerCode);
        this.fields = resource.schema().fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).unique()) {
                unique.put(i, new FirstRows(LongIntMap::hashLong));
            }
        }
        this.uniqueFields =
                unique.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        List<String> primaryKey = resource.schema().primaryKey();
        this.keys =
                primaryKey.isEmpty() ? null : new FirstRows(value -> LongIntMap.combine(1, LongIntMap.hashLong(value)));
        this.keyField = primaryKey.size() == 1 ? resource.schema().indexOf(primaryKey.get(0)) : -1;
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
        this.cells = new CellCaster(
                resource.schema(), rowsSeen != null || (split != null && splitKey.length == 0), splitLabel);
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
        onlyKeys = uniqueFields.length == 0
                && split == null
                && indexes.isEmpty()
                && foreignKeys.isEmpty()
                && rowsSeen == null;
        if (split != null || !indexes.isEmpty() || !foreignKeys.isEmpty()) {
            cells.keepAllTexts(); // split keys and foreign keys are looked up by value
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
     * Validates a file parsed in chunks on the workers ({@link ChunkedFile}): the header here, then each chunk's rows
     * cast and profiled on a worker, and numbered and checked here in order, so the findings are those of one pass.
     */
    private void validateChunks(Path path) throws IOException {
        long[] rowNumber = {0};
        long dataStart;
        long firstLine;
        try (CsvReader header = new CsvReader(Files.newInputStream(path), resource.dialect())) {
            if (resource.dialect().header()) {
                if (!header.next()) {
                    log.add("source-error", -1, null, file + " is empty: it has no header row.", Location.ofFile(file));
                    return;
                }
                rowNumber[0] = 1;
                header(header);
            }
            dataStart = header.offset();
            firstLine = header.nextLine();
        }
        new ChunkedFile(resource.dialect(), chunking, WORKERS, IN_FLIGHT)
                .read(path, file, dataStart, firstLine, this::cast, (chunkRows, end) -> {
                    for (Row row : chunkRows) {
                        rowNumber[0]++;
                        rows++;
                        row.rowNumber = rowNumber[0];
                        row.row = (int) rows;
                        if (rows == PRESIZE_AFTER) {
                            presize(bytesBefore + end);
                        }
                        checkRow(row);
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
        long expected = (long) (rows * (double) bytesTotal / bytesRead * 1.05);
        for (FirstRows map : unique.values()) {
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

    /**
     * Checks a row in order: its errors found on the worker, then what needs every earlier row (unique values, the
     * primary key, lookups, repeated rows). Each part is its own method, so the compiled common path stays small.
     */
    private void checkRow(Row reader) {
        if (reader.clean && onlyKeys) {
            // The common case in its own small path: rows with anything to report, or more to look up, go the long
            // way, in a method rarely called and so compiled apart.
            if (keys != null && reader.keyComplete) {
                primaryKey(reader, reader.rowNumber, reader.row);
            }
            return;
        }
        checkEveryPart(reader);
    }

    /** Checks every part of a row, in the order findings are reported. */
    private void checkEveryPart(Row reader) {
        if (reader.problem() != null || reader.blank) {
            rowError(reader);
            return;
        }
        if (!reader.clean) {
            cellErrors(reader, reader.rowNumber);
        }
        if (uniqueFields.length > 0) {
            uniqueValues(reader);
        }
        if (keys != null && reader.keyComplete) {
            primaryKey(reader, reader.rowNumber, reader.row);
        }
        if (split != null || !indexes.isEmpty() || !foreignKeys.isEmpty()) {
            lookups(reader);
        }
        if (rowsSeen != null) {
            duplicateRow(reader);
        }
    }

    /** Reports a row that has no cells to check: unreadable or blank. */
    private void rowError(Row reader) {
        long rowNumber = reader.rowNumber;
        if (reader.problem() != null) {
            log.add("source-error", rowNumber, null, prefix(rowNumber) + ": " + reader.problem() + ".", place(reader));
        } else {
            log.add("blank-row", rowNumber, null, prefix(rowNumber) + " is blank.", place(reader));
        }
    }

    private void uniqueValues(Row reader) {
        long rowNumber = reader.rowNumber;
        for (int i : uniqueFields) {
            Object value = reader.value(i);
            if (value != null) {
                FirstRows seen = unique.get(i);
                int first = value instanceof Long integer
                        ? seen.putIfAbsentInteger(integer, reader.row)
                        : seen.putIfAbsentHash(reader.hashes[i], reader.row);
                if (first >= 0) {
                    log.add(
                            "unique-error",
                            rowNumber,
                            fields.get(i).name(),
                            at(rowNumber, i) + ": '" + CellCaster.shown(reader.text(i))
                                    + "' repeats the value of data row " + first + ".",
                            place(reader));
                }
            }
        }
    }

    /** Collects split keys, fills foreign-key indexes and looks foreign keys up. */
    private void lookups(Row reader) {
        long rowNumber = reader.rowNumber;
        int row = reader.row;
        // Cells that are missing or not UTF-8 have no value: the values read here are the row's valid ones.
        Object[] values = reader.values();
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
                                + CellCaster.shown(text(values, check.fields)) + "' has no match in "
                                + check.targetName + ".",
                        place(reader));
            }
        }
    }

    private void duplicateRow(Row reader) {
        int first = rowsSeen.putIfAbsent(reader.wholeHash, reader.row);
        if (first >= 0) {
            log.add(
                    "duplicate-row",
                    reader.rowNumber,
                    null,
                    prefix(reader.rowNumber) + " repeats data row " + first + ".",
                    place(reader));
        }
    }

    /** Reports what is wrong with the cells of a row that is not clean: extra, missing, undecodable or invalid. */
    private void cellErrors(Row reader, long rowNumber) {
        int cells = reader.fields();
        for (int i = fields.size(); i < cells; i++) {
            log.add(
                    "extra-cell",
                    rowNumber,
                    null,
                    prefix(rowNumber) + ": cell " + (i + 1) + " ('" + CellCaster.shown(reader.text(i))
                            + "') has no field in the schema.",
                    place(reader));
        }
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

    /** How messages about a row start; built only when there is something to say. */
    private String prefix(long rowNumber) {
        return "Resource '" + resource.name() + "' row " + rowNumber;
    }

    /** How messages about a cell start. */
    private String at(long rowNumber, int field) {
        return prefix(rowNumber) + ", field " + (field + 1) + " '"
                + fields.get(field).name() + "'";
    }

    /** Casts every cell of some rows, on a worker, with that worker's profiles. */
    private List<Row> cast(List<Row> batch) {
        return cells.cast(batch, workerProfiles.get());
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

    private void primaryKey(Row reader, long rowNumber, int row) {
        int first;
        if (reader.hasIntegerKey) {
            first = keys.putIfAbsentInteger(reader.integerKey, row);
        } else if (keyField >= 0 && reader.value(keyField) instanceof Long integer) {
            first = keys.putIfAbsentInteger(integer, row);
        } else {
            first = keys.putIfAbsentHash(reader.keyHash, row);
        }
        if (first >= 0) {
            repeatedKey(reader, rowNumber, first);
        }
    }

    private void repeatedKey(Row reader, long rowNumber, int first) {
        log.add(
                "primary-key",
                rowNumber,
                String.join(",", resource.schema().primaryKey()),
                prefix(rowNumber) + ": the primary key ("
                        + String.join(", ", resource.schema().primaryKey()) + ") repeats that of data row " + first
                        + ".",
                place(reader));
    }
}
