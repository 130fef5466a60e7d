package io.github.mlgate.data;

import io.github.mlgate.csv.Rows;
import io.github.mlgate.gate.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks made on a resource's rows in file order, on one thread, after the workers have cast them: the header's
 * labels, the errors the workers found (worded here, where rows have their numbers), unique values, the primary key,
 * split keys, foreign keys and repeated rows. Memory holds only what these need: a hash or a value and a row number
 * per key.
 */
final class RowChecks {

    private final DataResource resource;
    private final ErrorLog log;
    private final List<SchemaField> fields;
    private final Map<Integer, FirstRows> unique = new HashMap<>();

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
    private final List<ForeignKeys.KeyIndex> indexes = new java.util.ArrayList<>();
    private final List<ForeignKeys.Check> foreignKeys = new java.util.ArrayList<>();

    /** Whether a clean row needs nothing checked in order but its primary key; set when the rows start. */
    private boolean onlyKeys;

    /**
     * Creates the checks of a resource.
     *
     * @param resource the resource
     * @param log where errors go
     * @param split what to collect into for the split checks, or null
     * @param splits the splits section, or null
     */
    RowChecks(DataResource resource, ErrorLog log, SplitCollector split, Splits splits) {
        this.resource = resource;
        this.log = log;
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

    /** Whether rows are compared whole: repeated rows, or split keys of whole rows. */
    boolean wholeRows() {
        return rowsSeen != null || (split != null && splitKey.length == 0);
    }

    /** The split label's field, or -1. */
    int splitLabel() {
        return splitLabel;
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

    /**
     * Readies the checks once every lookup is wired, before the first row.
     *
     * @return whether rows' values are looked up (split keys, foreign keys), so every cell's value must be kept
     */
    boolean start() {
        onlyKeys = uniqueFields.length == 0
                && split == null
                && indexes.isEmpty()
                && foreignKeys.isEmpty()
                && rowsSeen == null;
        return split != null || !indexes.isEmpty() || !foreignKeys.isEmpty();
    }

    /**
     * Sizes the key maps for the rows expected, so a map of millions of keys is allocated once instead of grown and
     * rehashed many times.
     *
     * @param expected how many rows the resource is expected to have
     */
    void presize(long expected) {
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

    /** Checks the foreign key values whose targets were not complete during the pass. */
    void finishDeferred() {
        for (ForeignKeys.Check check : foreignKeys) {
            check.finish(log, resource.name());
        }
    }

    void header(Rows reader, String file) {
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
    void checkRow(Row reader) {
        if (reader.clean && onlyKeys) {
            // The common case in its own small path: rows with anything to report, or more to look up, go the long
            // way, in a method rarely called and so compiled apart.
            if (keys != null && reader.keyComplete) {
                primaryKey(reader, reader.rowInFile, reader.rowInResource);
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
            cellErrors(reader, reader.rowInFile);
        }
        if (uniqueFields.length > 0) {
            uniqueValues(reader);
        }
        if (keys != null && reader.keyComplete) {
            primaryKey(reader, reader.rowInFile, reader.rowInResource);
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
        long rowNumber = reader.rowInFile;
        if (reader.problem() != null) {
            log.add("source-error", rowNumber, null, prefix(rowNumber) + ": " + reader.problem() + ".", place(reader));
        } else {
            log.add("blank-row", rowNumber, null, prefix(rowNumber) + " is blank.", place(reader));
        }
    }

    private void uniqueValues(Row reader) {
        long rowNumber = reader.rowInFile;
        for (int i : uniqueFields) {
            Object value = reader.value(i);
            if (value != null) {
                FirstRows seen = unique.get(i);
                int first = value instanceof Long integer
                        ? seen.putIfAbsentInteger(integer, reader.rowInResource)
                        : seen.putIfAbsentHash(reader.hashes[i], reader.rowInResource);
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
        long rowNumber = reader.rowInFile;
        int row = reader.rowInResource;
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
        int first = rowsSeen.putIfAbsent(reader.wholeHash, reader.rowInResource);
        if (first >= 0) {
            log.add(
                    "duplicate-row",
                    reader.rowInFile,
                    null,
                    prefix(reader.rowInFile) + " repeats data row " + first + ".",
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
