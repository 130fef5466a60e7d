package io.github.mlgate.data.profile;

import io.github.mlgate.data.resource.DataSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distribution of a field's finite numbers as the profile shows it, quantiles and a histogram, read from sorted
 * values with their cumulative counts: the numbers counted exactly, or those a {@link QuantileSketch} kept. Both are
 * read the same way (inclusive): a quantile is the least value whose cumulative share reaches it, and a bin holds
 * the values above its lower edge up to and including its upper one.
 */
public final class Distribution {

    /** The quantiles a profile shows. */
    public static final double[] QUANTILES = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};

    /** The bins of a profile's histogram. */
    public static final int BINS = 10;

    private final double[] values;
    private final long[] cumulative;
    private final double min;
    private final double max;
    private final boolean estimated;

    private Distribution(double[] values, long[] cumulative, double min, double max, boolean estimated) {
        this.values = values;
        this.cumulative = cumulative;
        this.min = min;
        this.max = max;
        this.estimated = estimated;
    }

    /** Collects values in ascending order, each with the count it stands for; a repeated value adds to its count. */
    static final class Builder {

        private double[] values = new double[16];
        private long[] cumulative = new long[16];
        private int size;

        /**
         * Adds a value, not below the one added before.
         *
         * @param value the value
         * @param times how many numbers it stands for
         */
        void add(double value, long times) {
            long before = size == 0 ? 0 : cumulative[size - 1];
            if (size > 0 && values[size - 1] == value) {
                cumulative[size - 1] = before + times;
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
                cumulative = Arrays.copyOf(cumulative, 2 * size);
            }
            values[size] = value;
            cumulative[size++] = before + times;
        }

        /**
         * The distribution of the values added.
         *
         * @param min the least number, which a sketch may not have kept
         * @param max the greatest number
         * @param estimated whether the counts are estimates
         * @return the distribution
         */
        Distribution build(double min, double max, boolean estimated) {
            return new Distribution(Arrays.copyOf(values, size), Arrays.copyOf(cumulative, size), min, max, estimated);
        }

        /**
         * The distribution of the values added, counted exactly.
         *
         * @return the distribution, from the least to the greatest value added
         */
        Distribution build() {
            return build(values[0], values[size - 1], false);
        }
    }

    /** How many numbers there are. */
    long count() {
        return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
    }

    /**
     * The quantiles a profile shows, by their share as text ("0.5").
     *
     * @return the quantiles, in ascending order of share
     */
    Map<String, Double> quantiles() {
        Map<String, Double> quantiles = new LinkedHashMap<>();
        for (double p : QUANTILES) {
            quantiles.put(Double.toString(p), quantile(p));
        }
        return quantiles;
    }

    /**
     * A quantile: the least value whose cumulative share reaches the given one.
     *
     * @param p the share, from 0 to 1
     * @return the value
     */
    double quantile(double p) {
        double target = p * count();
        for (int i = 0; i < values.length; i++) {
            if (cumulative[i] >= target) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** How many numbers are at most the given value. */
    private long atMost(double value) {
        long count = 0;
        for (int i = 0; i < values.length && values[i] <= value; i++) {
            count = cumulative[i];
        }
        return count;
    }

    /**
     * {@value #BINS} bins of equal width from the least to the greatest number; one bin when they are equal.
     *
     * @return the histogram, approximate when the counts are estimates
     */
    DataSummary.Histogram histogram() {
        if (min == max) {
            return new DataSummary.Histogram(List.of(min, max), List.of(count()), null);
        }
        List<Double> edges = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        edges.add(min);
        long below = 0;
        for (int i = 1; i < BINS; i++) {
            double split = min + (max - min) * i / BINS;
            edges.add(split);
            long upTo = atMost(split);
            counts.add(upTo - below);
            below = upTo;
        }
        edges.add(max);
        counts.add(count() - below);
        return new DataSummary.Histogram(edges, counts, estimated);
    }
}
