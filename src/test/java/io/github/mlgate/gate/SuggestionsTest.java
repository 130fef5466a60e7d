package io.github.mlgate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("name", "problem", "whyMachineLearning", "successCriteria");

    @Test
    void suggestsTheKeyWithinATypoOrTwo() {
        assertThat(Suggestions.closest("probelm", KEYS)).contains("problem");
        assertThat(Suggestions.closest("sucessCriteria", KEYS)).contains("successCriteria");
    }

    @Test
    void matchesOtherCasesAndSeparatorsFirst() {
        assertThat(Suggestions.closest("why_machine_learning", KEYS)).contains("whyMachineLearning");
        assertThat(Suggestions.closest("NAME", KEYS)).contains("name");
    }

    @Test
    void suggestsNothingForUnrelatedNames() {
        assertThat(Suggestions.closest("budget", KEYS)).isEmpty();
        assertThat(Suggestions.closest("nm", List.of("name"))).isEmpty();
    }

    @Test
    void countsATranspositionAsOneEdit() {
        assertThat(Suggestions.editDistance("high", "hgih")).isEqualTo(1);
        assertThat(Suggestions.editDistance("kitten", "sitting")).isEqualTo(3);
    }
}
