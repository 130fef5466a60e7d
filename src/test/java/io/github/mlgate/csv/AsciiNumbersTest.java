package io.github.mlgate.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Reading a number from bytes never disagrees with {@link Double#parseDouble}: on every input it either declines or
 * gives the same bits. Checked on seeded random inputs built from the characters that matter, and on the edges.
 */
class AsciiNumbersTest {

    private static final String[] EDGES = {
        "0",
        "-0",
        "-0.0",
        "+0",
        "-",
        "+",
        "",
        "007",
        "1.",
        ".5",
        "+.5",
        "-.5",
        ".",
        "1e5",
        "NaN",
        "Infinity",
        "0.1",
        "0.30000000000000004",
        "123456789.123456",
        "1234567890123456",
        "9007199254740993",
        "0.0000000000000000000001",
        "1.00000000000000000000000",
        " 1",
        "1 ",
        "0x10",
        "1_000"
    };

    @Test
    void bytesAndParseDoubleAgreeBitForBit() {
        SplittableRandom random = new SplittableRandom(20261202);
        String alphabet = "0123456789-+.e ";
        int read = 0;
        for (int n = 0; n < 300_000 + EDGES.length; n++) {
            String text;
            if (n < EDGES.length) {
                text = EDGES[n];
            } else {
                StringBuilder cell = new StringBuilder();
                int length = 1 + random.nextInt(24);
                for (int i = 0; i < length; i++) {
                    cell.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 11)));
                }
                text = cell.toString();
            }
            byte[] bytes = ("x" + text + "y").getBytes(StandardCharsets.US_ASCII);
            double fromBytes = AsciiNumbers.parseDecimal(bytes, 1, bytes.length - 1);
            if (Double.isNaN(fromBytes)) {
                continue; // declined: the string path decides
            }
            read++;
            assertThat(Double.doubleToRawLongBits(fromBytes))
                    .as("'%s'", text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
        // Most random cells are malformed; enough are read that the comparison means something.
        assertThat(read).isGreaterThan(50_000);
    }

    @Test
    void minusZeroIsMinusZeroAsParseDoubleReadsIt() {
        byte[] bytes = "-0.0".getBytes(StandardCharsets.US_ASCII);

        assertThat(Double.doubleToRawLongBits(AsciiNumbers.parseDecimal(bytes, 0, bytes.length)))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void anExponentSpacesOrTooManyDigitsAreLeftToTheStringPath() {
        for (String text : new String[] {"1e5", " 1", "1 ", "1234567890123456.7", "NaN", "", "-", "."}) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

            assertThat(AsciiNumbers.parseDecimal(bytes, 0, bytes.length))
                    .as("'%s'", text)
                    .isNaN();
        }
    }
}
