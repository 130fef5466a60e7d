package io.github.mlgate.csv;

import java.io.IOException;
import java.util.Locale;

/**
 * A record ran past the most bytes or cells a record may take: it is not read on, as it may never end (a file with no
 * line break, a quote never closed, a device).
 */
public final class RecordTooLongException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final long limit;
    private final boolean cells;

    /**
     * Creates the exception for a record with too many bytes.
     *
     * @param line the physical line the record starts on
     * @param maxBytes the most bytes a record may take
     */
    public RecordTooLongException(long line, long maxBytes) {
        this(line, maxBytes, false);
    }

    private RecordTooLongException(long line, long limit, boolean cells) {
        super("the record at line " + line + " is longer than " + limitText(limit, cells));
        this.line = line;
        this.limit = limit;
        this.cells = cells;
    }

    /**
     * Creates the exception for a record with too many cells.
     *
     * @param line the physical line the record starts on
     * @param maxCells the most cells a record may have
     * @return the exception
     */
    public static RecordTooLongException cells(long line, int maxCells) {
        return new RecordTooLongException(line, maxCells, true);
    }

    /**
     * The same record, its line counted from another start.
     *
     * @param firstLine the line the input this reader read starts on, in the whole file
     * @return the exception with the line in the whole file
     */
    public RecordTooLongException fromLine(long firstLine) {
        return new RecordTooLongException(firstLine + line - 1, limit, cells);
    }

    /** The physical line the record starts on. */
    public long line() {
        return line;
    }

    /** Whether the record has too many cells rather than too many bytes. */
    public boolean tooManyCells() {
        return cells;
    }

    /**
     * The bound, as a user reads it.
     *
     * @return for example "16.0 MiB", "1,024 bytes" or "100,000 cells"
     */
    public String limitText() {
        return limitText(limit, cells);
    }

    private static String limitText(long limit, boolean cells) {
        if (cells) {
            return String.format(Locale.ROOT, "%,d cells", limit);
        }
        return bytes(limit);
    }

    /**
     * A number of bytes, as a user reads it.
     *
     * @param limit the bytes
     * @return for example "16.0 MiB" or "1,024 bytes"
     */
    public static String bytes(long limit) {
        return limit < 1L << 20
                ? String.format(Locale.ROOT, "%,d bytes", limit)
                : String.format(Locale.ROOT, "%.1f MiB", limit / (double) (1L << 20));
    }
}
