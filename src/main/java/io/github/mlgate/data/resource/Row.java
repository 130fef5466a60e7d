package io.github.mlgate.data.resource;

import io.github.mlgate.csv.CsvReader;
import io.github.mlgate.csv.Rows;
import io.github.mlgate.data.schema.ValueHashes;

/**
 * One row as read from a file, detached from the reader so that its cells can be cast on another thread; the cast
 * values and the errors to report are kept with it until the row is checked, in order.
 */
public final class Row {

    /**
     * The row's number in its file, the header being row 1, as messages show it. Numbered by the reading thread, in
     * order: rows parsed in chunks are numbered after they are read.
     */
    public long rowInFile;

    /** The data row's number in its resource, from 1, across the resource's files: the key maps remember it. */
    public int rowInResource;

    public final String file;
    public long line;
    public final boolean blank;
    public final String problem;
    private String[] texts;
    private final int cells;

    /** Which cells are present (JSON Lines may leave a field out); null when all are, as in delimited rows. */
    private final boolean[] present;

    private boolean[] utf8;
    private final byte[] bytes;
    /** Where each cell starts and ends in {@link #bytes}: pairs from {@link #base}, or null for rows without bytes. */
    private final int[] bounds;

    private final int base;

    /** Per field, the cast values that checks on the reading thread need; made when the first is kept. */
    private Object[] values;

    private int fieldCount;

    /** The primary key's value when it is one integer field, read from the bytes; see {@link #hasIntegerKey}. */
    public long integerKey;

    public boolean hasIntegerKey;

    public String[] codes;
    public String[] messages;

    /** Per field, the hash of a unique field's value (null when no field is unique); set on the worker. */
    public long[] hashes;

    /** The primary key's hash, when every part of it has a value ({@link #keyComplete}). */
    public long keyHash;

    public boolean keyComplete;

    /**
     * Set on the worker: every field has a cell, present and valid UTF-8, that cast and met its constraints; the
     * ordered check then only looks up keys.
     */
    public boolean clean;

    /** The hash of the whole row, when duplicate rows or whole-row split keys are checked. */
    public long wholeHash;

    /**
     * Copies the reader's current row. Delimited rows keep their bytes, which a worker decodes ({@link #decode}),
     * so the reading thread does as little as it can.
     *
     * @param reader the reader, on a row
     * @param rowNumber the row's number in its file (the header is row 1)
     * @param row the data row's number in its resource
     * @param file the file, as the user names it
     */
    public Row(Rows reader, long rowNumber, int row, String file) {
        this(reader, rowNumber, row, file, null);
    }

    /**
     * Copies the reader's current row, keeping where its cells are in bounds shared by the rows of a chunk.
     *
     * @param reader the reader, on a row
     * @param rowNumber the row's number in its file (the header is row 1)
     * @param row the data row's number in its resource
     * @param file the file, as the user names it
     * @param shared where the cells' bounds go, or null for arrays of the row's own
     */
    public Row(Rows reader, long rowNumber, int row, String file, Bounds shared) {
        this.rowInFile = rowNumber;
        this.rowInResource = row;
        this.file = file;
        this.line = reader.recordLine();
        this.problem = reader.problem();
        int cells = problem == null ? reader.fields() : 0;
        this.cells = cells;
        if (reader instanceof CsvReader csv && cells > 0) {
            // Every cell of a delimited row is present; its bytes are the reader's array when it reads in place.
            this.present = null;
            Bounds into = shared != null ? shared : new Bounds(cells);
            this.base = into.reserve(cells);
            this.bounds = into.bounds;
            int from = csv.readsInPlace() ? 0 : csv.start(0);
            boolean empty = true;
            for (int i = 0; i < cells; i++) {
                int start = csv.start(i) - from;
                int end = csv.end(i) - from;
                bounds[base + 2 * i] = start;
                bounds[base + 2 * i + 1] = end;
                empty &= start == end;
            }
            this.blank = csv.isBlank() || empty;
            this.bytes = csv.readsInPlace()
                    ? csv.data()
                    : java.util.Arrays.copyOfRange(csv.data(), from, csv.end(cells - 1));
        } else {
            this.present = new boolean[cells];
            boolean empty = true;
            for (int i = 0; i < cells; i++) {
                present[i] = reader.present(i);
                empty &= reader.isEmpty(i);
            }
            this.blank = problem == null && (reader.isBlank() || empty);
            this.bytes = null;
            this.bounds = null;
            this.base = 0;
            this.texts = new String[cells];
            this.utf8 = new boolean[cells];
            for (int i = 0; i < cells; i++) {
                texts[i] = reader.text(i);
                utf8[i] = reader.validUtf8(i);
            }
        }
    }

    /**
     * Where the cells of rows start and end in their bytes, pairs side by side, in one array for the rows of a chunk
     * rather than two arrays a row. The array is replaced by a larger one when full; rows keep the one they were
     * made with, whose part for them does not change.
     */
    public static final class Bounds {

        int[] bounds;
        private int used;

        public Bounds(int cells) {
            this.bounds = new int[2 * cells];
        }

        /** Makes room for a row's cells and answers where they start. */
        int reserve(int cells) {
            if (used + 2 * cells > bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, Math.max(2 * bounds.length, used + 2 * cells));
            }
            int base = used;
            used += 2 * cells;
            return base;
        }
    }

    /** Set on the worker when every cell is known to be valid UTF-8, from one pass over the row's bytes. */
    private boolean allUtf8;

    /** Marks every cell valid UTF-8: its reader checked the bytes it came from. */
    public void markValidUtf8() {
        allUtf8 = true;
    }

    /**
     * Checks the whole row's bytes as UTF-8 at once, on the worker: when they are valid and no cell starts in the middle
     * of a character (a character cut by a delimiter), every cell is valid; otherwise cells are checked one by one.
     */
    public void checkUtf8() {
        if (allUtf8 || bytes == null || !CsvReader.validUtf8(bytes, start(0), end(cells - 1))) {
            return;
        }
        for (int i = 1; i < cells; i++) {
            if (end(i) > start(i) && (bytes[start(i)] & 0xC0) == 0x80) {
                return;
            }
        }
        allUtf8 = true;
    }

    /** Makes room for the cells' texts, which are decoded from their bytes when first asked for, on a worker. */
    void decode() {
        if (texts == null) {
            texts = new String[cells];
            utf8 = new boolean[cells];
        }
    }

    /** Decodes one cell, once. */
    private void decode(int i) {
        decode();
        if (texts[i] != null || bytes == null) {
            return;
        }
        String text = new String(bytes, start(i), end(i) - start(i), java.nio.charset.StandardCharsets.UTF_8);
        // The JDK's decoder scans ASCII fast and marks bad bytes with U+FFFD; only then are the bytes checked.
        utf8[i] = text.indexOf('\uFFFD') < 0 || CsvReader.validUtf8(bytes, start(i), end(i));
        texts[i] = utf8[i] ? text : "";
    }

    /** Whether a cell's bytes are all ASCII, and so valid UTF-8 without decoding; false for rows read without bytes. */
    private boolean isAscii(int i) {
        if (bytes == null) {
            return false;
        }
        for (int k = start(i); k < end(i); k++) {
            if (bytes[k] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A valid cell's text, decoded without being kept: the row is left as it is, so a worker may read it while the
     * ordered check reads the row on another thread.
     *
     * @param i the cell
     * @return the text
     */
    public String peekText(int i) {
        return bytes != null
                ? new String(bytes, start(i), end(i) - start(i), java.nio.charset.StandardCharsets.UTF_8)
                : texts[i];
    }

    /** The bytes of the row's cells, or null for rows read without them. */
    public byte[] bytes() {
        return bytes;
    }

    public int start(int i) {
        return bounds[base + 2 * i];
    }

    public int end(int i) {
        return bounds[base + 2 * i + 1];
    }

    /**
     * Makes room for the cast values of the schema's fields.
     *
     * @param fields how many fields the schema has
     * @param hashed whether unique values' hashes are kept
     */
    public void outcomes(int fields, boolean hashed) {
        fieldCount = fields;
        hashes = hashed ? new long[fields] : null;
    }

    /**
     * Keeps a cell's cast value; the values' array is made for the first one, so rows whose values no check needs
     * have none.
     *
     * @param field the field
     * @param value the value
     */
    public void setValue(int field, Object value) {
        if (values == null) {
            values = new Object[fieldCount];
        }
        values[field] = value;
    }

    /**
     * A field's kept value.
     *
     * @param field the field
     * @return the value, or null when the cell had none or it was not kept
     */
    public Object value(int field) {
        return values == null ? null : values[field];
    }

    /** The kept values, one per field of the schema (null where none was kept). */
    public Object[] values() {
        if (values == null) {
            values = new Object[fieldCount];
        }
        return values;
    }

    /** Records the primary key's value when the key is one integer field, kept unboxed. */
    public void integerKey(long value) {
        integerKey = value;
        hasIntegerKey = true;
    }

    /**
     * Records a cell's error, worded without the cell's place, which only the ordered check knows.
     *
     * @param cell the cell
     * @param code the error code
     * @param message the message after the place
     */
    public void fail(int cell, String code, String message) {
        if (codes == null) {
            // Most rows have no error: their arrays are never made.
            codes = new String[fieldCount];
            messages = new String[fieldCount];
        }
        codes[cell] = code;
        messages[cell] = message;
    }

    public int fields() {
        return cells;
    }

    public String text(int field) {
        decode(field);
        return texts[field];
    }

    public boolean present(int field) {
        return field < cells && (present == null || present[field]);
    }

    public boolean validUtf8(int field) {
        if (allUtf8) {
            return true;
        }
        decode();
        if (texts[field] == null && !utf8[field]) {
            // Checked once, on the worker that casts the row; the ordered checks read the answer.
            // Checked on the bytes: a cell whose text no check needs is never decoded.
            if (bytes == null) {
                decode(field);
            } else {
                utf8[field] = isAscii(field) || CsvReader.validUtf8(bytes, start(field), end(field));
            }
        }
        return utf8[field];
    }

    /** The hash of all the row's cells, to find rows that repeat. */
    public long wholeRowHash() {
        long hash = 1;
        for (int i = 0; i < fields(); i++) {
            hash = ValueHashes.combine(hash, ValueHashes.hash(text(i)));
        }
        return hash;
    }

    public String problem() {
        return problem;
    }
}
