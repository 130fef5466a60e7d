package io.github.mlgate.gate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one check a gate performed (one JUnit test case in the outputs).
 *
 * @param name the check's stable name, for example {@code required-sections}
 * @param description what the check verifies, in a few words
 * @param findings what it found and lists one by one, empty when it held
 * @param skippedReason why the check did not run, or null when it ran
 * @param unlisted findings counted but not listed one by one, by severity (the data gate lists the first few of each
 *     code): empty when every finding is listed
 */
public record CheckResult(
        String name, String description, List<Finding> findings, String skippedReason, Map<Severity, Long> unlisted) {

    /** Copies the findings and checks the required parts. */
    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        findings = List.copyOf(findings);
        Map<Severity, Long> counted = new EnumMap<>(Severity.class);
        if (unlisted != null) {
            unlisted.forEach((severity, count) -> {
                if (count > 0) {
                    counted.put(severity, count);
                }
            });
        }
        unlisted = Collections.unmodifiableMap(counted);
    }

    /**
     * A check whose every finding is listed.
     *
     * @param name the check's name
     * @param description what it verifies
     * @param findings what it found
     * @param skippedReason why it did not run, or null
     */
    public CheckResult(String name, String description, List<Finding> findings, String skippedReason) {
        this(name, description, findings, skippedReason, Map.of());
    }

    /**
     * The same check with findings counted but not listed.
     *
     * @param severity their severity
     * @param count how many
     * @return the check
     */
    public CheckResult withUnlisted(Severity severity, long count) {
        Map<Severity, Long> more = new EnumMap<>(Severity.class);
        more.putAll(unlisted);
        more.merge(severity, count, Long::sum);
        return new CheckResult(name, description, findings, skippedReason, more);
    }

    /**
     * Counts the findings of one severity, listed or not.
     *
     * @param severity the severity
     * @return how many
     */
    public long total(Severity severity) {
        return count(severity) + unlisted.getOrDefault(severity, 0L);
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
     * Counts the listed findings of one severity.
     *
     * @param severity the severity
     * @return how many
     */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
