package io.github.mlgate.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatencyProbeTest {

    /**
     * The p95's interval is SciPy's: {@code scipy.stats.quantile_test(np.arange(1, n + 1), q=0,
     * p=0.95).confidence_interval(0.95)} (SciPy 1.17.1), whose times 1..n make each bound its own rank.
     */
    @ParameterizedTest(name = "{0} calls: {1} to {2}")
    @CsvSource({"100, 90, 100", "137, 125, 136", "731, 682, 707", "1000, 936, 964"})
    void theP95IntervalIsScipysQuantileTestInterval(int calls, double low, double high) {
        double[] times = IntStream.rangeClosed(1, calls).asDoubleStream().toArray();
        assertThat(LatencyProbe.p95Interval(times)).containsExactly(low, high);
    }

    /** Twenty calls, the fewest a slow model gets: SciPy has no upper bound (nan); the interval ends at the slowest. */
    @ParameterizedTest(name = "{0} calls")
    @CsvSource({"20, 17"})
    void tooFewCallsEndTheIntervalAtTheSlowest(int calls, double low) {
        double[] times = IntStream.rangeClosed(1, calls).asDoubleStream().toArray();
        assertThat(LatencyProbe.p95Interval(times)).containsExactly(low, (double) calls);
    }
}
