package io.github.mlgate.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The least and greatest value, added boxed or unboxed, alone or merged. */
class ExtremesTest {

    @Test
    void unboxedAndBoxedValuesCompareAlike() {
        Extremes extremes = new Extremes(false);
        extremes.addInteger(5);
        extremes.addInteger(-3);
        extremes.add(cast(12L));

        assertThat(extremes.min()).isEqualTo(-3L);
        assertThat(extremes.max()).isEqualTo(12L);
    }

    @Test
    void negativeZeroIsBelowZeroAsDoubleOrdersThem() {
        Extremes extremes = new Extremes(false);
        extremes.addNumber(0.0);
        extremes.addNumber(-0.0);

        assertThat(extremes.min()).isEqualTo(-0.0);
        assertThat(extremes.max()).isEqualTo(0.0);
    }

    @Test
    void datesAddedAsEpochDaysComeBackAsDates() {
        Extremes extremes = new Extremes(false);
        extremes.addTime(LocalDate.of(2024, 1, 5).toEpochDay());
        extremes.addTime(LocalDate.of(2023, 12, 31).toEpochDay());

        assertThat(extremes.min()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(extremes.max()).isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void mergedPartsGiveTheExtremesOfAll() {
        Extremes one = new Extremes(false);
        one.addInteger(3);
        Extremes two = new Extremes(false);
        two.addInteger(-1);
        two.addInteger(9);
        Extremes none = new Extremes(false);

        one.merge(two);
        one.merge(none);

        assertThat(one.min()).isEqualTo(-1L);
        assertThat(one.max()).isEqualTo(9L);
        assertThat(none.min()).isNull();
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> cast(Object value) {
        return (Comparable<Object>) value;
    }
}
