package io.github.mlgate.gate;

/**
 * What counts as a violation. Whether a violation breaks the build is the caller's decision, not the engine's.
 *
 * @param failOnWarning whether warnings are violations too
 */
public record GatePolicy(boolean failOnWarning) {

    /** Errors are violations, warnings are not. */
    public static final GatePolicy DEFAULT = new GatePolicy(false);

    /**
     * Whether a finding is a violation under this policy.
     *
     * @param finding the finding
     * @return true for errors, and for warnings when they count
     */
    public boolean isViolation(Finding finding) {
        return finding.severity() == Severity.ERROR || (failOnWarning && finding.severity() == Severity.WARNING);
    }
}
