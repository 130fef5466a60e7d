package io.github.mlgate.gate;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one check a gate performed (one JUnit test case in the outputs).
 *
 * @param name the check's stable name, for example {@code required-sections}
 * @param description what the check verifies, in a few words
 * @param findings what it found, empty when it held
 * @param skippedReason why the check did not run, or null when it ran
 */
public record CheckResult(String name, String description, List<Finding> findings, String skippedReason) {

    /** Copies the findings and checks the required parts. */
    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        findings = List.copyOf(findings);
    }

    /**
     * A check that ran.
     *
     * @param name the check's name
     * @param description what it verifies
     * @param findings what it found
     * @return the result
     */
    public static CheckResult ran(String name, String description, List<Finding> findings) {
        return new CheckResult(name, description, findings, null);
    }

    /**
     * A check that could not run, for example because the document it reads is missing.
     *
     * @param name the check's name
     * @param description what it verifies
     * @param reason why it did not run
     * @return the result
     */
    public static CheckResult skipped(String name, String description, String reason) {
        return new CheckResult(name, description, List.of(), reason);
    }

    /**
     * Whether the check ran.
     *
     * @return false when it was skipped
     */
    public boolean ran() {
        return skippedReason == null;
    }

    /**
     * Counts the findings of one severity.
     *
     * @param severity the severity
     * @return how many
     */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
