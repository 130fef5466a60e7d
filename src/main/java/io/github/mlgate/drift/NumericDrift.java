package io.github.mlgate.drift;

import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.SignificanceResult;

/** The drift measures that need ordered numbers. */
final class NumericDrift {

    /** SciPy's {@code ks_2samp} computes the exact p-value up to this many values in the larger sample. */
    static final int MAX_EXACT = 10_000;

    /** Evidently's floor for the standard deviation the Wasserstein distance is divided by. */
    static final double MIN_SCALE = 0.001;

    private NumericDrift() {}

    /**
     * The two-sided two-sample Kolmogorov-Smirnov test, with SciPy's choice of method: the exact distribution when
     * neither sample has more than {@value #MAX_EXACT} values, else the asymptotic one.
     */
    static Drift kolmogorovSmirnov(NumericSample reference, NumericSample current) {
        PValueMethod method =
                Math.max(reference.size(), current.size()) <= MAX_EXACT ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC;
        SignificanceResult result =
                KolmogorovSmirnovTest.withDefaults().with(method).test(reference.sorted(), current.sorted());
        return new Drift(DriftMethod.KS, result.getPValue(), result.getStatistic());
    }

    /**
     * The first Wasserstein distance (the area between the two empirical distribution functions, SciPy's {@code
     * wasserstein_distance}) divided by the reference's standard deviation, at least {@value #MIN_SCALE}, so that
     * one bound serves fields of any scale.
     */
    static double normalisedWasserstein(NumericSample reference, NumericSample current) {
        return wasserstein(reference, current) / Math.max(reference.standardDeviation(), MIN_SCALE);
    }

    /** The area between the two empirical distribution functions, walked along both sorted samples at once. */
    static double wasserstein(NumericSample reference, NumericSample current) {
        double[] u = reference.sorted();
        double[] v = current.sorted();
        int i = 0;
        int j = 0;
        Sum area = new Sum();
        while (i < u.length || j < v.length) {
            double x = Math.min(
                    i < u.length ? u[i] : Double.POSITIVE_INFINITY, j < v.length ? v[j] : Double.POSITIVE_INFINITY);
            while (i < u.length && u[i] == x) {
                i++;
            }
            while (j < v.length && v[j] == x) {
                j++;
            }
            double next = Math.min(
                    i < u.length ? u[i] : Double.POSITIVE_INFINITY, j < v.length ? v[j] : Double.POSITIVE_INFINITY);
            if (next == Double.POSITIVE_INFINITY) {
                break;
            }
            area.add(Math.abs((double) i / u.length - (double) j / v.length) * (next - x));
        }
        return area.value();
    }
}
