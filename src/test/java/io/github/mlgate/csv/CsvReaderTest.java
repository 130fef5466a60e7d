package io.github.mlgate.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedDelimitersDoubledQuotesAndLineBreaks() throws IOException {
        List<List<String>> rows = read("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\r\nlast,,\"\"", Dialect.CSV);

        assertThat(rows)
                .containsExactly(
                        List.of("a", "b, c", "say \"hi\""), List.of("two\nlines", "x", ""), List.of("last", "", ""));
    }

    @Test
    void recordsStartLinesCountingLineBreaksInsideQuotes() throws IOException {
        CsvReader reader = reader("h\n\"a\nb\"\nc\n", Dialect.CSV);
        List<Long> lines = new ArrayList<>();
        while (reader.next()) {
            lines.add(reader.recordLine());
        }
        assertThat(lines).containsExactly(1L, 2L, 4L);
    }

    @Test
    void skipsAByteOrderMarkAndReadsCrOnlyAndTabs() throws IOException {
        assertThat(read("\uFEFFa\tb\rc\td", Dialect.TSV)).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void honoursEscapeCharactersAndInitialSpaces() throws IOException {
        Dialect escaped = new Dialect(',', '"', false, '\\', true, true);

        assertThat(read("a, \"b\\\"c\",d\\,e", escaped)).containsExactly(List.of("a", "b\"c", "d,e"));
    }

    @Test
    void tellsBlankLinesAndUnterminatedQuotes() throws IOException {
        CsvReader reader = reader("a\n\n\"open", Dialect.CSV);
        reader.next();
        reader.next();
        assertThat(reader.isBlank()).isTrue();
        reader.next();
        assertThat(reader.unterminatedQuote()).isTrue();
        assertThat(reader.text(0)).isEqualTo("open");
    }

    @Test
    void checksUtf8() throws IOException {
        CsvReader reader = new CsvReader(
                new ByteArrayInputStream(new byte[] {'o', 'k', ',', (byte) 0xC3, (byte) 0xA9, ',', (byte) 0xE9, 'x'}),
                Dialect.CSV);
        reader.next();
        assertThat(reader.validUtf8(0)).isTrue();
        assertThat(reader.validUtf8(1)).isTrue();
        assertThat(reader.text(1)).isEqualTo("\u00e9");
        assertThat(reader.validUtf8(2)).isFalse();
    }

    @Test
    void rejectsOverlongFormsSurrogatesAndCodePointsPastTheLast() {
        byte[][] invalid = {
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
            {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, // overlong
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
            {(byte) 0xC0, (byte) 0xAF} // overlong
        };
        for (byte[] bytes : invalid) {
            assertThat(CsvReader.validUtf8(bytes, 0, bytes.length))
                    .as("%s", java.util.Arrays.toString(bytes))
                    .isFalse();
        }
        byte[] valid = "ascii then \u00e9 \u20ac \ud83d\ude00 and more ascii".getBytes(StandardCharsets.UTF_8);
        assertThat(CsvReader.validUtf8(valid, 0, valid.length)).isTrue();
    }

    @Test
    void runsFoundEightBytesAtATimeEndWhereOneByteAtATimeDoes() throws IOException {
        // With an escape character the reader scans byte by byte; without, a word at a time. Text with no escape
        // character reads the same both ways, wherever in a word the delimiters, quotes and line ends fall.
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        String pieces = "ab,\"\n\r\u00e9x ";
        Dialect escaped = new Dialect(',', '"', true, '\\', true, false);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            assertThat(read(text.toString(), Dialect.CSV)).as("%s", text).isEqualTo(read(text.toString(), escaped));
        }
    }

    @Test
    void aRecordLongerThanTheBoundIsRefusedAtItsLine() throws IOException {
        String text = "a,b\n1,2\n" + "x".repeat(5000) + "\n3,4\n";
        try (CsvReader reader = reader(text, Dialect.CSV).withMaxRecordBytes(1024)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.next()).isTrue();
            RecordTooLongException error = catchThrowableOfType(RecordTooLongException.class, reader::next);
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.getMessage()).isEqualTo("the record at line 3 is longer than 1,024 bytes");
        }
        // A quote never closed runs to the end of the input: refused at the bound, not read whole.
        try (CsvReader reader =
                reader("a\n\"" + "x\n".repeat(1000), Dialect.CSV).withMaxRecordBytes(1024)) {
            reader.next();
            assertThat(catchThrowableOfType(RecordTooLongException.class, reader::next)
                            .line())
                    .isEqualTo(2);
        }
        // Read in place, the same.
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (CsvReader reader = CsvReader.inPlace(bytes, bytes.length, InputStream.nullInputStream(), Dialect.CSV)
                .withMaxRecordBytes(1024)) {
            reader.next();
            reader.next();
            assertThat(catchThrowableOfType(RecordTooLongException.class, reader::next)
                            .line())
                    .isEqualTo(3);
        }
    }

    @Test
    void aRecordOfMoreCellsThanTheBoundIsRefused() throws IOException {
        try (CsvReader reader = reader(",".repeat(200_000) + "\n", Dialect.CSV)) {
            RecordTooLongException error = catchThrowableOfType(RecordTooLongException.class, reader::next);
            assertThat(error.tooManyCells()).isTrue();
            assertThat(error.limitText()).isEqualTo("100,000 cells");
        }
    }

    @Test
    void aRecordAtTheBoundIsRead() throws IOException {
        String record = "x".repeat(1023) + "\n";
        try (CsvReader reader = reader(record + record, Dialect.CSV).withMaxRecordBytes(1024)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.next()).isTrue();
            assertThat(reader.next()).isFalse();
        }
    }

    private static CsvReader reader(String text, Dialect dialect) {
        return new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), dialect);
    }

    private static List<List<String>> read(String text, Dialect dialect) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = reader(text, dialect)) {
            while (reader.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 0; i < reader.fields(); i++) {
                    row.add(reader.text(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
