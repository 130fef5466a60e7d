package io.github.mlgate.gate;

/** The verdict of one gate. */
public enum GateStatus {
    /** Every check held. */
    PASSED,
    /** At least one violation: an error, or a warning under {@code failOnWarning}. */
    FAILED,
    /** The gate did not run; its result says why. */
    SKIPPED
}
