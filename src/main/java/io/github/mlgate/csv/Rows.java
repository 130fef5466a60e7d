package io.github.mlgate.csv;

import java.io.IOException;

/** The rows of a file, one at a time, as the validator reads them: delimited text or JSON Lines. */
public interface Rows extends AutoCloseable {

    /** Reads the next row; false at the end. */
    boolean next() throws IOException;

    /** How many cells the row has: the schema's fields first, then any extra ones. */
    int fields();

    /** A cell's text. */
    String text(int field);

    /** Whether the row has the cell at all (a JSON object may leave a key out). */
    default boolean present(int field) {
        return field < fields();
    }

    /** Whether a cell is empty. */
    boolean isEmpty(int field);

    /** Whether a cell's bytes are valid UTF-8. */
    boolean validUtf8(int field);

    /** Whether the row is a blank line. */
    boolean isBlank();

    /** The physical line the row starts on. */
    long recordLine();

    /** Why the row cannot be read, such as an unclosed quote or invalid JSON, or null. */
    String problem();

    @Override
    void close() throws IOException;
}
