package io.github.mlgate.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads delimited records from UTF-8 bytes, one record at a time, into reused buffers: no object per cell unless a
 * check asks for one. Quoted fields may hold delimiters, quotes (doubled or escaped) and line breaks; records end at
 * LF, CRLF or CR. A leading byte-order mark is skipped.
 *
 * <p>Used by the data gate and to read predictions. Hand-written rather than a CSV library: the data gate validates every cell of files of hundreds of megabytes,
 * and Jackson's CSV reader, which makes a string of every cell, read the predictions benchmark's ten million rows at
 * a fifth of the speed of reading the bytes.
 */
public final class CsvReader implements Rows {

    private static final java.lang.invoke.VarHandle WORDS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** The most bytes a record may take by default: 16 MiB. */
    public static final long DEFAULT_MAX_RECORD_BYTES = 16L << 20;

    /**
     * The most cells a record may have: each costs a few bytes of bounds, so a record of nothing but delimiters
     * would otherwise take gigabytes.
     */
    public static final int MAX_CELLS = 100_000;

    private final InputStream in;
    private final byte delimiter;
    private final byte quote;
    private final boolean doubleQuote;
    private final byte escape;
    private final boolean skipInitialSpace;

    /** The delimiter and the quote in every byte of a word, to find them eight bytes at a time. */
    private final long delimiters;

    private final long quotes;

    private byte[] buffer;

    /**
     * Whether records are read in place: the input is one array, and each record's cells are written over its own
     * bytes (never ahead of where they are read), so rows can keep the array instead of copies.
     */
    private final boolean inPlace;

    private int position;
    private int limit;
    private long consumed;
    private boolean bomChecked;

    private byte[] data;
    private int dataLength;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] quoted = new boolean[64];
    private int fields;
    private long line = 1;
    private long recordLine;
    private long recordStart;
    private long maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
    private boolean unterminatedQuote;

    /**
     * Creates a reader.
     *
     * @param in UTF-8 bytes; closed with the reader
     * @param dialect the dialect
     */
    public CsvReader(InputStream in, Dialect dialect) {
        this(in, dialect, null, 0);
    }

    /**
     * Creates a reader of records in place: the bytes read so far are in an array, the rest (for a last record that
     * runs on) in a stream. The cells of each record are left in the array ({@link #data()}), at offsets from its
     * start, so they stay valid after the next record; the array grows (a new one) only when a record runs past it.
     *
     * @param bytes the first bytes of the input
     * @param length how many of them there are
     * @param rest the bytes after them; closed with the reader
     * @param dialect the dialect
     * @return the reader
     */
    public static CsvReader inPlace(byte[] bytes, int length, InputStream rest, Dialect dialect) {
        return new CsvReader(rest, dialect, bytes, length);
    }

    private CsvReader(InputStream in, Dialect dialect, byte[] bytes, int length) {
        this.in = in;
        this.inPlace = bytes != null;
        this.buffer = inPlace ? bytes : new byte[1 << 16];
        this.data = inPlace ? bytes : new byte[1024];
        this.limit = inPlace ? length : 0;
        this.delimiter = (byte) dialect.delimiter();
        this.quote = (byte) dialect.quoteChar();
        this.doubleQuote = dialect.doubleQuote();
        this.escape = (byte) dialect.escapeChar();
        this.skipInitialSpace = dialect.skipInitialSpace();
        this.delimiters = (delimiter & 0xFFL) * ONES;
        this.quotes = (quote & 0xFFL) * ONES;
    }

    /**
     * Bounds a record: a file with no line break, or a quote never closed, would otherwise be read into memory whole.
     *
     * @param bytes the most bytes a record may take, its line break included
     * @return this reader
     */
    public CsvReader withMaxRecordBytes(long bytes) {
        maxRecordBytes = bytes;
        return this;
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     * @throws IOException when the input cannot be read
     */
    @Override
    public boolean next() throws IOException {
        fields = 0;
        dataLength = inPlace ? position : 0;
        unterminatedQuote = false;
        if (!bomChecked) {
            bomChecked = true;
            if (fill()
                    && limit - position >= 3
                    && buffer[position] == (byte) 0xEF
                    && buffer[position + 1] == (byte) 0xBB
                    && buffer[position + 2] == (byte) 0xBF) {
                position += 3;
            }
        }
        if (!fill()) {
            return false;
        }
        recordLine = line;
        recordStart = consumed + position;
        startField();
        boolean inQuotes = false;
        boolean atFieldStart = true;
        while (true) {
            if (position >= limit && !fill()) {
                unterminatedQuote = inQuotes;
                endField();
                return ended();
            }
            // Most bytes are plain: take each run of them at once, stopping at the next byte that means something. A
            // field's first byte starts a run too, unless it opens a quote or is a space to skip.
            int run;
            if (inQuotes) {
                run = quotedRun();
            } else if (!atFieldStart || (buffer[position] != quote && !(skipInitialSpace && buffer[position] == ' '))) {
                run = plainRun();
            } else {
                run = position;
            }
            if (run > position) {
                appendRun(run);
                if (!inQuotes) {
                    atFieldStart = false;
                    // The commonest end of a run: the delimiter, handled here rather than on another turn.
                    if (position < limit && buffer[position] == delimiter) {
                        position++;
                        endField();
                        startField();
                        atFieldStart = true;
                    }
                }
                continue;
            }
            byte b = buffer[position++];
            if (inQuotes) {
                if (b == escape && escape != 0) {
                    if (position >= limit && !fill()) {
                        continue;
                    }
                    append(buffer[position++]);
                } else if (b == quote) {
                    if (doubleQuote) {
                        if (position >= limit && !fill()) {
                            inQuotes = false;
                            continue;
                        }
                        if (buffer[position] == quote) {
                            append(quote);
                            position++;
                            continue;
                        }
                    }
                    inQuotes = false;
                } else {
                    if (b == '\n') {
                        line++;
                    }
                    append(b);
                }
                continue;
            }
            if (b == delimiter) {
                endField();
                startField();
                atFieldStart = true;
                continue;
            }
            if (b == '\n' || b == '\r') {
                if (b == '\r' && (position < limit || fill()) && buffer[position] == '\n') {
                    position++;
                }
                line++;
                endField();
                return ended();
            }
            if (atFieldStart && skipInitialSpace && b == ' ') {
                continue;
            }
            if (atFieldStart && b == quote) {
                inQuotes = true;
                quoted[fields] = true;
                atFieldStart = false;
                continue;
            }
            if (b == escape && escape != 0 && (position < limit || fill())) {
                append(buffer[position++]);
                atFieldStart = false;
                continue;
            }
            append(b);
            atFieldStart = false;
        }
    }

    /** A record has ended: it may not have been longer than the bound (the stream path checks as it reads, too). */
    private boolean ended() throws RecordTooLongException {
        if (consumed + position - recordStart > maxRecordBytes) {
            throw new RecordTooLongException(recordLine, maxRecordBytes);
        }
        return true;
    }

    /** Where the run of plain bytes of an unquoted field ends in the buffer. */
    private int plainRun() {
        int i = position;
        if (escape == 0) {
            // Eight bytes at a time: the first delimiter, LF or CR among them, if any, is the run's end.
            while (i + 8 <= limit) {
                long word = (long) WORDS.get(buffer, i);
                long found = zeroBytes(word ^ delimiters) | zeroBytes(word ^ LINE_FEEDS) | zeroBytes(word ^ RETURNS);
                if (found != 0) {
                    return i + (Long.numberOfTrailingZeros(found) >>> 3);
                }
                i += 8;
            }
        }
        while (i < limit) {
            byte c = buffer[i];
            if (c == delimiter || c == '\n' || c == '\r' || (c == escape && escape != 0)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Where the run of plain bytes of a quoted field ends in the buffer. */
    private int quotedRun() {
        int i = position;
        if (escape == 0) {
            while (i + 8 <= limit) {
                long word = (long) WORDS.get(buffer, i);
                long found = zeroBytes(word ^ quotes) | zeroBytes(word ^ LINE_FEEDS);
                if (found != 0) {
                    return i + (Long.numberOfTrailingZeros(found) >>> 3);
                }
                i += 8;
            }
        }
        while (i < limit) {
            byte c = buffer[i];
            if (c == quote || c == '\n' || (c == escape && escape != 0)) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * The high bit of each zero byte of a word, and maybe of bytes after the first zero one: the lowest set bit always
     * marks the first zero byte, which is all the runs ask.
     */
    private static long zeroBytes(long word) {
        return (word - ONES) & ~word & 0x8080808080808080L;
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long LINE_FEEDS = '\n' * ONES;
    private static final long RETURNS = '\r' * ONES;

    private void appendRun(int end) {
        int length = end - position;
        if (inPlace) {
            // Written over the record's own bytes: no copy until a quote or escape has shortened the record.
            if (dataLength != position) {
                System.arraycopy(buffer, position, buffer, dataLength, length);
            }
        } else {
            if (dataLength + length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, dataLength + length));
            }
            System.arraycopy(buffer, position, data, dataLength, length);
        }
        dataLength += length;
        position = end;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        if (bomChecked && consumed + position - recordStart > maxRecordBytes) {
            throw new RecordTooLongException(recordLine, maxRecordBytes);
        }
        if (inPlace) {
            // A record runs past the bytes read: read on into a larger array, keeping the earlier records' cells.
            if (limit == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(1 << 16, buffer.length + (buffer.length >> 1)));
                data = buffer;
            }
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read <= 0) {
                return false;
            }
            limit += read;
            return true;
        }
        int read = in.read(buffer);
        if (read <= 0) {
            return false;
        }
        consumed += limit;
        position = 0;
        limit = read;
        return true;
    }

    private void startField() throws RecordTooLongException {
        if (fields == starts.length) {
            if (fields >= MAX_CELLS) {
                throw RecordTooLongException.cells(recordLine, MAX_CELLS);
            }
            starts = Arrays.copyOf(starts, fields * 2);
            ends = Arrays.copyOf(ends, fields * 2);
            quoted = Arrays.copyOf(quoted, fields * 2);
        }
        starts[fields] = dataLength;
        quoted[fields] = false;
    }

    private void endField() {
        ends[fields] = dataLength;
        fields++;
    }

    private void append(byte b) {
        if (dataLength == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[dataLength++] = b;
    }

    /**
     * Where the next record starts: how many bytes of the input the records read so far took, terminators and a
     * byte-order mark included.
     *
     * @return the offset from the start of the input
     */
    public long offset() {
        return consumed + position;
    }

    /**
     * Reads the input as the middle of a file, which starts with no byte-order mark.
     *
     * @return this reader
     */
    public CsvReader fromRecordStart() {
        bomChecked = true;
        return this;
    }

    /**
     * The physical line (1-based) the next record starts on.
     *
     * @return the line
     */
    public long nextLine() {
        return line;
    }

    /** How many fields the current record has. */
    @Override
    public int fields() {
        return fields;
    }

    /** The physical line (1-based) the current record starts on. */
    @Override
    public long recordLine() {
        return recordLine;
    }

    /** Whether the current record ended inside a quoted field, at the end of the input. */
    public boolean unterminatedQuote() {
        return unterminatedQuote;
    }

    @Override
    public String problem() {
        return unterminatedQuote ? "a quoted value is not closed before the end of the file" : null;
    }

    @Override
    public boolean isEmpty(int field) {
        return ends[field] == starts[field];
    }

    /** Whether the record is one empty field: a blank line. */
    @Override
    public boolean isBlank() {
        return fields == 1 && ends[0] == starts[0] && !quoted[0];
    }

    /** Whether records are read in place ({@link #inPlace}), their cells left in the input's array. */
    public boolean readsInPlace() {
        return inPlace;
    }

    /** The bytes of the current record's fields; valid until the next record unless read in place. */
    public byte[] data() {
        return data;
    }

    /**
     * Where a field of the current record starts in {@link #data()}.
     *
     * @param field the field, from 0
     * @return the index of its first byte
     */
    public int start(int field) {
        return starts[field];
    }

    /**
     * Where a field of the current record ends in {@link #data()}.
     *
     * @param field the field, from 0
     * @return the index after its last byte
     */
    public int end(int field) {
        return ends[field];
    }

    /**
     * A field's text.
     *
     * @param field the field's index
     * @return the text, decoded as UTF-8
     */
    @Override
    public String text(int field) {
        return new String(data, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }

    /**
     * Whether a field's bytes are valid UTF-8.
     *
     * @param field the field's index
     * @return false when a byte sequence is not UTF-8
     */
    @Override
    public boolean validUtf8(int field) {
        return validUtf8(data, starts[field], ends[field]);
    }

    /**
     * Whether some bytes are valid UTF-8.
     *
     * @param bytes the bytes
     * @param from the first
     * @param to one past the last
     * @return false when a byte sequence is not UTF-8
     */
    public static boolean validUtf8(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            // Eight ASCII bytes at a time: most text is ASCII between its other characters.
            while (i + 8 <= to && ((long) WORDS.get(bytes, i) & 0x8080808080808080L) == 0) {
                i += 8;
            }
            if (i >= to) {
                break;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int extra = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1;
            if (extra < 0) {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= to || (bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
            int second = bytes[i + 1] & 0xFF;
            if ((b == 0xE0 && second < 0xA0)
                    || (b == 0xED && second > 0x9F)
                    || (b == 0xF0 && second < 0x90)
                    || (b == 0xF4 && second > 0x8F)) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
