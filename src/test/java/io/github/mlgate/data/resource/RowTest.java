package io.github.mlgate.data.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.csv.CsvReader;
import io.github.mlgate.csv.Dialect;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A row copied from the reader keeps what the checks need of its cells. */
class RowTest {

    @Test
    void aCharacterCutByADelimiterLeavesBothCellsInvalidThoughTheRowsBytesJoinUp() throws IOException {
        CsvReader reader = new CsvReader(
                new ByteArrayInputStream(new byte[] {'a', (byte) 0xC3, ',', (byte) 0xA9, 'b', ',', 'c'}), Dialect.CSV);
        reader.next();
        Row row = new Row(reader, 2, 1, "data.csv");
        row.checkUtf8();

        assertThat(row.validUtf8(0)).isFalse();
        assertThat(row.validUtf8(1)).isFalse();
        assertThat(row.validUtf8(2)).isTrue();
    }
}
