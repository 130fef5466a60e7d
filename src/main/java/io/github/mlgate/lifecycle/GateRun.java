package io.github.mlgate.lifecycle;

import io.github.mlgate.gate.GateResult;

/**
 * One gate's part of a lifecycle run.
 *
 * @param result the gate's result
 * @param reusedFrom when the result was stored by an earlier run and reused, when that run stored it (ISO 8601);
 *     null when the gate ran now
 */
public record GateRun(GateResult result, String reusedFrom) {

    /**
     * Whether the result was reused rather than computed.
     *
     * @return true when reused
     */
    public boolean reused() {
        return reusedFrom != null;
    }
}
