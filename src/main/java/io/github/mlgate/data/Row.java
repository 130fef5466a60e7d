package io.github.mlgate.data;

/**
 * One row as read from a file, detached from the reader so that its cells can be cast on another thread; the cast
 * values and the errors to report are kept with it until the row is checked, in order.
 */
final class Row {

    final long rowNumber;
    final int row;
    final String file;
    final long line;
    final boolean blank;
    final String problem;
    private String[] texts;
    private final boolean[] present;
    private boolean[] utf8;
    private final byte[] bytes;
    private final int[] starts;
    private final int[] ends;

    Object[] values;
    String[] codes;
    String[] messages;

    /** Per field, the hash of a unique field's value; set on the worker. */
    long[] hashes;

    /** The primary key's hash, when every part of it has a value ({@link #keyComplete}). */
    long keyHash;

    boolean keyComplete;

    /** The hash of the whole row, when duplicate rows or whole-row split keys are checked. */
    long wholeHash;

    /**
     * Copies the reader's current row. Delimited rows keep their bytes, which a worker decodes ({@link #decode}),
     * so the reading thread does as little as it can.
     *
     * @param reader the reader, on a row
     * @param rowNumber the row's number in its file (the header is row 1)
     * @param row the data row's number in its resource
     * @param file the file, as the user names it
     */
    Row(Rows reader, long rowNumber, int row, String file) {
        this.rowNumber = rowNumber;
        this.row = row;
        this.file = file;
        this.line = reader.recordLine();
        this.problem = reader.problem();
        int cells = problem == null ? reader.fields() : 0;
        this.present = new boolean[cells];
        boolean empty = true;
        for (int i = 0; i < cells; i++) {
            present[i] = reader.present(i);
            empty &= reader.isEmpty(i);
        }
        this.blank = problem == null && (reader.isBlank() || empty);
        if (reader instanceof CsvReader csv && cells > 0) {
            int from = csv.start(0);
            int to = csv.end(cells - 1);
            this.bytes = java.util.Arrays.copyOfRange(csv.data(), from, to);
            this.starts = new int[cells];
            this.ends = new int[cells];
            for (int i = 0; i < cells; i++) {
                starts[i] = csv.start(i) - from;
                ends[i] = csv.end(i) - from;
            }
        } else {
            this.bytes = null;
            this.starts = null;
            this.ends = null;
            this.texts = new String[cells];
            this.utf8 = new boolean[cells];
            for (int i = 0; i < cells; i++) {
                texts[i] = reader.text(i);
                utf8[i] = reader.validUtf8(i);
            }
        }
    }

    /** Decodes the cells' text from their bytes; on a worker, before anything reads them. */
    void decode() {
        if (texts != null) {
            return;
        }
        int cells = present.length;
        texts = new String[cells];
        utf8 = new boolean[cells];
        for (int i = 0; i < cells; i++) {
            String text = new String(bytes, starts[i], ends[i] - starts[i], java.nio.charset.StandardCharsets.UTF_8);
            // The JDK's decoder scans ASCII fast and marks bad bytes with U+FFFD; only then are the bytes checked.
            utf8[i] = text.indexOf('\uFFFD') < 0 || CsvReader.validUtf8(bytes, starts[i], ends[i]);
            texts[i] = utf8[i] ? text : "";
        }
    }

    /** Makes room for the cast outcomes of the schema's fields. */
    void outcomes(int fields) {
        values = new Object[fields];
        codes = new String[fields];
        messages = new String[fields];
        hashes = new long[fields];
    }

    int fields() {
        return present.length;
    }

    String text(int field) {
        return texts[field];
    }

    boolean present(int field) {
        return field < present.length && present[field];
    }

    boolean validUtf8(int field) {
        return utf8[field];
    }

    /** The hash of all the row's cells, to find rows that repeat. */
    long wholeRowHash() {
        long hash = 1;
        for (int i = 0; i < fields(); i++) {
            hash = LongIntMap.combine(hash, LongIntMap.hash(text(i)));
        }
        return hash;
    }

    String problem() {
        return problem;
    }
}
