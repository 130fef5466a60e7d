package io.github.mlgate.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SwitchTest {

    @Test
    void takesTrueAndFalseInAnyCaseAroundSpaces() throws Exception {
        assertThat(Switch.parse("mlgate.skip", "true", false)).isTrue();
        assertThat(Switch.parse("mlgate.skip", " TRUE ", false)).isTrue();
        assertThat(Switch.parse("mlgate.skip", "False", true)).isFalse();
    }

    @Test
    void anUnsetSwitchTakesItsDefault() throws Exception {
        assertThat(Switch.parse("mlgate.failOnViolation", null, true)).isTrue();
        assertThat(Switch.parse("mlgate.skip", null, false)).isFalse();
    }

    @Test
    void anyOtherWordIsRefusedNotReadAsFalse() {
        for (String word : new String[] {"ture", "no", "1", "yes", "", "on"}) {
            assertThatThrownBy(() -> Switch.parse("mlgate.failOnViolation", word, true))
                    .isInstanceOf(InvalidSettingsException.class)
                    .hasMessage("mlgate.failOnViolation is '" + word + "'; use true or false.");
        }
    }

    @Test
    void aValueWithALineBreakIsShownOnOneLine() {
        assertThatThrownBy(() -> Switch.parse("mlgate.skip", "x\n::error::y", false))
                .hasMessage("mlgate.skip is 'x\\n::error::y'; use true or false.");
    }
}
