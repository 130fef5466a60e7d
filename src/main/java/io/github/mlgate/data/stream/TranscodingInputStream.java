package io.github.mlgate.data.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes in another encoding (Latin-1, Windows-1252, UTF-16, ...) into UTF-8, so the readers, which work on
 * UTF-8 bytes, read every encoding. Bytes that are not valid in the source encoding fail the read.
 */
public final class TranscodingInputStream extends InputStream {

    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(32768);
    private boolean done;

    public TranscodingInputStream(InputStream in, Charset source) {
        this.reader = new InputStreamReader(
                in,
                source.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        while (!bytes.hasRemaining()) {
            if (done) {
                return -1;
            }
            bytes.clear();
            int read = reader.read(chars);
            if (read < 0) {
                done = true;
            }
            chars.flip();
            encoder.encode(chars, bytes, done);
            chars.compact();
            bytes.flip();
        }
        int count = Math.min(length, bytes.remaining());
        bytes.get(buffer, offset, count);
        return count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
