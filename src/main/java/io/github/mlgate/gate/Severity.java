package io.github.mlgate.gate;

/** How much a finding matters: errors fail a gate, warnings fail it only when asked to, infos never do. */
public enum Severity {
    /** A violation of the stage's exit criteria. */
    ERROR,
    /** Something probably wrong that does not break the exit criteria by itself. */
    WARNING,
    /** Context worth showing, never a violation. */
    INFO
}
