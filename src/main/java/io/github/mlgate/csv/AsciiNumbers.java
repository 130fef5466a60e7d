package io.github.mlgate.csv;

/**
 * Reads the commonest decimal numbers straight from a cell's ASCII bytes, with no string made. It answers only where
 * it gives exactly the value {@link Double#parseDouble} gives for the same text; for anything else (an exponent,
 * spaces, too many digits, a bad value) it declines and the caller takes the string path, which also words any
 * error. Hand-written: making a string of every cell and parsing it was a third of the data benchmark's time, and
 * of reading a predictions file.
 */
public final class AsciiNumbers {

    /** Powers of ten that are exact doubles. */
    private static final double[] TENS = new double[23];

    static {
        TENS[0] = 1;
        for (int i = 1; i < TENS.length; i++) {
            TENS[i] = TENS[i - 1] * 10;
        }
    }

    private AsciiNumbers() {}

    /**
     * Reads {@code [+-]?digits[.digits]} with at most 15 significant digits and 22 decimals: the integer of its
     * digits and the power of ten are exact doubles, so their quotient is the correctly rounded value. A minus zero
     * is -0.0, as {@link Double#parseDouble} reads it.
     *
     * @param b the bytes
     * @param from the cell's first byte
     * @param to one past its last
     * @return the number, or NaN (which this never reads) when the string path must decide
     */
    public static double parseDecimal(byte[] b, int from, int to) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            i++;
        }
        long digits = 0;
        int significant = 0;
        int integerDigits = 0;
        int fractionDigits = 0;
        for (; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
            digits = digits * 10 + (b[i] - '0');
            if (digits != 0) {
                significant++;
            }
            integerDigits++;
        }
        if (i < to && b[i] == '.') {
            for (i++; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
                digits = digits * 10 + (b[i] - '0');
                if (digits != 0) {
                    significant++;
                }
                fractionDigits++;
            }
        }
        if (i != to || integerDigits + fractionDigits == 0 || significant > 15 || fractionDigits >= TENS.length) {
            return Double.NaN;
        }
        double value = digits / TENS[fractionDigits];
        return negative ? -value : value;
    }
}
