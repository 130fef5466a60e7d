package io.github.mlgate.gate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers as people read them in messages: four significant digits below 1, three decimals above. */
public final class Numbers {

    private Numbers() {}

    /**
     * Formats a measured value.
     *
     * @param value the value
     * @return for example {@code 0.8312}, {@code 42.125} or {@code NaN}
     */
    public static String format(double value) {
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
     * Formats a probability such as a p-value: as {@link #format} down to 0.0001, in scientific notation below.
     *
     * @param p the probability
     * @return for example {@code 0.0312} or {@code 3.956e-38}
     */
    public static String probability(double p) {
        if (p == 0 || !(Math.abs(p) < 1e-4)) {
            return format(p);
        }
        BigDecimal rounded = new BigDecimal(p)
                .round(new MathContext(4, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        String digits = rounded.unscaledValue().abs().toString();
        int exponent = rounded.precision() - rounded.scale() - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (p < 0 ? "-" : "") + mantissa + "e" + exponent;
    }

    /**
     * Formats a bound the user wrote, without rounding it.
     *
     * @param bound the bound
     * @return for example {@code 0.8}
     */
    public static String bound(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }

    /**
     * Formats a count as the console writes counts.
     *
     * @param count the count
     * @return for example {@code 1,000}
     */
    public static String count(long count) {
        return String.format(java.util.Locale.ROOT, "%,d", count);
    }

    /**
     * Formats a count with its noun.
     *
     * @param count the count
     * @param noun the noun, singular
     * @return for example {@code 1 row} or {@code 1,000 rows}
     */
    public static String counted(long count, String noun) {
        return count(count) + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * Formats a measured change with its sign.
     *
     * @param value the change
     * @return for example {@code +0.0412} or {@code -3}
     */
    public static String signed(double value) {
        return (value > 0 ? "+" : "") + format(value);
    }

    /**
     * Formats a fraction as a signed percentage.
     *
     * @param fraction the fraction, for example 0.052
     * @return for example {@code +5.2%}, with at most two decimals
     */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return Double.toString(fraction);
        }
        BigDecimal percent = new BigDecimal(fraction * 100)
                .setScale(2, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }
}
