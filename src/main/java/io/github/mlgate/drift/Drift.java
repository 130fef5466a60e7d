package io.github.mlgate.drift;

/**
 * What a drift method measured between a reference and a current sample.
 *
 * @param method the method
 * @param value the value judged against the bound: the distance, or the test's p-value
 * @param statistic the test's statistic (Kolmogorov-Smirnov's D, the chi-square sum); the distance again for a
 *     distance
 */
public record Drift(DriftMethod method, double value, double statistic) {

    /**
     * Whether the value crosses a bound: a distance above it, or a p-value below it.
     *
     * @param threshold the bound
     * @return whether the field drifted
     */
    public boolean crosses(double threshold) {
        return method.isTest() ? value < threshold : value > threshold;
    }
}
