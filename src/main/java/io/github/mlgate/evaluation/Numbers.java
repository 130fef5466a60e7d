package io.github.mlgate.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers as people read them in messages: four significant digits below 1, three decimals above. */
final class Numbers {

    private Numbers() {}

    /**
     * Formats a measured value.
     *
     * @param value the value
     * @return for example {@code 0.8312}, {@code 42.125} or {@code NaN}
     */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal = new BigDecimal(value);
        decimal = Math.abs(value) >= 1
                ? decimal.setScale(3, RoundingMode.HALF_EVEN)
                : decimal.round(new MathContext(4, RoundingMode.HALF_EVEN));
        return decimal.stripTrailingZeros().toPlainString();
    }

    /**
     * Formats a bound the user wrote, without rounding it.
     *
     * @param bound the bound
     * @return for example {@code 0.8}
     */
    static String bound(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
