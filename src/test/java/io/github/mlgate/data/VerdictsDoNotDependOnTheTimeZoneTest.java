package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build machine's time zone changes no verdict (issue 26, item 7): an instant is compared as an instant, and a
 * datetime without an offset as the spec reads it, in UTC, on the streaming path and on every engine.
 */
class VerdictsDoNotDependOnTheTimeZoneTest {

    @TempDir
    Path project;

    private final TimeZone before = TimeZone.getDefault();

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/New_York", "Asia/Tokyo"})
    void anInstantAfterTheMaximumFailsInEveryZone(String zone) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        Files.createDirectories(project.resolve("data"));
        EnginesAgreeWithTheStreamingGateTest.duckdb("COPY (SELECT TIMESTAMPTZ '2024-01-01 03:00:00+00' AS t,"
                + " '2024-01-01T05:00:00' AS text_t) TO '" + project.resolve("data/times.parquet")
                + "' (FORMAT parquet)");
        Files.writeString(project.resolve("data/times.csv"), "t,text_t\n2024-01-01T03:00:00Z,2024-01-01T05:00:00\n");
        String schema = "    schema:\n      fields:\n"
                + "        - {name: t, type: datetime, constraints: {maximum: '2024-01-01T00:00:00Z'}}\n"
                + "        - {name: text_t, type: datetime, constraints: {maximum: '2024-01-01T00:00:00'}}\n";

        List<String> parquet = violations("resources:\n  - name: r\n    path: ../../data/times.parquet\n" + schema);
        List<String> csv = violations("resources:\n  - name: r\n    path: ../../data/times.csv\n" + schema);

        assertThat(csv).hasSize(2);
        assertThat(parquet).as(zone).hasSize(2);
    }

    private List<String> violations(String descriptor) throws IOException {
        return DataGateRuns.violations(project, descriptor);
    }
}
