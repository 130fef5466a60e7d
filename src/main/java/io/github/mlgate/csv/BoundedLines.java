package io.github.mlgate.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line, as {@link java.io.BufferedReader#readLine()} does for line feeds, but refuses a line longer
 * than a bound instead of reading it into memory whole: a file with no line break, or a device, may never end.
 */
public final class BoundedLines implements AutoCloseable {

    private final Reader in;
    private final long maxChars;
    private final char[] buffer = new char[1 << 14];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private long lines;

    /**
     * Creates the reader.
     *
     * @param in the text; closed with this reader
     * @param maxChars the most characters a line may have. Characters are counted, not bytes: a line of multi-byte
     *     characters may take up to three times the bound in UTF-8, never more.
     */
    public BoundedLines(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /**
     * Reads the next line, without its line feed or a carriage return before it.
     *
     * @return the line, or null at the end
     * @throws RecordTooLongException when the line is longer than the bound
     * @throws IOException when the text cannot be read
     */
    public String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == limit) {
                int read = in.read(buffer);
                position = 0;
                limit = Math.max(read, 0);
                if (read <= 0) {
                    return any ? ended() : null;
                }
            }
            any = true;
            int from = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.append(buffer, from, position - from);
            if (line.length() > maxChars) {
                throw new RecordTooLongException(lines + 1, maxChars);
            }
            if (position < limit) {
                position++; // the line feed
                return ended();
            }
        }
    }

    private String ended() {
        lines++;
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return line.substring(0, end);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
