package io.github.mlgate.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV reader's two ways of reading, as a stream (compressed and small files) and in place (chunks of large
 * files), give the same records, lines, problems and refusals for any bytes and any dialect. The corpus in
 * {@code CsvReaderFuzzTestInputs} runs with every build; {@code ./mvnw -Pfuzz} fuzzes.
 */
class CsvReaderFuzzTest {

    private static final Dialect[] DIALECTS = {
        Dialect.CSV,
        Dialect.TSV,
        new Dialect(';', '\'', false, '\\', true, true),
        new Dialect(',', '"', true, '\\', false, false),
    };

    @FuzzTest(maxDuration = "60s")
    void readingAsAStreamOrInPlaceGivesTheSameRecords(FuzzedDataProvider data) {
        Dialect dialect = DIALECTS[data.consumeInt(0, DIALECTS.length - 1)];
        int split = data.consumeInt(0, 4096);
        byte[] bytes = data.consumeRemainingAsBytes();
        int head = Math.min(split, bytes.length);

        List<String> stream = records(new CsvReader(new ByteArrayInputStream(bytes), dialect));
        // In place, the reader grows the array it was given: give it a copy, with the rest as a stream.
        List<String> inPlace = records(CsvReader.inPlace(
                Arrays.copyOf(bytes, head), head, new ByteArrayInputStream(bytes, head, bytes.length - head), dialect));

        assertThat(inPlace).isEqualTo(stream);
    }

    /** Each record as its line, problem and cells; a refusal as its line and bound; nothing else may escape. */
    private static List<String> records(CsvReader reader) {
        List<String> records = new ArrayList<>();
        reader.withMaxRecordBytes(2048);
        try (reader) {
            while (reader.next()) {
                StringBuilder record = new StringBuilder()
                        .append(reader.recordLine())
                        .append(' ')
                        .append(reader.problem())
                        .append(' ')
                        .append(reader.isBlank());
                for (int i = 0; i < reader.fields(); i++) {
                    record.append(" [").append(reader.validUtf8(i) ? reader.text(i) : "<not UTF-8>");
                }
                records.add(record.toString());
            }
        } catch (RecordTooLongException e) {
            records.add("too long at " + e.line() + ": " + e.limitText());
        } catch (IOException e) {
            throw new AssertionError("a byte array cannot fail to be read", e);
        }
        return records;
    }
}
