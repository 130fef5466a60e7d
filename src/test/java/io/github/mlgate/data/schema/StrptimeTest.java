package io.github.mlgate.data.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Format patterns read as Python's {@code datetime.strptime} reads them, which Table Schema v1 names. */
class StrptimeTest {

    /**
     * Pattern, text, and what {@code datetime.strptime(text, pattern)} gives (its {@code isoformat()}, in UTC when the
     * text has an offset) or {@code error} for a {@code ValueError}: computed with CPython 3.11.7's {@code datetime}
     * on 2026-12-01 by the script in the comment at the end of this class.
     */
    private static final String[][] PYTHON = {
        {"%d/%m/%Y", "30/11/2014", "2014-11-30T00:00:00"},
        {"%d/%m/%Y", "1/2/2014", "2014-02-01T00:00:00"},
        {"%d/%m/%Y", "01/02/2014", "2014-02-01T00:00:00"},
        {"%d/%m/%Y", "31/02/2014", "error"},
        {"%d/%m/%Y", "1/13/2014", "error"},
        {"%d/%m/%Y", "001/02/2014", "error"},
        {"%d/%m/%y", "30/11/14", "2014-11-30T00:00:00"},
        {"%d/%m/%y", "30/11/68", "2068-11-30T00:00:00"},
        {"%d/%m/%y", "30/11/69", "1969-11-30T00:00:00"},
        {"%d/%m/%y", "30/11/2014", "error"},
        {"%b %d %Y", "Jan 1 2000", "2000-01-01T00:00:00"},
        {"%b %d %Y", "jan 01 2000", "2000-01-01T00:00:00"},
        {"%b %d %Y", "JAN 1 2000", "2000-01-01T00:00:00"},
        {"%b %d %Y", "Sept 1 2000", "error"},
        {"%B %d, %Y", "january 5, 2021", "2021-01-05T00:00:00"},
        {"%B %d, %Y", "MARCH 5, 2021", "2021-03-05T00:00:00"},
        {"%B %d, %Y", "Mar 5, 2021", "error"},
        {"%b %d %Y", "Jan  1   2000", "2000-01-01T00:00:00"},
        {"%b %d %Y", "Jan\t1 2000", "2000-01-01T00:00:00"},
        {"%b %d %Y", "Jan1 2000", "error"},
        {"%Y-%m-%d", "2024-1-5", "2024-01-05T00:00:00"},
        {"%Y-%m-%d", "24-01-05", "error"},
        {"%Y-%m-%d", "2024-01-05 ", "error"},
        {"%Y-%m-%d", " 2024-01-05", "error"},
        {"%Y%m%d", "20240105", "2024-01-05T00:00:00"},
        {"%Y%m%d", "2024015", "2024-01-05T00:00:00"},
        {"%Y%m%d", "202415", "2024-01-05T00:00:00"},
        {"%Y-%j", "2024-60", "2024-02-29T00:00:00"},
        {"%Y-%j", "2023-060", "2023-03-01T00:00:00"},
        {"%Y-%j", "2024-366", "2024-12-31T00:00:00"},
        {"%Y-%j", "2023-366", "2024-01-01T00:00:00"},
        {"%Y-%j", "2023-367", "error"},
        {"%Y-%j", "2023-0", "error"},
        {"%m/%d", "02/28", "1900-02-28T00:00:00"},
        {"%a %d %b %Y", "Tue 02 Jan 2024", "2024-01-02T00:00:00"},
        {"%a %d %b %Y", "mon 02 Jan 2024", "2024-01-02T00:00:00"},
        {"%A, %d %B %Y", "Sunday, 07 July 2024", "2024-07-07T00:00:00"},
        {"%d.%m.%Y", "07.07.2024", "2024-07-07T00:00:00"},
        {"%d.%m.%Y", "07x07x2024", "error"},
        {"%Y-%m-%dT%H:%M:%S", "2024-01-05T10:20:30", "2024-01-05T10:20:30"},
        {"%Y-%m-%dT%H:%M:%S", "2024-01-05t10:20:30", "2024-01-05T10:20:30"},
        {"%Y-%m-%d %H:%M", "2024-01-05 9:5", "2024-01-05T09:05:00"},
        {"%Y-%m-%d %H:%M:%S", "2024-01-05 24:00:00", "error"},
        {"%Y-%m-%d %H:%M:%S", "2024-01-05 23:59:60", "error"},
        {"%Y-%m-%d %H:%M:%S.%f", "2024-01-05 23:59:59.5", "2024-01-05T23:59:59.500000"},
        {"%Y-%m-%d %H:%M:%S.%f", "2024-01-05 23:59:59.123456", "2024-01-05T23:59:59.123456"},
        {"%Y-%m-%d %H:%M:%S.%f", "2024-01-05 23:59:59.1234567", "error"},
        {"%Y-%m-%d %I:%M %p", "2024-01-05 12:30 AM", "2024-01-05T00:30:00"},
        {"%Y-%m-%d %I:%M %p", "2024-01-05 12:30 pm", "2024-01-05T12:30:00"},
        {"%Y-%m-%d %I:%M %p", "2024-01-05 1:30 PM", "2024-01-05T13:30:00"},
        {"%Y-%m-%d %I:%M", "2024-01-05 12:30", "2024-01-05T00:30:00"},
        {"%Y-%m-%d %I:%M %p", "2024-01-05 13:30 PM", "error"},
        {"%Y-%m-%dT%H:%M:%S%z", "2024-01-05T10:20:30+0100", "2024-01-05T09:20:30"},
        {"%Y-%m-%dT%H:%M:%S%z", "2024-01-05T10:20:30-05:30", "2024-01-05T15:50:30"},
        {"%Y-%m-%dT%H:%M:%S%z", "2024-01-05T10:20:30Z", "2024-01-05T10:20:30"},
        {"%Y-%m-%dT%H:%M:%S%z", "2024-01-05T10:20:30z", "error"},
        {"%Y-%m-%dT%H:%M:%S%z", "2024-01-05T10:20:30+01", "error"},
        {"%H:%M:%S", "7:05:09", "1900-01-01T07:05:09"},
        {"%H:%M", "07:05", "1900-01-01T07:05:00"},
        {"%H:%M:%S", "07:05", "error"},
        {"%H%M%S", "070509", "1900-01-01T07:05:09"},
        {"%Y %%d", "2024 %d", "2024-01-01T00:00:00"},
        {"%d/%m/%Y", "٣٠/١١/٢٠١٤", "error"},
        {"%Y-%m-%d", "0000-01-01", "error"},
        {"%x", "01/05/24", "2024-01-05T00:00:00"},
        {"%X", "10:20:30", "1900-01-01T10:20:30"},
        {"%c", "Fri Jan  5 10:20:30 2024", "2024-01-05T10:20:30"},
        {"%d %b %Y", "29 Feb 2023", "error"},
        {"%d %b %Y", "29 Feb 2024", "2024-02-29T00:00:00"},
        {"%Y-%m-%d", "2024-00-10", "error"},
        {"%Y-%m-%d", "2024-12-00", "error"},
    };

    static Stream<Arguments> python() {
        return Stream.of(PYTHON).map(row -> Arguments.of(row[0], row[1], row[2]));
    }

    @ParameterizedTest(name = "strptime({1}, {0}) = {2}")
    @MethodSource("python")
    void readsAsPythonReads(String pattern, String text, String python) {
        Strptime strptime = Strptime.of(pattern);
        if (python.equals("error")) {
            assertThatThrownBy(() -> strptime.parse(text)).isInstanceOf(DateTimeException.class);
        } else {
            assertThat(strptime.parse(text)).isEqualTo(LocalDateTime.parse(python));
        }
    }

    @Test
    void patternsMlgateCannotReadAreRefusedWhenTheSchemaIsRead() {
        assertThatThrownBy(() -> Strptime.of("%Y-%U")).hasMessage("the directive %U is not supported");
        assertThatThrownBy(() -> Strptime.of("%Y-%m-%")).hasMessage("a stray % ends it");
        assertThatThrownBy(() -> Strptime.of("%d %d")).hasMessage("the directive %d appears twice");
        assertThat(Strptime.of("fmt:%d/%m/%Y").parse("5/1/2024")).isEqualTo(LocalDateTime.of(2024, 1, 5, 0, 0));
    }

    // The script (python3 on Debian's python3 3.11.7):
    //
    //   from datetime import datetime, timezone
    //   for fmt, text in cases:  # the first two columns above
    //       try:
    //           d = datetime.strptime(text, fmt)
    //           if d.tzinfo is not None:
    //               d = d.astimezone(timezone.utc).replace(tzinfo=None)
    //           out = d.isoformat()
    //       except ValueError:
    //           out = "error"
}
