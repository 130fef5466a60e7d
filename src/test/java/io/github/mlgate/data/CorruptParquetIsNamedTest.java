package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file named .parquet that is not one fails its resource, named as the project names it, in the user's words. */
class CorruptParquetIsNamedTest {

    @TempDir
    Path project;

    @Test
    void aCorruptFooterAndATruncatedFileAreNotValidParquetFiles() throws Exception {
        Files.createDirectories(project.resolve("data"));
        // Magic bytes at both ends, a footer of ten 0x0E bytes: DuckDB finds no type it knows in it.
        ByteArrayOutputStream corrupt = new ByteArrayOutputStream();
        corrupt.writeBytes("PAR1".getBytes(StandardCharsets.US_ASCII));
        corrupt.writeBytes(new byte[1024]);
        byte[] footer = new byte[10];
        java.util.Arrays.fill(footer, (byte) 0x0e);
        corrupt.writeBytes(footer);
        corrupt.writeBytes(ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(footer.length)
                .array());
        corrupt.writeBytes("PAR1".getBytes(StandardCharsets.US_ASCII));
        Files.write(project.resolve("data/bad.parquet"), corrupt.toByteArray());
        Files.writeString(project.resolve("data/short.parquet"), "PAR1garbage");
        String schema = "    schema:\n      fields:\n        - {name: id, type: integer}\n";

        assertThat(DataGateRuns.violations(
                        project,
                        "resources:\n  - name: bad\n    path: ../../data/bad.parquet\n" + schema
                                + "  - name: short\n    path: ../../data/short.parquet\n" + schema))
                .containsExactly(
                        "Resource 'bad': data/bad.parquet is not a valid Parquet file: its metadata cannot be read"
                                + " (DuckDB: Invalid Error: don't know what type: \\u000e).",
                        "Resource 'short': data/short.parquet is not a valid Parquet file: its metadata cannot be read"
                                + " (DuckDB: Invalid Input Error: File 'data/short.parquet' too small to be a Parquet"
                                + " file).");
    }
}
