package io.github.mlgate.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Two samples counted in the same bins: the values of a categorical field, or intervals of a numeric one. Drift
 * distances compare the two samples' shares of each bin; the report draws them.
 *
 * @param labels each bin's name: the value, or the interval as {@code [low, high)}
 * @param reference the reference's count in each bin
 * @param current the current sample's count in each bin
 * @param edges the intervals' edges, one more than the bins, or null when the bins are values
 */
public record Bins(List<String> labels, long[] reference, long[] current, double[] edges) {

    /**
     * Whether the bins are intervals of numbers rather than values.
     *
     * @return true for intervals
     */
    public boolean intervals() {
        return edges != null;
    }

    /**
     * The values of two categorical samples, in the order of their text.
     *
     * @param reference the reference sample
     * @param current the current sample
     * @return a bin per value of either sample
     */
    public static Bins categories(CategoricalSample reference, CategoricalSample current) {
        TreeSet<String> values = new TreeSet<>(reference.counts().keySet());
        values.addAll(current.counts().keySet());
        List<String> labels = new ArrayList<>(values);
        long[] ref = new long[labels.size()];
        long[] cur = new long[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            ref[i] = reference.counts().getOrDefault(labels.get(i), 0L);
            cur[i] = current.counts().getOrDefault(labels.get(i), 0L);
        }
        return new Bins(List.copyOf(labels), ref, cur, null);
    }

    /**
     * Equal-width bins over both samples' range, as many as Sturges' rule gives for their combined size: NumPy's
     * {@code histogram_bin_edges(concatenate([reference, current]), bins="sturges")}, as Evidently bins numeric
     * fields for the population stability index and the Jensen-Shannon distance. Each bin holds its lower edge; the
     * last holds its upper edge too, as in {@code numpy.histogram}.
     *
     * @param reference the reference sample, not empty
     * @param current the current sample, not empty
     * @return the bins
     */
    public static Bins sturges(NumericSample reference, NumericSample current) {
        double[] edges = sturgesEdges(reference, current);
        int bins = edges.length - 1;
        List<String> labels = new ArrayList<>(bins);
        for (int i = 0; i < bins; i++) {
            labels.add("[" + edge(edges[i]) + ", " + edge(edges[i + 1]) + (i == bins - 1 ? "]" : ")"));
        }
        return new Bins(List.copyOf(labels), count(reference, edges), count(current, edges), edges);
    }

    /** The edges, computed in NumPy's order of operations so that values on an edge fall in NumPy's bin. */
    static double[] sturgesEdges(NumericSample reference, NumericSample current) {
        double first = Math.min(reference.sorted()[0], current.sorted()[0]);
        double last = Math.max(reference.sorted()[reference.size() - 1], current.sorted()[current.size() - 1]);
        long n = (long) reference.size() + current.size();
        int bins;
        if (first == last) {
            first -= 0.5;
            last += 0.5;
            bins = 1;
        } else {
            double width = (last - first) / (log2(n) + 1.0);
            bins = (int) Math.ceil((last - first) / width);
        }
        double[] edges = new double[bins + 1];
        double step = (last - first) / bins;
        for (int i = 0; i < bins; i++) {
            edges[i] = i * step + first;
        }
        edges[bins] = last;
        return edges;
    }

    /** The base-2 logarithm, exact for powers of two as NumPy's {@code log2} is. */
    private static double log2(long n) {
        if (Long.bitCount(n) == 1) {
            return Long.numberOfTrailingZeros(n);
        }
        return Math.log(n) / Math.log(2);
    }

    /**
     * An edge as people read it: ten significant digits, so that sums such as {@code 251.70000000000002} read
     * {@code 251.7} while neighbouring edges stay apart.
     */
    static String edge(double value) {
        return new java.math.BigDecimal(value)
                .round(new java.math.MathContext(10, java.math.RoundingMode.HALF_EVEN))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Counts a sample into bins as {@code numpy.histogram} does with equal bins: computed, then corrected by edge. */
    private static long[] count(NumericSample sample, double[] edges) {
        int bins = edges.length - 1;
        double first = edges[0];
        double norm = bins / (edges[bins] - first);
        long[] counts = new long[bins];
        for (double value : sample.sorted()) {
            int index = (int) ((value - first) * norm);
            if (index == bins) {
                index--;
            }
            if (value < edges[index]) {
                index--;
            } else if (index != bins - 1 && value >= edges[index + 1]) {
                index++;
            }
            counts[index]++;
        }
        return counts;
    }

    /**
     * The reference's share of each bin.
     *
     * @return the shares, summing to 1
     */
    public double[] referenceShares() {
        return shares(reference);
    }

    /**
     * The current sample's share of each bin.
     *
     * @return the shares, summing to 1
     */
    public double[] currentShares() {
        return shares(current);
    }

    private static double[] shares(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        double[] shares = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            shares[i] = (double) counts[i] / total;
        }
        return shares;
    }
}
