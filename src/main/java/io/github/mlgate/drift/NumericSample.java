package io.github.mlgate.drift;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** The values of a numeric field in one sample, sorted ascending; missing values and NaN are not part of it. */
public final class NumericSample {

    private final double[] sorted;

    private NumericSample(double[] sorted) {
        this.sorted = sorted;
    }

    /**
     * A sample of the first values of an array, which it takes over and sorts in place.
     *
     * @param values the values; NaN is not allowed
     * @param count how many of them belong to the sample
     * @return the sample
     */
    public static NumericSample of(double[] values, int count) {
        double[] sorted = values.length == count ? values : Arrays.copyOf(values, count);
        Arrays.parallelSort(sorted);
        return new NumericSample(sorted);
    }

    /**
     * How many values the sample holds.
     *
     * @return the count
     */
    public int size() {
        return sorted.length;
    }

    /** The values, sorted; not to be changed. */
    double[] sorted() {
        return sorted;
    }

    /**
     * The population standard deviation (NumPy's {@code std} with {@code ddof=0}), as Evidently normalises the
     * Wasserstein distance by.
     *
     * @return the standard deviation; 0 for an empty sample
     */
    public double standardDeviation() {
        if (sorted.length == 0) {
            return 0;
        }
        double mean = 0;
        for (double value : sorted) {
            mean += value;
        }
        mean /= sorted.length;
        double squares = 0;
        for (double value : sorted) {
            double d = value - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / sorted.length);
    }

    /**
     * The median, as NumPy's {@code median}: the middle value, or the mean of the two middle values.
     *
     * @return the median; NaN for an empty sample
     */
    public double median() {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /**
     * How many distinct values the sample holds.
     *
     * @return the count
     */
    public int distinct() {
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    /**
     * The sample with each distinct value as a category, for the methods that compare categories.
     *
     * @return the counts by value
     */
    public CategoricalSample asCategories() {
        Map<String, Long> counts = new TreeMap<>();
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            counts.put(text(sorted[i]), (long) (j - i));
            i = j;
        }
        return CategoricalSample.of(counts);
    }

    private static String text(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
