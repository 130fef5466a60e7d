package io.github.mlgate.data.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.csv.RandomCells;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Casting from bytes never disagrees with casting from text: on every input it either declines (and the text path
 * decides) or gives exactly the value FieldType gives. Checked on seeded random inputs built from the characters
 * that matter, and on the edge cases.
 */
class AsciiCastTest {

    private static final String[] EDGES = RandomCells.numberEdgesAnd(
            "2024-02-29",
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "99999-01-01",
            "2024-02-29T23:59:59",
            "2024-02-29T23:59:59Z",
            "2024-02-29T23:59:60",
            "2024-02-29T24:00:00",
            "2024-02-29T23:59:59.5",
            "2024-02-29T23:59:59.123456789Z",
            "2024-02-29T23:59:59.1234567891",
            "2024-02-29T23:59:59+01:00",
            "2024-02-29T23:59:59.",
            "2024-02-29 23:59:59",
            "2024-02-29T23:59",
            "2024-02-29T23:59Z",
            "2024-02-29T23:5",
            "2024-02-29T24:00",
            "2024-02-29T23:59:",
            "true",
            "True",
            "TRUE",
            "1",
            "false",
            "0",
            "yes",
            "tru");

    @ParameterizedTest
    @ValueSource(strings = {"integer", "number", "date", "datetime", "boolean"})
    void bytesAndTextAgree(String name) {
        FieldType type = new FieldType(
                name,
                "default",
                Set.of("true", "True", "TRUE", "1"),
                Set.of("false", "False", "FALSE", "0"),
                ".",
                "",
                true);
        AsciiCast fast = AsciiCast.of(type);
        assertThat(fast).isNotNull();
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "0123456789-+.:TZe";
        int decided = 0;
        for (int n = 0; n < 200_000 + EDGES.length; n++) {
            String text;
            if (n < EDGES.length) {
                text = EDGES[n];
            } else if (name.startsWith("date")) {
                // Mostly well-formed dates and times with one character changed, so both paths have work to do.
                StringBuilder date = new StringBuilder(String.format(
                        "%04d-%02d-%02dT%02d:%02d:%02d.%d",
                        random.nextInt(3000),
                        random.nextInt(14),
                        random.nextInt(33),
                        random.nextInt(26),
                        random.nextInt(61),
                        random.nextInt(62),
                        random.nextInt(1000)));
                date.setLength(name.equals("date") ? 10 : 16 + random.nextInt(9)); // with and without seconds
                if (random.nextInt(4) == 0) {
                    date.setCharAt(random.nextInt(date.length()), alphabet.charAt(random.nextInt(alphabet.length())));
                }
                text = date.toString();
            } else {
                text = RandomCells.of(random, alphabet, 12);
            }
            byte[] bytes = ("x" + text + "y").getBytes(StandardCharsets.US_ASCII);
            Object fromBytes = fast.cast(bytes, 1, bytes.length - 1);
            if (fromBytes == null) {
                continue;
            }
            decided++;
            Object fromText;
            try {
                fromText = type.cast(text);
            } catch (FieldType.CastException e) {
                throw new AssertionError("'" + text + "': bytes gave " + fromBytes + ", text says " + e.getMessage());
            }
            assertThat(fromBytes).as("'%s'", text).isEqualTo(fromText);
            if (fromBytes instanceof Double d) {
                // Equal doubles, and the same zero: -0.0 and 0.0 print differently in profiles.
                assertThat(Double.doubleToRawLongBits(d)).as("'%s'", text).isEqualTo(Double.doubleToRawLongBits((Double)
                        fromText));
            }
        }
        assertThat(decided).as("inputs the byte path decided").isGreaterThan(1000);
        // Bytes outside ASCII are declined, so the text path decodes and judges them.
        for (String text : new String[] {"\uFF11\uFF12", "2024-01-0\u0661", "tr\u00FCe", "1\u00A0000"}) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            assertThat(fast.cast(utf8, 0, utf8.length)).as("'%s'", text).isNull();
        }
    }
}
