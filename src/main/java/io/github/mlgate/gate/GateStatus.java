package io.github.mlgate.gate;

import java.util.Collection;

/** The verdict of one gate. */
public enum GateStatus {
    /** Every check held. */
    PASSED,
    /** At least one violation: an error, or a warning under {@code failOnWarning}. */
    FAILED,
    /** The gate did not run; its result says why. */
    SKIPPED;

    /**
     * The verdict of several gates together: FAILED when any failed, PASSED when any passed, else SKIPPED (also when
     * there are none).
     *
     * @param statuses each gate's verdict
     * @return the overall verdict
     */
    public static GateStatus overall(Collection<GateStatus> statuses) {
        if (statuses.contains(FAILED)) {
            return FAILED;
        }
        return statuses.contains(PASSED) ? PASSED : SKIPPED;
    }
}
