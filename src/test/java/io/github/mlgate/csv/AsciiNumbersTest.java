package io.github.mlgate.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Reading a number from bytes never disagrees with {@link Double#parseDouble}: on every input it either declines or
 * gives the same bits. Checked on seeded random inputs built from the characters that matter, and on the edges.
 */
class AsciiNumbersTest {

    /** The shared edges, and the forms Java reads that the byte path leaves to it. */
    private static final String[] EDGES = RandomCells.numberEdgesAnd("-0.0", "Infinity", " 1", "1 ", "0x10", "1_000");

    @Test
    void bytesAndParseDoubleAgreeBitForBit() {
        SplittableRandom random = new SplittableRandom(20261202);
        List<String> cells = new ArrayList<>(List.of(EDGES));
        while (cells.size() < 300_000) {
            cells.add(RandomCells.of(random, "0123456789-+.e ", 11));
        }
        int read = 0;
        for (String text : cells) {
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
