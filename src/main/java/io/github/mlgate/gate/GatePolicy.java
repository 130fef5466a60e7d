package io.github.mlgate.gate;

import java.util.Map;

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
        return isViolation(finding.severity());
    }

    /**
     * Whether findings of a severity are violations.
     *
     * @param severity the severity
     * @return true for errors, and for warnings when they count
     */
    public boolean isViolation(Severity severity) {
        return severity == Severity.ERROR || (failOnWarning && severity == Severity.WARNING);
    }

    /**
     * How many of a check's findings counted but not listed are violations.
     *
     * @param check the check
     * @return how many
     */
    public long unlistedViolations(CheckResult check) {
        return check.unlisted().entrySet().stream()
                .filter(e -> isViolation(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
