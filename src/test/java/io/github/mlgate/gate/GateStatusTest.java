package io.github.mlgate.gate;

import static io.github.mlgate.gate.GateStatus.FAILED;
import static io.github.mlgate.gate.GateStatus.PASSED;
import static io.github.mlgate.gate.GateStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule for the verdict of several gates together. */
class GateStatusTest {

    @Test
    void anyFailureFailsTheWhole() {
        assertThat(GateStatus.overall(List.of(PASSED, FAILED, SKIPPED))).isEqualTo(FAILED);
    }

    @Test
    void onePassAmongSkipsPasses() {
        assertThat(GateStatus.overall(List.of(SKIPPED, PASSED, SKIPPED))).isEqualTo(PASSED);
    }

    @Test
    void nothingRunIsSkipped() {
        assertThat(GateStatus.overall(List.of(SKIPPED, SKIPPED))).isEqualTo(SKIPPED);
        assertThat(GateStatus.overall(List.of())).isEqualTo(SKIPPED);
    }
}
