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
    private final String[] texts;
    private final boolean[] present;
    private final boolean[] utf8;

    Object[] values;
    String[] codes;
    String[] messages;

    /**
     * Copies the reader's current row.
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
        int cells = reader.fields();
        this.texts = new String[cells];
        this.present = new boolean[cells];
        this.utf8 = new boolean[cells];
        boolean empty = true;
        for (int i = 0; i < cells && problem == null; i++) {
            present[i] = reader.present(i);
            utf8[i] = reader.validUtf8(i);
            texts[i] = utf8[i] ? reader.text(i) : "";
            empty &= reader.isEmpty(i);
        }
        this.blank = problem == null && (reader.isBlank() || empty);
    }

    /** Makes room for the cast outcomes of the schema's fields. */
    void outcomes(int fields) {
        values = new Object[fields];
        codes = new String[fields];
        messages = new String[fields];
    }

    int fields() {
        return texts.length;
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

    String problem() {
        return problem;
    }
}
