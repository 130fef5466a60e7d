package io.github.mlgate.data.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each type and format against the Table Schema v1 definitions. */
class FieldTypeTest {

    private static FieldType type(String name, String format) {
        return new FieldType(
                name,
                format,
                Set.of("true", "True", "TRUE", "1"),
                Set.of("false", "False", "FALSE", "0"),
                ".",
                "",
                true);
    }

    @Test
    void numbersAcceptDecimalsExponentsAndTheSpecialValues() throws Exception {
        FieldType number = type("number", "default");
        assertThat(number.cast("1.5")).isEqualTo(1.5);
        assertThat(number.cast("-.5e3")).isEqualTo(-500.0);
        assertThat(number.cast("NaN")).isEqualTo(Double.NaN);
        assertThat(number.cast("INF")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(number.cast("-INF")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThatThrownBy(() -> number.cast("1,5")).hasMessage("a number");
        // Java would read these; Table Schema does not.
        assertThatThrownBy(() -> number.cast("1d")).hasMessage("a number");
        assertThatThrownBy(() -> number.cast("0x1p3")).hasMessage("a number");
        assertThatThrownBy(() -> number.cast("Infinity")).hasMessage("a number");
    }

    @Test
    void numbersHonourDecimalAndGroupCharactersAndBareNumber() throws Exception {
        FieldType european = new FieldType("number", "default", Set.of(), Set.of(), ",", ".", true);
        FieldType decorated = new FieldType("number", "default", Set.of(), Set.of(), ".", ",", false);

        assertThat(european.cast("1.234,5")).isEqualTo(1234.5);
        assertThat(decorated.cast("€1,234.50")).isEqualTo(1234.5);
        assertThat(decorated.cast("95%")).isEqualTo(95.0);
    }

    @Test
    void theHandWrittenNumberShapesAreTheSpecsOnes() {
        for (String good : new String[] {"1", "+1", "-1", "1.", ".5", "1.5", "1e5", "1E-5", "-.5e+3"}) {
            assertThat(FieldType.isDecimal(good)).as(good).isTrue();
        }
        for (String bad : new String[] {"", "+", ".", "e5", "1e", "1e+", "1.5.5", "1,5", " 1", "1 ", "--1", "1f"}) {
            assertThat(FieldType.isDecimal(bad)).as(bad).isFalse();
        }
        assertThat(FieldType.isInteger("+12")).isTrue();
        assertThat(FieldType.isInteger("-")).isFalse();
        assertThat(FieldType.isInteger("1.0")).isFalse();
        assertThat(FieldType.isInteger("")).isFalse();
    }

    @Test
    void datetimesWithOffsetsAreComparedInUtc() throws Exception {
        assertThat(type("datetime", "default").cast("2024-01-02T03:04:05+02:00"))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 1, 4, 5));
        assertThat(type("datetime", "default").cast("2024-01-02T03:04:05.250Z"))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 250_000_000));
        assertThatThrownBy(() -> type("datetime", "default").cast("2024-01-02T25:04:05"))
                .hasMessage("a datetime (YYYY-MM-DDThh:mm:ss[Z])");
        assertThatThrownBy(() -> type("date", "default").cast("2024-1-05")).hasMessage("a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> type("time", "default").cast("24:00:00")).hasMessage("a time (hh:mm:ss)");
    }

    @Test
    void integersAreWholeAndMayBeLarge() throws Exception {
        FieldType integer = type("integer", "default");
        assertThat(integer.cast("-42")).isEqualTo(-42L);
        assertThat(integer.cast("123456789012345678901234567890"))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThatThrownBy(() -> integer.cast("1.0")).hasMessage("an integer");
    }

    @Test
    void booleansUseTheirTrueAndFalseValues() throws Exception {
        FieldType bool = type("boolean", "default");
        assertThat(bool.cast("TRUE")).isEqualTo(true);
        assertThat(bool.cast("0")).isEqualTo(false);
        assertThatThrownBy(() -> bool.cast("yes")).hasMessageStartingWith("a boolean");
    }

    @Test
    void datesTimesAndDatetimes() throws Exception {
        assertThat(type("date", "default").cast("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> type("date", "default").cast("2023-02-29")).hasMessage("a date (YYYY-MM-DD)");
        assertThat(type("date", "%d/%m/%Y").cast("31/12/2024")).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(type("date", "any").cast("12/31/2024")).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(type("time", "default").cast("13:45:00")).isEqualTo(LocalTime.of(13, 45));
        assertThat(type("datetime", "default").cast("2024-01-02T03:04:05Z"))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        assertThat(type("datetime", "default").cast("2024-01-02T03:04:05"))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        assertThatThrownBy(() -> type("datetime", "default").cast("2024-01-02 03:04"))
                .hasMessage("a datetime (YYYY-MM-DDThh:mm:ss[Z])");
    }

    @Test
    void yearsYearMonthsAndDurations() throws Exception {
        assertThat(type("year", "default").cast("2024")).isEqualTo(2024);
        assertThat(type("yearmonth", "default").cast("2024-03")).isEqualTo(YearMonth.of(2024, 3));
        assertThatThrownBy(() -> type("yearmonth", "default").cast("2024-13")).hasMessage("a year and month (YYYY-MM)");
        assertThat(type("duration", "default").cast("P1Y2M3DT4H5M6S")).isEqualTo("P1Y2M3DT4H5M6S");
        assertThatThrownBy(() -> type("duration", "default").cast("P")).hasMessageStartingWith("an ISO 8601 duration");
        assertThatThrownBy(() -> type("duration", "default").cast("PT")).hasMessageStartingWith("an ISO 8601 duration");
    }

    @Test
    void stringFormats() throws Exception {
        assertThat(type("string", "email").cast("a@example.org")).isEqualTo("a@example.org");
        assertThatThrownBy(() -> type("string", "email").cast("a@b")).hasMessage("an email address");
        assertThat(type("string", "uuid").cast("123e4567-e89b-12d3-a456-426614174000"))
                .isNotNull();
        assertThatThrownBy(() -> type("string", "uri").cast("no scheme")).hasMessageStartingWith("a URI");
        assertThatThrownBy(() -> type("string", "binary").cast("not base64!")).hasMessage("base64-encoded binary");
    }

    @Test
    void geopointsObjectsAndArrays() throws Exception {
        assertThat(type("geopoint", "default").cast("90, 45")).isEqualTo("90, 45");
        assertThatThrownBy(() -> type("geopoint", "default").cast("200, 45")).hasMessageContaining("within");
        assertThat(type("geopoint", "array").cast("[90, 45]")).isEqualTo("[90, 45]");
        assertThat(type("object", "default").cast("{\"a\": 1}").toString()).isEqualTo("{\"a\":1}");
        assertThatThrownBy(() -> type("array", "default").cast("{}")).hasMessage("a JSON array");
    }

    /** Table Schema v1, number: "NaN", "INF" and "-INF" are permitted, and "case need not be respected". */
    @Test
    void theSpecialNumbersAreReadInAnyCase() throws Exception {
        FieldType number = type("number", "default");
        assertThat(number.cast("nan")).isEqualTo(Double.NaN);
        assertThat(number.cast("inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(number.cast("-Inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThatThrownBy(() -> number.cast("+INF")).hasMessage("a number");
        assertThatThrownBy(() -> number.cast("infinity")).hasMessage("a number");
    }

    @Test
    void negativeZeroIsZero() throws Exception {
        FieldType number = type("number", "default");
        for (String zero : new String[] {"-0", "-0.0", "-.0e5"}) {
            assertThat(Double.doubleToRawLongBits((Double) number.cast(zero)))
                    .as(zero)
                    .isEqualTo(Double.doubleToRawLongBits(0.0));
        }
        byte[] bytes = "-0.0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(Double.doubleToRawLongBits(AsciiCast.parseNumber(bytes, 0, bytes.length)))
                .isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    /** Table Schema v1: time is "hh:mm:ss", datetime "YYYY-MM-DDThh:mm:ssZ"; java.time's ISO forms leave seconds out. */
    @Test
    void timesAndDatetimesInTheDefaultFormatHaveSeconds() throws Exception {
        assertThatThrownBy(() -> type("time", "default").cast("10:20")).hasMessage("a time (hh:mm:ss)");
        assertThatThrownBy(() -> type("datetime", "default").cast("2024-01-05T10:20Z"))
                .hasMessage("a datetime (YYYY-MM-DDThh:mm:ss[Z])");
        assertThatThrownBy(() -> type("datetime", "default").cast("2024-01-05T10:20"))
                .hasMessage("a datetime (YYYY-MM-DDThh:mm:ss[Z])");
        assertThatThrownBy(() -> type("datetime", "default").cast("2024-01-05T10:20+01:00"))
                .hasMessage("a datetime (YYYY-MM-DDThh:mm:ss[Z])");
        assertThat(type("time", "default").cast("10:20:30.5")).isEqualTo(LocalTime.of(10, 20, 30, 500_000_000));
        assertThat(type("datetime", "default").cast("2024-01-05T10:20:30.123456+01:00"))
                .isEqualTo(LocalDateTime.of(2024, 1, 5, 9, 20, 30, 123_456_000));
    }

    /** Frictionless reads a geopoint's coordinates with Decimal, so numbers written as strings are coordinates. */
    @Test
    void geopointCoordinatesMayBeNumericStrings() throws Exception {
        assertThat(type("geopoint", "array").cast("[\"90\", \"45\"]")).isEqualTo("[\"90\", \"45\"]");
        assertThat(type("geopoint", "object").cast("{\"lon\": \"-90.5\", \"lat\": 45}"))
                .isNotNull();
        assertThatThrownBy(() -> type("geopoint", "array").cast("[\"east\", \"45\"]"))
                .hasMessage("a geopoint [lon, lat]");
        assertThatThrownBy(() -> type("geopoint", "array").cast("[true, 45]")).hasMessage("a geopoint [lon, lat]");
        assertThatThrownBy(() -> type("geopoint", "default").cast("1.5d, 45")).hasMessage("a geopoint \"lon, lat\"");
        assertThatThrownBy(() -> type("geopoint", "array").cast("[\"NaN\", 45]"))
                .hasMessage("a geopoint [lon, lat]");
    }
}
