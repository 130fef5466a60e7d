package io.github.mlgate.data.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mean and sample standard deviation, one value at a time and merged from parts. Reference values from NumPy 2.4:
 * {@code numpy.mean([2, 4, 4, 4, 5, 5, 7, 9])} is 5.0 and {@code numpy.std(..., ddof=1)} is 2.138089935299395.
 */
class MomentsTest {

    private static final double[] VALUES = {2, 4, 4, 4, 5, 5, 7, 9};

    @Test
    void oneAtATimeGivesTheMeanAndSampleDeviation() {
        Moments moments = new Moments();
        for (double value : VALUES) {
            moments.add(value);
        }

        assertThat(moments.count()).isEqualTo(8);
        assertThat(moments.mean()).isCloseTo(5.0, within(1e-12));
        assertThat(moments.standardDeviation()).isCloseTo(2.138089935299395, within(1e-12));
    }

    @Test
    void partsMergedInAnyOrderGiveTheWhole() {
        SplittableRandom random = new SplittableRandom(20261201);
        Moments whole = new Moments();
        Moments[] parts = {new Moments(), new Moments(), new Moments()};
        for (int i = 0; i < 10_000; i++) {
            double value = random.nextGaussian() * 3 + 10;
            whole.add(value);
            parts[random.nextInt(parts.length)].add(value);
        }
        Moments merged = new Moments();
        merged.merge(parts[2]);
        merged.merge(new Moments());
        merged.merge(parts[0]);
        merged.merge(parts[1]);

        assertThat(merged.count()).isEqualTo(whole.count());
        assertThat(merged.mean()).isCloseTo(whole.mean(), within(1e-9));
        assertThat(merged.standardDeviation()).isCloseTo(whole.standardDeviation(), within(1e-9));
    }

    @Test
    void fewerThanTwoValuesHaveNoSpread() {
        Moments one = new Moments();
        one.add(7);

        assertThat(one.mean()).isEqualTo(7);
        assertThat(one.standardDeviation()).isZero();
        assertThat(new Moments().standardDeviation()).isZero();
    }
}
