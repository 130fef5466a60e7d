package io.github.mlgate.data.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.data.engine.ColumnKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What passes between the gate and its Spark driver JVM comes back as it went, whatever its characters. */
class SparkWireTest {

    @Test
    void textsWithTheProtocolsOwnCharactersComeBackWhole() {
        for (String text : List.of("", "plain", "tab\there", "line\nbreak\r\n", "a,b", "back\\slash\\t", "\\")) {
            String written = SparkWire.value(text);
            assertThat(written).doesNotContain("\t", "\n", "\r");
            assertThat(SparkWire.read(written)).isEqualTo(text);
            assertThat(SparkWire.unescape(SparkWire.escape(text))).isEqualTo(text);
        }
    }

    @Test
    void valuesKeepTheirTypes() {
        assertThat(SparkWire.read(SparkWire.value(null))).isNull();
        assertThat(SparkWire.read(SparkWire.value(7))).isEqualTo(7L);
        assertThat(SparkWire.read(SparkWire.value(Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE);
        assertThat(SparkWire.read(SparkWire.value(0.1))).isEqualTo(0.1);
        assertThat(SparkWire.read(SparkWire.value(Double.NaN))).isEqualTo(Double.NaN);
        assertThat(SparkWire.read(SparkWire.value(Double.NEGATIVE_INFINITY))).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(SparkWire.read(SparkWire.value(new BigDecimal("12345678901234567890123456789012345678"))))
                .isEqualTo(new BigDecimal("12345678901234567890123456789012345678"));
        assertThat(SparkWire.read(SparkWire.value(true))).isEqualTo(true);
        assertThat(SparkWire.read(SparkWire.value(LocalDate.of(2024, 2, 29)))).isEqualTo(LocalDate.of(2024, 2, 29));
        // Instants come back as the time of day in UTC, as the session is in UTC.
        assertThat(SparkWire.read(SparkWire.value(Instant.parse("2024-01-02T10:00:00.123456Z"))))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 10, 0, 0, 123_456_000));
    }

    @Test
    void arraysOfValuesWithCommasAndEscapesComeBackWhole() {
        Object[] read = (Object[]) SparkWire.read(SparkWire.value(Arrays.asList("a,b", null, "c\\d\te", 3L, 0.5)));

        assertThat(read).containsExactly("a,b", null, "c\\d\te", 3L, 0.5);
        assertThat((Object[]) SparkWire.read(SparkWire.value(List.of()))).isEmpty();
    }

    @Test
    void sparkTypesAreReadAsTheColumnKindsTheChecksKnow() {
        assertThat(SparkFork.kind("string")).isEqualTo(ColumnKind.TEXT);
        assertThat(SparkFork.kind("varchar(10)")).isEqualTo(ColumnKind.TEXT);
        assertThat(SparkFork.kind("bigint")).isEqualTo(ColumnKind.INTEGER);
        assertThat(SparkFork.kind("decimal(38,0)")).isEqualTo(ColumnKind.INTEGER);
        assertThat(SparkFork.kind("decimal(10,2)")).isEqualTo(ColumnKind.DECIMAL);
        assertThat(SparkFork.kind("double")).isEqualTo(ColumnKind.FLOAT);
        assertThat(SparkFork.kind("timestamp_ntz")).isEqualTo(ColumnKind.TIMESTAMP);
        assertThat(SparkFork.kind("array<int>")).isEqualTo(ColumnKind.OTHER);
    }
}
