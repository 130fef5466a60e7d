package io.github.mlgate.data.stream;

import io.github.mlgate.csv.Rows;
import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.ErrorLog;
import io.github.mlgate.data.resource.OrderedCheck;
import io.github.mlgate.data.resource.Row;
import io.github.mlgate.data.resource.RowMessages;
import io.github.mlgate.data.resource.Splits;
import io.github.mlgate.data.schema.SchemaField;
import io.github.mlgate.data.split.SplitCollector;
import io.github.mlgate.data.split.SplitKeyCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The checks made on a resource's rows in file order, on one thread, after the workers have cast them: the header's
 * labels, the errors the workers found (worded here, where rows have their numbers), unique values, the primary key,
 * split keys, foreign keys and repeated rows. Memory holds only what these need: a hash or a value and a row number
 * per key.
 */
/**
 * The checks made on a resource's rows in file order, on one thread, after the workers have cast them: the header's
 * labels ({@link HeaderCheck}), the errors the workers found (worded here, where rows have their numbers), then each
 * {@link OrderedCheck} in the order findings are reported: unique values, the primary key, split keys, foreign-key
 * indexes and lookups, repeated rows.
 */
public final class RowChecks {

    private final DataResource resource;
    private final ErrorLog log;
    private final List<SchemaField> fields;
    private final RowMessages messages;
    private final HeaderCheck header;

    /** The primary key, or null without one: the one check a clean row usually needs, called on its own path. */
    private final PrimaryKeyCheck primaryKey;

    /** Every check in the order findings are reported, the primary key included; made in {@link #start()}. */
    private List<OrderedCheck> checks = List.of();

    private final UniqueValuesCheck unique;
    private final SplitKeyCollection split;
    private final DuplicateRowCheck duplicateRows;
    private final int splitLabel;

    /** Whether the split key is the whole row. */
    private final boolean wholeRowSplit;

    private final List<ForeignKeyIndexing> indexes = new ArrayList<>();
    private final List<ForeignKeyLookup> foreignKeys = new ArrayList<>();

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
        this.messages = new RowMessages(resource);
        this.header = new HeaderCheck(resource, log);
        int[] uniqueFields = IntStream.range(0, fields.size())
                .filter(i -> fields.get(i).unique())
                .toArray();
        this.unique = uniqueFields.length == 0 ? null : new UniqueValuesCheck(log, messages, fields, uniqueFields);
        this.primaryKey =
                resource.schema().primaryKey().isEmpty() ? null : new PrimaryKeyCheck(log, messages, resource);
        this.duplicateRows = resource.duplicateRows() ? new DuplicateRowCheck(log, messages) : null;
        this.splitLabel = splits == null || splits.label() == null
                ? -1
                : resource.schema().indexOf(splits.label());
        if (split == null) {
            this.split = null;
            this.wholeRowSplit = false;
        } else {
            int[] splitKey =
                    splits.key().stream().mapToInt(resource.schema()::indexOf).toArray();
            int splitTime = splits.timeField() == null ? -1 : resource.schema().indexOf(splits.timeField());
            this.split = new SplitKeyCollection(split, splitKey, splitLabel, splitTime);
            split.names = messages;
            this.wholeRowSplit = splitKey.length == 0;
        }
    }

    /**
     * Notes where a file's rows start, for the names of rows remembered by their number in the resource.
     *
     * @param file the file as the user names it
     * @param rowsBefore the data rows of the resource's earlier files
     * @param headerRows 1 when the file has a header row, else 0
     */
    void fileStarts(String file, long rowsBefore, int headerRows) {
        messages.fileStarts(file, rowsBefore, headerRows);
    }

    /**
     * Where reading the current file stopped, as users count its rows (the header is row 1).
     *
     * @param rows the data rows of the resource read so far
     * @return for example {@code after row 4}
     */
    String after(long rows) {
        return messages.after(rows);
    }

    /** Whether rows are compared whole: repeated rows, or split keys of whole rows. */
    boolean wholeRows() {
        return duplicateRows != null || (split != null && wholeRowSplit);
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
        indexes.add(new ForeignKeyIndexing(index));
    }

    /**
     * Checks a foreign key of this resource.
     *
     * @param check the key and its target
     */
    void check(ForeignKeys.Check check) {
        foreignKeys.add(new ForeignKeyLookup(log, messages, resource.name(), check));
    }

    /**
     * Readies the checks once every lookup is wired, before the first row.
     *
     * @return whether rows' values are looked up (split keys, foreign keys), so every cell's value must be kept
     */
    boolean start() {
        List<OrderedCheck> inOrder = new ArrayList<>();
        if (unique != null) {
            inOrder.add(unique);
        }
        if (primaryKey != null) {
            inOrder.add(primaryKey);
        }
        if (split != null) {
            inOrder.add(split);
        }
        inOrder.addAll(indexes);
        inOrder.addAll(foreignKeys);
        if (duplicateRows != null) {
            inOrder.add(duplicateRows);
        }
        checks = List.copyOf(inOrder);
        onlyKeys = checks.size() == (primaryKey == null ? 0 : 1);
        return split != null || !indexes.isEmpty() || !foreignKeys.isEmpty();
    }

    /**
     * Sizes the key maps for the rows expected, so a map of millions of keys is allocated once instead of grown and
     * rehashed many times.
     *
     * @param expected how many rows the resource is expected to have
     */
    void presize(long expected) {
        for (OrderedCheck check : checks) {
            check.presize(expected);
        }
    }

    /** Checks the foreign key values whose targets were not complete during the pass. */
    void finishDeferred() {
        for (ForeignKeyLookup check : foreignKeys) {
            check.finish();
        }
    }

    /**
     * Checks a file's header row.
     *
     * @param reader the reader, on the header
     * @param file the file, as findings name it
     */
    void header(Rows reader, String file) {
        header.check(reader, file);
    }

    /**
     * Checks a row in order: its errors found on the worker, then what needs every earlier row (unique values, the
     * primary key, lookups, repeated rows). Each part is its own method, so the compiled common path stays small.
     */
    void checkRow(Row reader) {
        if (reader.clean && onlyKeys) {
            // The common case in its own small path: rows with anything to report, or more to look up, go the long
            // way, in a method rarely called and so compiled apart.
            if (primaryKey != null) {
                primaryKey.check(reader);
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
        for (OrderedCheck check : checks) {
            check.check(reader);
        }
    }

    /** Reports a row that has no cells to check: unreadable or blank. */
    private void rowError(Row reader) {
        long rowNumber = reader.rowInFile;
        if (reader.problem() != null) {
            log.add(
                    "source-error",
                    rowNumber,
                    null,
                    messages.row(rowNumber) + ": " + reader.problem() + ".",
                    RowMessages.place(reader));
        } else {
            log.add("blank-row", rowNumber, null, messages.row(rowNumber) + " is blank.", RowMessages.place(reader));
            if (!resource.schema().primaryKey().isEmpty()) {
                // A blank row has no key, which a primary key does not allow (Frictionless reports both).
                log.add(
                        "primary-key",
                        String.join(",", resource.schema().primaryKey()),
                        messages.row(rowNumber) + ": the primary key ("
                                + String.join(", ", resource.schema().primaryKey()) + ") is missing: the row is blank.",
                        RowMessages.place(reader),
                        messages.rowPlace(rowNumber));
            }
        }
    }

    /** Reports what is wrong with the cells of a row that is not clean: extra, missing, undecodable or invalid. */
    private void cellErrors(Row reader, long rowNumber) {
        int cells = reader.fields();
        for (int i = fields.size(); i < cells; i++) {
            log.add(
                    "extra-cell",
                    null,
                    messages.row(rowNumber) + ": cell " + (i + 1) + " ('" + CellCaster.shown(reader.text(i))
                            + "') has no field in the schema.",
                    RowMessages.place(reader),
                    messages.cellPlace(rowNumber, i, reader.text(i)));
        }
        for (int i = 0; i < fields.size(); i++) {
            SchemaField field = fields.get(i);
            if (i >= cells || !reader.present(i)) {
                log.add(
                        "missing-cell",
                        field.name(),
                        messages.cell(rowNumber, i) + ": the row has no cell for it.",
                        RowMessages.place(reader),
                        messages.cellPlace(rowNumber, i, null));
                // The cell the row lacks has no value, so a required field's constraint breaks too (Frictionless).
                String[] missing = CellCaster.missingError(
                        field, resource.schema().primaryKey().contains(field.name()));
                if (missing != null) {
                    log.add(
                            missing[0],
                            field.name(),
                            messages.cell(rowNumber, i) + missing[1],
                            RowMessages.place(reader),
                            messages.cellPlace(rowNumber, i, null));
                }
                continue;
            }
            if (!reader.validUtf8(i)) {
                log.add(
                        "encoding-error",
                        field.name(),
                        messages.cell(rowNumber, i) + ": the cell is not valid UTF-8.",
                        RowMessages.place(reader),
                        messages.cellPlace(rowNumber, i, reader.text(i)));
                continue;
            }
            if (reader.codes != null && reader.codes[i] != null) {
                // Workers word the error; its place is known only here, where rows are numbered in order.
                log.add(
                        reader.codes[i],
                        field.name(),
                        messages.cell(rowNumber, i) + reader.messages[i],
                        RowMessages.place(reader),
                        messages.cellPlace(rowNumber, i, reader.text(i)));
            }
        }
    }
}
