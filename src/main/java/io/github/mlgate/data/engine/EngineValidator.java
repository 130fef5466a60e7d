package io.github.mlgate.data.engine;

import io.github.mlgate.data.resource.DataProgress;
import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.DataSummary;
import io.github.mlgate.data.resource.EngineKind;
import io.github.mlgate.data.resource.EngineSpec;
import io.github.mlgate.data.resource.ErrorLog;
import io.github.mlgate.data.resource.ResourceCheck;
import io.github.mlgate.data.schema.ForeignKey;
import io.github.mlgate.data.schema.SchemaField;
import io.github.mlgate.data.schema.SchemaType;
import io.github.mlgate.data.stream.CellCaster;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Printable;
import io.github.mlgate.gate.TablePlace;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a resource where its data are: the engine reads its Parquet files ({@link SqlDialect#parquet}) or its
 * table or query ({@link SqlDialect#table}), the compiled checks ({@link SqlChecks}) count its errors there, and only
 * the first few of each code come back, worded as the streaming path words them. Rows of files are numbered as in a
 * file with a header row, the first data row being row 2, so a Parquet copy of a CSV file reports the same rows; rows
 * of tables are named by their primary key.
 */
public final class EngineValidator implements ResourceCheck {

    private final DataResource resource;
    private final ErrorLog log;
    private final int keepPerCode;
    private final SqlDialect sql;
    private final Sessions sessions;
    private final CellCaster words;
    private final List<SchemaField> fields;
    private final boolean severalFiles;

    /** Whether the engine reads files, whose rows have numbers; rows of tables are named by their primary key. */
    private final boolean inFiles;

    /** The foreign keys this engine checks, each with its target (this resource, or another the engine reads). */
    private Map<ForeignKey, DataResource> references = Map.of();

    /** The foreign keys the checks look up, in the order they were compiled. */
    private final List<ForeignKey> checkedKeys = new java.util.ArrayList<>();

    /** The schema's unique fields: repeated values of each are listed after the fields' own errors. */
    private final int uniqueFields;

    private long rows;
    private DataSummary.Profile profile;

    /** The most bytes a row's cells may hold, as a record of a text file ({@code mlgate.data.maxRecordBytes}). */
    private long maxRecordBytes = io.github.mlgate.gate.GateSettings.DEFAULT_MAX_RECORD_BYTES;

    private DataProgress progress = DataProgress.NONE;
    private long progressInterval = DataProgress.DEFAULT_INTERVAL;
    private long started;

    /**
     * Reports the engine's steps once the resource has taken longer than an interval.
     *
     * @param listener who hears it
     * @param intervalNanos the time after which steps are reported
     */
    public void reportProgress(DataProgress listener, long intervalNanos) {
        this.progress = listener;
        this.progressInterval = intervalNanos;
    }

    private void step(String done) {
        long now = System.nanoTime();
        if (now - started >= progressInterval) {
            progress.engineStep(resource.name(), done, (now - started) / 1e9);
        }
    }

    /**
     * Creates the validator.
     *
     * @param resource the resource, with its engine
     * @param keepPerCode errors of each code reported one by one
     * @param sessions where the engine's session comes from
     */
    public EngineValidator(DataResource resource, int keepPerCode, Sessions sessions) {
        this.resource = resource;
        this.keepPerCode = keepPerCode;
        this.log = new ErrorLog(resource.name(), keepPerCode);
        this.sql = SqlDialect.of(resource.engine().engine());
        this.sessions = sessions;
        this.words = new CellCaster(resource.schema(), false, -1);
        this.fields = resource.schema().fields();
        this.severalFiles = resource.files().size() > 1;
        this.inFiles = resource.engine().readsFiles();
        this.uniqueFields = (int) fields.stream().filter(SchemaField::unique).count();
    }

    /**
     * Has the engine check foreign keys: each key's target is this resource or another the same engine reads.
     *
     * @param references each foreign key with its target
     */
    public void references(Map<ForeignKey, DataResource> references) {
        this.references = new java.util.LinkedHashMap<>(references);
    }

    /**
     * Bounds the bytes of a row's cells, as the streaming gate bounds a record.
     *
     * @param bytes the most bytes
     */
    public void boundRecords(long bytes) {
        maxRecordBytes = bytes;
    }

    /** The errors found. */
    @Override
    public ErrorLog log() {
        return log;
    }

    /** The data rows the engine read. */
    @Override
    public long rows() {
        return rows;
    }

    /** The fields' profiles, or an empty one when the resource could not be read. */
    @Override
    public DataSummary.Profile profile() {
        return profile != null ? profile : new DataSummary.Profile(resource.name(), rows, List.of());
    }

    /** Validates the resource; an engine that cannot be reached or fails is a {@code source-error}. */
    @Override
    public ErrorLog validate() {
        EngineSpec engine = resource.engine().engine();
        Location where = resource.files().isEmpty()
                ? resource.location()
                : Location.ofFile(resource.shown().get(0));
        for (int f = 0; f < resource.files().size(); f++) {
            if (!java.nio.file.Files.isRegularFile(resource.files().get(f))) {
                log.add(
                        "source-error",
                        -1,
                        null,
                        "Resource '" + resource.name() + "': "
                                + resource.shown().get(f) + " does not exist.",
                        Location.ofFile(resource.shown().get(f)));
                return log;
            }
        }
        try (SqlSession session = sessions.session(engine)) {
            run(new TimedSession(session, resource.name(), progress));
        } catch (EngineException e) {
            log.add("source-error", -1, null, e.about(resource.name()), where);
        } catch (SQLException e) {
            log.add("source-error", -1, null, cannotRead(engine, e), where);
        }
        return log;
    }

    /**
     * What an engine's refusal means to the user: files named as the project names them, and a file that is not
     * Parquet said to be so, with the engine's own words after it.
     */
    private String cannotRead(EngineSpec engine, SQLException e) {
        String message = Printable.firstLine(e.getMessage());
        for (int f = 0; f < resource.files().size(); f++) {
            java.nio.file.Path file = resource.files().get(f).toAbsolutePath();
            message = message.replace(
                            file.normalize().toString(), resource.shown().get(f))
                    .replace(file.toString(), resource.shown().get(f));
        }
        message = io.github.mlgate.gate.Printable.text(message); // DuckDB quotes the bytes it could not read
        if (inFiles
                && engine.kind() == EngineKind.DUCKDB
                && NOT_PARQUET.matcher(message).find()) {
            String which = resource.files().size() == 1
                    ? resource.shown().get(0) + " is not"
                    : "a file of " + String.join(", ", resource.shown()) + " is not";
            return "Resource '" + resource.name() + "': " + which + " a valid Parquet file: its metadata cannot be read"
                    + " (DuckDB: " + message + ").";
        }
        return "Resource '" + resource.name() + "' cannot be read by the " + engine.shown() + ": " + message;
    }

    /** DuckDB's words for a file whose Parquet footer or magic bytes are not there or not sound. */
    private static final java.util.regex.Pattern NOT_PARQUET = java.util.regex.Pattern.compile(
            "don't know what type|too small to be a Parquet file|No magic bytes found|Couldn't deserialize thrift"
                    + "|not a Parquet file|[Cc]orrupt");

    private void run(SqlSession session) throws SQLException {
        started = System.nanoTime();
        Read read = read(session, sql, resource);
        SqlChecks.Column[] columns = columns(read.columns());
        String relation = numbered(sql, resource, read, columns);
        SqlChecks checks = new SqlChecks(sql, resource.schema(), columns, read.reserved());
        for (SqlChecks.Unchecked field : checks.unchecked()) {
            log.addHeader(
                    field.code(),
                    fields.get(field.field()).name(),
                    "Resource '" + resource.name() + "' field " + (field.field() + 1) + " '"
                            + fields.get(field.field()).name() + "' " + field.reason() + ".",
                    files(),
                    TablePlace.ofCell(
                            resource.name(),
                            1,
                            field.field() + 1,
                            fields.get(field.field()).name(),
                            null));
        }
        for (Map.Entry<ForeignKey, DataResource> reference : references.entrySet()) {
            reference(session, relation, checks, reference.getKey(), reference.getValue());
        }
        if (resource.duplicateRows()) {
            checks.duplicateRows();
        }
        try (KeptCells kept = KeptCells.keep(session, sql, checks, relation, inFiles)) {
            if (kept != null) {
                checks.keptIn(kept.table());
                rows = kept.rows();
            } else {
                try (SqlSession.SqlRows result = session.query("SELECT count(*) FROM " + relation + " AS source")) {
                    result.next();
                    rows = result.getLong(1);
                }
            }
            checkAndProfile(session, relation, checks);
        }
    }

    /** Runs the compiled checks and the profile, over the kept cells where the engine keeps them. */
    private void checkAndProfile(SqlSession session, String relation, SqlChecks checks) throws SQLException {
        String engine = "the " + resource.engine().engine().shown();
        List<SqlChecks.Counted> counted = checks.counted();
        long[] counts = new long[counted.size()];
        long rowsWithErrors = 0;
        Map<String, Long> listed = new HashMap<>();
        String query = checks.checks(relation, keepPerCode, !inFiles);
        if (query != null) {
            try (SqlSession.SqlRows result = session.query(query)) {
                while (result.next()) {
                    if (result.getInt(1) == 0) {
                        list(result, listed);
                        continue;
                    }
                    String[] totals = result.getString(6).split(" ");
                    rowsWithErrors = Long.parseLong(totals[0]);
                    for (int c = 0; c < counted.size(); c++) {
                        counts[c] = Long.parseLong(totals[counted.get(c).column()]);
                    }
                }
            }
        }
        for (int c = 0; c < counted.size(); c++) {
            SqlChecks.Counted count = counted.get(c);
            String field = count.field() >= 0
                    ? fields.get(count.field()).name()
                    : count.code().equals("primary-key")
                            ? String.join(",", resource.schema().primaryKey())
                            : count.name();
            long rest = counts[c] - listed.getOrDefault(count.code() + "\u0000" + field, 0L);
            if (rest > 0) {
                log.addCounted(count.code(), field, rest);
            }
        }
        log.setRowsWithErrors(rowsWithErrors);
        step(String.format(java.util.Locale.ROOT, "%s checked %,d rows; profiling them", engine, rows));
        SqlProfiles profiles = new SqlProfiles(sql, resource, checks);
        profile = profiles.profile(session, relation, rows);
        if (profiles.longestRow() > maxRecordBytes) {
            // Measured in the engine: only cut cells ever came into the build, but the verdict is a text file's.
            log.add(
                    "source-error",
                    -1,
                    null,
                    "Resource '" + resource.name() + "': a row holds "
                            + io.github.mlgate.csv.RecordTooLongException.bytes(profiles.longestRow())
                            + " of cells, more than the "
                            + io.github.mlgate.csv.RecordTooLongException.bytes(maxRecordBytes)
                            + " a record may take (set by mlgate.data.maxRecordBytes).",
                    files());
        }
        step(engine + " profiled its fields");
    }

    /**
     * The relation the checks read: a resource's Parquet files as they are, or its table or query with each row's
     * place in the order of its primary key.
     *
     * @param sql the engine's dialect
     * @param one the resource
     * @param read what the engine reads it from ({@link #read})
     * @param columns each field's column, or null
     * @return the relation, with the {@link SqlChecks.Reserved} columns
     */
    static String numbered(SqlDialect sql, DataResource one, Read read, SqlChecks.Column[] columns) {
        if (one.engine().readsFiles()) {
            return read.from();
        }
        List<String> order = new java.util.ArrayList<>();
        for (String key : one.schema().primaryKey()) {
            SqlChecks.Column column = columns[one.schema().indexOf(key)];
            if (column == null) {
                order.clear();
                break;
            }
            order.add(sql.name(column.name()));
        }
        return sql.table(
                read.from(), order, read.reserved().file(), read.reserved().row());
    }

    /**
     * Each field's column of a relation, matched by name; null where it has none.
     *
     * @param one the resource
     * @param byName the relation's columns ({@link #describe})
     * @return the columns, in the schema's order
     */
    static SqlChecks.Column[] matched(DataResource one, Map<String, SqlChecks.Column> byName) {
        return one.schema().fields().stream()
                .map(field -> byName.get(field.name()))
                .toArray(SqlChecks.Column[]::new);
    }

    /**
     * What the engine reads a resource from, the names of the columns it adds, and the data's own columns.
     *
     * @param from the relation, or a table's name ({@link #from})
     * @param reserved the names of the columns the engine adds, none of them a column of the data
     * @param columns the data's own columns, by name
     */
    record Read(String from, SqlChecks.Reserved reserved, Map<String, SqlChecks.Column> columns) {}

    /**
     * Asks the engine for a resource's columns and chooses the names of the columns it adds against them: a column
     * of the data named {@code __mlgate_row} is data, and the row's place takes another name.
     *
     * @param session where the query runs
     * @param sql the engine's dialect
     * @param one the resource
     * @return what the engine reads
     * @throws SQLException when the engine cannot read it
     */
    static Read read(SqlSession session, SqlDialect sql, DataResource one) throws SQLException {
        boolean files = one.engine().readsFiles();
        String from = from(sql, one, SqlChecks.Reserved.DEFAULT);
        // Files come with the two added columns last (an engine renames them when the data has the same names).
        Map<String, SqlChecks.Column> columns =
                describe(session, files ? from : "(SELECT * FROM " + from + ")", files ? 2 : 0);
        SqlChecks.Reserved reserved = SqlChecks.Reserved.against(columns.keySet());
        return new Read(files ? from(sql, one, reserved) : from, reserved, columns);
    }

    /**
     * What the engine reads a resource from: its Parquet files with each row's file and place, a table or a query.
     *
     * @param sql the engine's dialect
     * @param one the resource
     * @param reserved the names of the columns of a row's file and place
     * @return the relation, or a table's name
     */
    static String from(SqlDialect sql, DataResource one, SqlChecks.Reserved reserved) {
        if (one.engine().readsFiles()) {
            List<String> paths = one.files().stream()
                    .map(path -> path.toAbsolutePath().normalize().toString())
                    .toList();
            List<String> roots = one.engine().roots().stream()
                    .map(path -> path.toAbsolutePath().normalize().toString())
                    .toList();
            return roots.size() == 1
                    ? sql.parquet(roots.get(0), paths, reserved.file(), reserved.row())
                    : sql.parquet(paths, reserved.file(), reserved.row());
        }
        return one.engine().table() != null
                ? sql.tableName(one.engine().table())
                : "(" + one.engine().query() + ") AS " + sql.name("__mlgate_query");
    }

    /**
     * The columns of a relation, by name, leaving out the last ones, which the engine adds.
     *
     * @param session where the query runs
     * @param relation the relation
     * @param added how many columns at the end the engine adds
     * @return the columns
     * @throws SQLException when the engine cannot read it
     */
    static Map<String, SqlChecks.Column> describe(SqlSession session, String relation, int added) throws SQLException {
        Map<String, SqlChecks.Column> byName = new java.util.LinkedHashMap<>();
        try (SqlSession.SqlRows result = session.query("SELECT * FROM " + relation + " AS source LIMIT 0")) {
            for (int c = 1; c <= result.columnCount() - added; c++) {
                String name = result.columnName(c);
                byName.put(name, new SqlChecks.Column(name, result.columnKind(c), result.columnTypeName(c)));
            }
        }
        return byName;
    }

    /** Checks the engine's columns against the schema's fields, by name. */
    private SqlChecks.Column[] columns(Map<String, SqlChecks.Column> described) {
        Map<String, SqlChecks.Column> byName = new java.util.LinkedHashMap<>(described);
        SqlChecks.Column[] columns = new SqlChecks.Column[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            columns[i] = byName.remove(fields.get(i).name());
            if (columns[i] == null) {
                log.addHeader(
                        "missing-label",
                        fields.get(i).name(),
                        "Resource '" + resource.name() + "' columns: the schema's field " + (i + 1) + " '"
                                + fields.get(i).name() + "' has no column in " + filesShown() + ".",
                        files(),
                        TablePlace.ofCell(
                                resource.name(), 1, i + 1, fields.get(i).name(), null));
            }
        }
        for (String extra : byName.keySet()) {
            log.addHeader(
                    "extra-label",
                    extra,
                    "Resource '" + resource.name() + "' columns: the column '" + CellCaster.shown(extra) + "' of "
                            + filesShown() + " is not in the schema, which has " + fields.size() + " fields.",
                    files(),
                    TablePlace.ofResource(resource.name()));
        }
        return columns;
    }

    /** Logs one listed error, worded as the streaming path words it. */
    private void list(SqlSession.SqlRows result, Map<String, Long> listed) throws SQLException {
        int file = result.getInt(2);
        long rowInFile = result.getLong(3) + 2;
        int pos = result.getInt(4);
        String code = result.getString(5);
        String cell = result.getString(6);
        List<String> key = keyValues(result.getString(8));
        Location location = inFiles ? Location.ofFile(resource.shown().get(file)) : files();
        String row = "Resource '" + resource.name() + "' " + rowName(rowInFile, key);
        Long number = inFiles ? rowInFile : null;
        String counted;
        if (pos < fields.size()) {
            SchemaField field = fields.get(pos);
            String text =
                    cell != null && field.type().kind() == SchemaType.DATETIME ? cell.replaceFirst(" ", "T") : cell;
            String[] judged = words.judge(pos, text);
            String said = judged != null && judged[0].equals(code)
                    ? judged[1]
                    : ": '" + CellCaster.shown(String.valueOf(cell)) + "' breaks the field's "
                            + code.replace("-error", "") + " rule, as the engine checked it.";
            counted = field.name();
            log.add(
                    code,
                    counted,
                    row + ", field " + (pos + 1) + " '" + field.name() + "'" + said,
                    location,
                    place(number, pos + 1, field.name(), cell, key));
        } else {
            long first = result.getLong(7);
            long firstRow = first % SqlChecks.ROWS_PER_FILE + 2;
            List<String> firstKey = keyValues(result.getString(9));
            String earlierFile =
                    inFiles && severalFiles ? resource.shown().get((int) (first / SqlChecks.ROWS_PER_FILE)) : null;
            String earlier = inFiles
                    ? "row " + firstRow + (earlierFile != null ? " of " + earlierFile : "")
                    : rowName(firstRow, firstKey);
            if (code.equals("foreign-key")) {
                ForeignKey foreign = checkedKeys.get(pos - fields.size() - uniqueFields - 1);
                List<String> values = keyValues(cell);
                counted = String.join(",", foreign.fields());
                log.add(
                        code,
                        counted,
                        row + ": the foreign key (" + foreign.describe(resource.name()) + ") value '"
                                + CellCaster.shown(String.join(", ", values)) + "' has no match in "
                                + (foreign.resource().isEmpty() ? resource.name() : foreign.resource()) + ".",
                        location,
                        (inFiles
                                        ? TablePlace.ofRow(resource.name(), rowInFile)
                                        : TablePlace.ofResource(resource.name()))
                                .withKey(values));
            } else if (code.equals("duplicate-row")) {
                counted = null;
                log.add(
                        code,
                        null,
                        row + " repeats " + (inFiles ? earlier : "another row") + ".",
                        location,
                        inFiles
                                ? TablePlace.ofRow(resource.name(), rowInFile).repeating(null, firstRow, earlierFile)
                                : TablePlace.ofResource(resource.name()).withKey(key));
            } else if (code.equals("unique-error")) {
                int i = uniqueField(pos - fields.size());
                counted = fields.get(i).name();
                log.add(
                        code,
                        counted,
                        row + ", field " + (i + 1) + " '" + counted + "': '" + CellCaster.shown(cell)
                                + "' repeats the value of " + earlier + ".",
                        location,
                        inFiles
                                ? place(number, i + 1, counted, cell, key).repeating(null, firstRow, earlierFile)
                                : place(number, i + 1, counted, cell, key));
            } else {
                counted = String.join(",", resource.schema().primaryKey());
                log.add(
                        code,
                        counted,
                        row + ": the primary key ("
                                + String.join(", ", resource.schema().primaryKey()) + ") repeats that of "
                                + (inFiles ? earlier : "another row") + ".",
                        location,
                        inFiles
                                ? TablePlace.ofRow(resource.name(), rowInFile).repeating(key, firstRow, earlierFile)
                                : TablePlace.ofResource(resource.name()).withKey(key));
            }
        }
        listed.merge(code + "\u0000" + counted, 1L, Long::sum);
    }

    /**
     * Has the checks look a foreign key up in its target, which this engine reads too (or which is this resource); a
     * key that cannot be looked up is an {@code engine-error}, so the gate fails closed.
     */
    private void reference(SqlSession session, String relation, SqlChecks checks, ForeignKey key, DataResource target)
            throws SQLException {
        int[] here = key.fields().stream().mapToInt(resource.schema()::indexOf).toArray();
        int[] there = key.referenceFields().stream()
                .mapToInt(target.schema()::indexOf)
                .toArray();
        String keys;
        if (target == resource) {
            keys = checks.keyTexts(relation, there);
        } else {
            Read read = read(session, sql, target);
            keys = new SqlChecks(sql, target.schema(), matched(target, read.columns()), read.reserved())
                    .keyTexts("(SELECT * FROM " + read.from() + ")", there);
        }
        if (keys != null && checks.reference(here, keys, String.join(",", key.fields()))) {
            checkedKeys.add(key);
        } else {
            log.addHeader(
                    SqlChecks.ENGINE_ERROR,
                    String.join(",", key.fields()),
                    "Resource '" + resource.name() + "': the foreign key " + key.describe(resource.name())
                            + " cannot be checked: a field of it has no column that holds its type, here or in '"
                            + target.name() + "'.",
                    files(),
                    TablePlace.ofResource(resource.name()));
        }
    }

    /** A row as messages name it: by number in a file, by primary key in a table, or as a row of a table without one. */
    private String rowName(long rowInFile, List<String> key) {
        if (inFiles) {
            return "row " + rowInFile;
        }
        if (key == null) {
            return "a row (the schema has no primary key to name it by)";
        }
        List<String> parts = new java.util.ArrayList<>();
        for (int k = 0; k < key.size(); k++) {
            parts.add(resource.schema().primaryKey().get(k) + " = '" + CellCaster.shown(key.get(k)) + "'");
        }
        return "the row where " + String.join(" and ", parts);
    }

    private static List<String> keyValues(String joined) {
        return joined == null ? null : List.of(joined.split(SqlChecks.KEY_SEPARATOR, -1));
    }

    private TablePlace place(Long row, int field, String name, String cell, List<String> key) {
        TablePlace place = row == null
                ? new TablePlace(resource.name(), null, field, name, cell, null, null, null)
                : TablePlace.ofCell(resource.name(), row, field, name, cell);
        return key == null || inFiles ? place : place.withKey(key);
    }

    private int uniqueField(int rank) {
        int seen = 0;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).unique() && seen++ == rank) {
                return i;
            }
        }
        throw new IllegalStateException("no unique field of rank " + rank);
    }

    private Location files() {
        return resource.shown().isEmpty()
                ? resource.location()
                : Location.ofFile(resource.shown().get(0));
    }

    private String filesShown() {
        return severalFiles
                ? "its " + resource.files().size() + " Parquet files"
                : resource.shown().get(0);
    }
}
