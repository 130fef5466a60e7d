package io.github.mlgate.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every drift value against SciPy's (and NumPy's, for the binned ones) on the same samples. The expected values were
 * printed by {@code src/test/python/drift_reference.py} with SciPy 1.10.1 and NumPy 1.24.2; its generator is {@link
 * #sample}'s.
 */
class DriftMethodTest {

    private static final double EXACT = 1e-9;

    @Test
    void ks_matches_scipy_exact_for_equal_sizes() {
        assertKs(sample(1, 50, 1, 0), sample(2, 50, 1, 3000), 0.36, 0.002834980581320342);
    }

    @Test
    void ks_matches_scipy_exact_for_unequal_sizes() {
        assertKs(sample(3, 80, 1, 0), sample(4, 130, 2, -9000), 0.21057692307692308, 0.02082207357988116);
    }

    @Test
    void ks_is_exact_up_to_ten_thousand_values_as_scipy_chooses() {
        assertKs(sample(5, 10000, 1, 0), sample(6, 9999, 1, 100), 0.016553715371537155, 0.12688275457706202);
    }

    @Test
    void ks_is_asymptotic_beyond_ten_thousand_values_as_scipy_chooses() {
        assertKs(sample(7, 20000, 1, 0), sample(8, 15000, 1, 50), 0.006149999999999989, 0.9000241413790984);
    }

    @Test
    void ks_counts_ties_as_scipy_does() {
        assertKs(floorOf20(sample(9, 400, 1, 0)), floorOf20(sample(10, 500, 1, 200)), 0.033, 0.9624066009573095);
    }

    @Test
    void wasserstein_divided_by_the_reference_deviation_matches_scipy() {
        // scipy.stats.wasserstein_distance(ref, cur) / max(numpy.std(ref), 0.001)
        assertThat(measure(DriftMethod.WASSERSTEIN, sample(1, 50, 1, 0), sample(2, 50, 1, 3000)))
                .isCloseTo(0.7795139650750416, within(EXACT));
        assertThat(measure(DriftMethod.WASSERSTEIN, sample(3, 80, 1, 0), sample(4, 130, 2, -9000)))
                .isCloseTo(0.9436894817723976, within(EXACT));
        assertThat(measure(DriftMethod.WASSERSTEIN, sample(7, 20000, 1, 0), sample(8, 15000, 1, 50)))
                .isCloseTo(0.009693567750648429, within(EXACT));
        assertThat(measure(
                        DriftMethod.WASSERSTEIN, floorOf20(sample(9, 400, 1, 0)), floorOf20(sample(10, 500, 1, 200))))
                .isCloseTo(0.07753882858703948, within(EXACT));
    }

    @Test
    void jensen_shannon_over_sturges_bins_matches_scipy_and_numpy() {
        // scipy.spatial.distance.jensenshannon(r, c, base=2) over numpy.histogram_bin_edges(..., bins="sturges")
        assertThat(measure(DriftMethod.JENSENSHANNON, sample(1, 50, 1, 0), sample(2, 50, 1, 3000)))
                .isCloseTo(0.37150419768391335, within(EXACT));
        assertThat(measure(DriftMethod.JENSENSHANNON, sample(5, 10000, 1, 0), sample(6, 9999, 1, 100)))
                .isCloseTo(0.02643644152877318, within(EXACT));
        assertThat(measure(
                        DriftMethod.JENSENSHANNON, floorOf20(sample(9, 400, 1, 0)), floorOf20(sample(10, 500, 1, 200))))
                .isCloseTo(0.08726283391736472, within(EXACT));
    }

    @Test
    void psi_over_sturges_bins_matches_the_documented_formula() {
        // sum((r - c) * log(r / c)) with empty bins as 0.0001, computed with NumPy
        assertThat(measure(DriftMethod.PSI, sample(1, 50, 1, 0), sample(2, 50, 1, 3000)))
                .isCloseTo(1.0194810002874442, within(EXACT));
        assertThat(measure(DriftMethod.PSI, sample(3, 80, 1, 0), sample(4, 130, 2, -9000)))
                .isCloseTo(2.300579777250078, within(EXACT));
        assertThat(measure(DriftMethod.PSI, sample(7, 20000, 1, 0), sample(8, 15000, 1, 50)))
                .isCloseTo(0.0016874356800420007, within(EXACT));
    }

    @Test
    void sturges_bins_are_as_many_as_numpy_makes() {
        assertThat(Bins.sturges(sample(1, 50, 1, 0), sample(2, 50, 1, 3000)).labels())
                .hasSize(8);
        assertThat(Bins.sturges(sample(5, 10000, 1, 0), sample(6, 9999, 1, 100)).labels())
                .hasSize(16);
        assertThat(Bins.sturges(sample(7, 20000, 1, 0), sample(8, 15000, 1, 50)).labels())
                .hasSize(17);
    }

    /** Edges are sums of a width: their floating-point noise (251.70000000000002) is not shown to people. */
    @Test
    void bin_edges_read_as_numbers_people_write() {
        assertThat(Bins.edge(0.0)).isEqualTo("0");
        assertThat(Bins.edge(50.34 * 5)).isEqualTo("251.7");
        assertThat(Bins.edge(453.06000000000006)).isEqualTo("453.06");
        assertThat(Bins.edge(1.000000001)).isEqualTo("1.000000001");
        assertThat(Bins.edge(-0.000123456789012)).isEqualTo("-0.000123456789");
    }

    @Test
    void categorical_distances_match_scipy_and_numpy() {
        CategoricalSample reference = CategoricalSample.of(Map.of("a", 500L, "b", 300L, "c", 150L, "d", 50L));
        CategoricalSample current = CategoricalSample.of(Map.of("a", 420L, "b", 330L, "c", 180L, "d", 60L, "e", 10L));
        assertThat(DriftMethod.JENSENSHANNON.measure(reference, current).value())
                .isCloseTo(0.09664886470628353, within(EXACT));
        assertThat(DriftMethod.PSI.measure(reference, current).value()).isCloseTo(0.06969162347875227, within(EXACT));
        assertThat(DriftMethod.LINFINITY.measure(reference, current).value())
                .isCloseTo(0.08000000000000002, within(EXACT));
    }

    @Test
    void chi_square_matches_scipy() {
        // scipy.stats.chisquare(observed, reference counts scaled to the observed total)
        Drift drift = DriftMethod.CHISQUARE.measure(
                CategoricalSample.of(Map.of("a", 500L, "b", 300L, "c", 150L, "d", 50L)),
                CategoricalSample.of(Map.of("a", 420L, "b", 330L, "c", 180L, "d", 70L)));
        assertThat(drift.statistic()).isCloseTo(29.8, within(EXACT));
        assertThat(drift.value()).isCloseTo(1.5204165231992435e-06, within(1e-15));
        assertThat(drift.crosses(0.05)).isTrue();
    }

    @Test
    void chi_square_of_a_value_the_reference_never_holds_is_drift() {
        Drift drift = DriftMethod.CHISQUARE.measure(
                CategoricalSample.of(Map.of("a", 10L, "b", 10L)),
                CategoricalSample.of(Map.of("a", 10L, "b", 9L, "new", 1L)));
        assertThat(drift.statistic()).isInfinite();
        assertThat(drift.value()).isZero();
    }

    @Test
    void chi_square_of_one_value_in_both_samples_finds_nothing() {
        Drift drift = DriftMethod.CHISQUARE.measure(
                CategoricalSample.of(Map.of("a", 10L)), CategoricalSample.of(Map.of("a", 3L)));
        assertThat(drift.value()).isEqualTo(1.0);
        assertThat(drift.crosses(0.05)).isFalse();
    }

    @Test
    void a_distance_crosses_above_its_bound_and_a_p_value_below() {
        assertThat(new Drift(DriftMethod.WASSERSTEIN, 0.2, 0.2).crosses(0.1)).isTrue();
        assertThat(new Drift(DriftMethod.WASSERSTEIN, 0.1, 0.1).crosses(0.1)).isFalse();
        assertThat(new Drift(DriftMethod.KS, 0.01, 0.3).crosses(0.05)).isTrue();
        assertThat(new Drift(DriftMethod.KS, 0.05, 0.3).crosses(0.05)).isFalse();
    }

    @Test
    void equal_samples_do_not_drift() {
        NumericSample a = sample(11, 2000, 1, 0);
        NumericSample b = sample(11, 2000, 1, 0);
        for (DriftMethod method : DriftMethod.values()) {
            Drift drift = method.measure(a, b);
            assertThat(drift.crosses(method.isTest() ? 0.05 : 1e-12))
                    .as(method.label())
                    .isFalse();
        }
    }

    @Test
    void numeric_methods_refuse_categories() {
        CategoricalSample sample = CategoricalSample.of(Map.of("a", 1L));
        assertThatThrownBy(() -> DriftMethod.KS.measure(sample, sample))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ks needs a numeric field");
    }

    @Test
    void a_constant_field_has_one_bin() {
        NumericSample constant = sample(1, 10, 0, 500);
        assertThat(Bins.sturges(constant, constant).labels()).containsExactly("[4.5, 5.5]");
    }

    private static void assertKs(NumericSample reference, NumericSample current, double d, double p) {
        Drift drift = DriftMethod.KS.measure(reference, current);
        assertThat(drift.statistic()).isCloseTo(d, within(EXACT));
        assertThat(drift.value()).isCloseTo(p, within(EXACT));
    }

    private static double measure(DriftMethod method, NumericSample reference, NumericSample current) {
        return method.measure(reference, current).value();
    }

    /** drift_reference.py's sample: n values ((a + b) * scale + shift) / 100, a and b from a 64-bit LCG. */
    static NumericSample sample(long seed, int n, int scale, int shift) {
        long state = seed;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            long a = Long.remainderUnsigned(state >>> 33, 10000);
            state = state * 6364136223846793005L + 1442695040888963407L;
            long b = Long.remainderUnsigned(state >>> 33, 10000);
            values[i] = ((a + b) * scale + shift) / 100.0;
        }
        return NumericSample.of(values, n);
    }

    private static NumericSample floorOf20(NumericSample sample) {
        double[] values = sample.sorted().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.floor(values[i] / 20);
        }
        return NumericSample.of(values, values.length);
    }
}
