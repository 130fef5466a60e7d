package io.github.mlgate.data.stream;

import io.github.mlgate.csv.Rows;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows whose cells are read as text, already decoded: the reader fills {@link #cells} for each row. Text that is held
 * as a Java string is valid UTF-8 by the time it is a cell.
 */
public abstract class TextCells implements Rows {

    /** The current row's cells. */
    protected final List<String> cells = new ArrayList<>();

    @Override
    public int fields() {
        return cells.size();
    }

    @Override
    public String text(int field) {
        return cells.get(field);
    }

    @Override
    public boolean isEmpty(int field) {
        return cells.get(field).isEmpty();
    }

    @Override
    public boolean validUtf8(int field) {
        return true;
    }
}
