package io.github.mlgate.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The quantile sketch keeps the count, minimum and maximum exactly, estimates ranks within its stated error, and gives
 * the same answers for the same numbers added and merged in the same order.
 */
class QuantileSketchTest {

    private static double[] numbers(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] numbers = new double[n];
        for (int i = 0; i < n; i++) {
            // Skewed, with ties: a log-normal rounded to two decimals.
            numbers[i] = Math.round(Math.exp(random.nextGaussian()) * 100) / 100.0;
        }
        return numbers;
    }

    @Test
    void ranksAreWithinOnePercentOfTheExactOnes() {
        double[] numbers = numbers(7, 1_000_000);
        QuantileSketch sketch = new QuantileSketch();
        for (double x : numbers) {
            sketch.add(x);
        }
        double[] sorted = numbers.clone();
        Arrays.sort(sorted);

        Distribution distribution = sketch.distribution();

        assertThat(distribution.count()).isEqualTo(numbers.length);
        for (double p : Distribution.QUANTILES) {
            double estimate = distribution.quantile(p);
            // The share of the numbers at most the estimate, against the share asked for.
            double rank = upperRank(sorted, estimate) / (double) sorted.length;
            double below = lowerRank(sorted, estimate) / (double) sorted.length;
            assertThat(p).as("quantile %s = %s", p, estimate).isBetween(below - 0.01, rank + 0.01);
        }
        assertThat(distribution.histogram().edges().get(0)).isEqualTo(sorted[0]);
        assertThat(distribution.histogram().edges().get(Distribution.BINS)).isEqualTo(sorted[sorted.length - 1]);
        assertThat(distribution.histogram().approximate()).isTrue();
    }

    @Test
    void theSameNumbersInTheSameOrderGiveTheSameAnswers() {
        double[] numbers = numbers(11, 300_000);
        QuantileSketch[] runs = new QuantileSketch[2];
        for (int r = 0; r < runs.length; r++) {
            QuantileSketch left = new QuantileSketch();
            QuantileSketch right = new QuantileSketch();
            for (int i = 0; i < numbers.length; i++) {
                (i % 3 == 0 ? left : right).add(numbers[i]);
            }
            runs[r] = new QuantileSketch();
            runs[r].merge(left);
            runs[r].merge(right);
        }

        assertThat(runs[1].distribution().quantiles())
                .isEqualTo(runs[0].distribution().quantiles());
        assertThat(runs[1].distribution().histogram())
                .isEqualTo(runs[0].distribution().histogram());
    }

    @Test
    void aNumberSeenManyTimesKeepsItsExactWeight() {
        QuantileSketch sketch = new QuantileSketch();
        sketch.add(5.0, 1_000_003);
        for (int i = 0; i < 1_000; i++) {
            sketch.add(10.0 + i);
        }

        Distribution distribution = sketch.distribution();

        assertThat(distribution.count()).isEqualTo(1_001_003);
        assertThat(distribution.quantile(0.99)).isEqualTo(5.0);
        assertThat(distribution.quantile(0.9995)).isGreaterThan(5.0);
    }

    @Test
    void fewNumbersAreCountedExactly() {
        QuantileSketch sketch = new QuantileSketch();
        for (int i = 1; i <= 100; i++) {
            sketch.add(i);
        }

        Distribution distribution = sketch.distribution();

        assertThat(distribution.quantile(0.25)).isEqualTo(25.0);
        assertThat(distribution.quantile(0.5)).isEqualTo(50.0);
        assertThat(distribution.histogram().approximate()).isFalse();
        assertThat(distribution.histogram().counts()).containsOnly(10L);
    }

    /** How many numbers are at most the value. */
    private static int upperRank(double[] sorted, double value) {
        return lowerRank(sorted, Math.nextUp(value));
    }

    /** How many numbers are below the value. */
    private static int lowerRank(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
