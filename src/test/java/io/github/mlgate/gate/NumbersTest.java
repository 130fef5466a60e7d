package io.github.mlgate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void probabilities_below_one_in_ten_thousand_are_scientific() {
        assertThat(Numbers.probability(3.95624e-38)).isEqualTo("3.956e-38");
        assertThat(Numbers.probability(0.00001)).isEqualTo("1e-5");
    }

    @Test
    void other_probabilities_read_as_measured_values() {
        assertThat(Numbers.probability(0.03124)).isEqualTo("0.03124");
        assertThat(Numbers.probability(0.0001)).isEqualTo("0.0001");
        assertThat(Numbers.probability(0)).isEqualTo("0");
        assertThat(Numbers.probability(1)).isEqualTo("1");
    }
}
