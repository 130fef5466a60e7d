package io.github.mlgate.drift;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/** Distances and tests between two samples counted in the same bins. */
final class Divergences {

    /** The share an empty bin counts as in the population stability index, as Evidently fills it. */
    static final double EMPTY_BIN_SHARE = 0.0001;

    private Divergences() {}

    /**
     * The population stability index: the sum over bins of {@code (r - c) ln(r / c)}, where r and c are the
     * reference's and the current sample's shares and an empty bin's share counts as {@value #EMPTY_BIN_SHARE}.
     */
    static double populationStability(Bins bins) {
        double[] r = bins.referenceShares();
        double[] c = bins.currentShares();
        Sum psi = new Sum();
        for (int i = 0; i < r.length; i++) {
            double ref = r[i] == 0 ? EMPTY_BIN_SHARE : r[i];
            double cur = c[i] == 0 ? EMPTY_BIN_SHARE : c[i];
            psi.add((ref - cur) * Math.log(ref / cur));
        }
        return psi.value();
    }

    /**
     * The Jensen-Shannon distance in bits: the square root of the mean of each distribution's Kullback-Leibler
     * divergence from their average, as SciPy's {@code jensenshannon(p, q, base=2)}. 0 for equal distributions, 1 for
     * disjoint ones.
     */
    static double jensenShannon(Bins bins) {
        double[] p = bins.referenceShares();
        double[] q = bins.currentShares();
        Sum left = new Sum();
        Sum right = new Sum();
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2.0;
            left.add(relativeEntropy(p[i], m));
            right.add(relativeEntropy(q[i], m));
        }
        double divergence = (left.value() + right.value()) / Math.log(2);
        return Math.sqrt(Math.max(0, divergence / 2.0));
    }

    /** SciPy's {@code rel_entr}: {@code x ln(x / y)}, 0 for x = 0. */
    private static double relativeEntropy(double x, double y) {
        return x == 0 ? 0 : x * Math.log(x / y);
    }

    /** The largest difference between the two samples' shares of a bin. */
    static double lInfinity(Bins bins) {
        double[] p = bins.referenceShares();
        double[] q = bins.currentShares();
        double max = 0;
        for (int i = 0; i < p.length; i++) {
            max = Math.max(max, Math.abs(p[i] - q[i]));
        }
        return max;
    }

    /**
     * Pearson's chi-square test of the current counts against the counts the reference's shares expect of a sample
     * of the current size, as SciPy's {@code chisquare(f_obs, f_exp)} with Evidently's expected counts. A value the
     * reference never holds makes the statistic infinite and the p-value 0; with one value in all, nothing can differ
     * and the p-value is 1.
     */
    static Drift chiSquare(Bins bins) {
        long referenceSize = 0;
        long currentSize = 0;
        for (int i = 0; i < bins.reference().length; i++) {
            referenceSize += bins.reference()[i];
            currentSize += bins.current()[i];
        }
        double scale = (double) currentSize / referenceSize;
        Sum statistic = new Sum();
        for (int i = 0; i < bins.reference().length; i++) {
            double expected = bins.reference()[i] * scale;
            if (expected == 0) {
                return new Drift(DriftMethod.CHISQUARE, 0.0, Double.POSITIVE_INFINITY);
            }
            double difference = bins.current()[i] - expected;
            statistic.add(difference * difference / expected);
        }
        int freedom = bins.labels().size() - 1;
        double value = statistic.value();
        double p = freedom == 0 ? 1.0 : ChiSquaredDistribution.of(freedom).survivalProbability(value);
        return new Drift(DriftMethod.CHISQUARE, p, value);
    }
}
