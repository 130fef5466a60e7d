package io.github.mlgate.gate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one gate: its verdict, what it checked and everything it found.
 *
 * @param gate the gate's name, for example {@code scope}
 * @param status the verdict
 * @param subject the input the gate judged, as the user names it (for example {@code src/ml/scope.yaml}), or null
 * @param checks every check, in the order performed
 * @param skippedReason why the gate did not run, or null when it ran
 * @param policy what counted as a violation when the verdict was reached
 * @param sections what the gate measured, by section key (for example {@code metrics}): typed records, which the
 *     report reads and {@code report.json} holds under the same keys; empty when it measured nothing
 */
public record GateResult(
        String gate,
        GateStatus status,
        String subject,
        List<CheckResult> checks,
        String skippedReason,
        GatePolicy policy,
        Map<String, Record> sections) {

    /** Copies the checks and checks the required parts. */
    public GateResult {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(policy, "policy");
        checks = List.copyOf(checks);
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /**
     * This result with a section added to what the report shows of it.
     *
     * @param name the section's key in the gate's report entry, for example {@code metrics}
     * @param content the section
     * @return the new result
     */
    public GateResult withSection(String name, Record content) {
        Map<String, Record> more = new LinkedHashMap<>(sections);
        more.put(name, content);
        return new GateResult(gate, status, subject, checks, skippedReason, policy, more);
    }

    /**
     * A section of this result.
     *
     * @param key the section's key, for example {@code metrics}
     * @param type its record type
     * @param <T> the type
     * @return the section, or null when the result has none of that key and type
     */
    public <T extends Record> T section(String key, Class<T> type) {
        Record section = sections.get(key);
        return type.isInstance(section) ? type.cast(section) : null;
    }

    /**
     * The result of a gate that ran: FAILED when any finding, listed or only counted, is a violation under the policy,
     * else PASSED.
     *
     * @param gate the gate's name
     * @param subject the judged input, or null
     * @param checks every check performed
     * @param policy what counts as a violation
     * @return the result
     */
    public static GateResult of(String gate, String subject, List<CheckResult> checks, GatePolicy policy) {
        boolean violated = checks.stream()
                .anyMatch(c -> c.findings().stream().anyMatch(policy::isViolation) || policy.unlistedViolations(c) > 0);
        return new GateResult(
                gate, violated ? GateStatus.FAILED : GateStatus.PASSED, subject, checks, null, policy, Map.of());
    }

    /**
     * The result of a gate that was not run.
     *
     * @param gate the gate's name
     * @param reason why, for example {@code skipped by mlgate.skip}
     * @return the result
     */
    public static GateResult skipped(String gate, String reason) {
        return new GateResult(gate, GateStatus.SKIPPED, null, List.of(), reason, GatePolicy.DEFAULT, Map.of());
    }

    /** The code of the finding of a gate that could not finish. */
    public static final String UNFINISHED = "gate-error";

    /**
     * The result of a gate that could not finish: it failed, whatever its input holds, since nothing it would have
     * found is known; never an earlier result, never a pass.
     *
     * @param gate the gate's name
     * @param cause what stopped it
     * @return the result, with one {@value #UNFINISHED} finding saying why
     */
    public static GateResult unfinished(String gate, Throwable cause) {
        String why = cause instanceof OutOfMemoryError
                ? "it ran out of memory (" + cause.getMessage() + "); give Maven more (MAVEN_OPTS=-Xmx...) or"
                        + " report the input that needs it"
                : cause.getMessage() != null
                        ? cause.getMessage()
                        : cause.getClass().getSimpleName();
        Finding finding = new Finding(
                UNFINISHED,
                Severity.ERROR,
                "The " + gate + " gate could not finish: " + why + ". Its verdict is unknown, so it fails.",
                null);
        return of(
                gate,
                null,
                List.of(CheckResult.ran("finished", "the gate ran to its end", List.of(finding))),
                GatePolicy.DEFAULT);
    }

    /**
     * What a gate's outputs say while it runs: it failed, until its result replaces this. A build killed before the
     * gate ends (out of memory, {@code kill -9}, a CI job's time limit) leaves this, never the last run's pass.
     *
     * @param gate the gate's name
     * @return the result, with one {@value #UNFINISHED} finding
     */
    public static GateResult started(String gate) {
        Finding finding = new Finding(
                UNFINISHED,
                Severity.ERROR,
                "The " + gate + " gate started and did not finish: the build is still running it, or was stopped"
                        + " before it ended. Its verdict is unknown, so it fails.",
                null);
        return of(
                gate,
                null,
                List.of(CheckResult.ran("finished", "the gate ran to its end", List.of(finding))),
                GatePolicy.DEFAULT);
    }

    /**
     * Whether this is the result of a gate that could not finish.
     *
     * @return whether it has a {@value #UNFINISHED} finding
     */
    public boolean isUnfinished() {
        return findings().stream().anyMatch(f -> f.code().equals(UNFINISHED));
    }

    /**
     * The verdict of one check under this result's policy.
     *
     * @param check one of this result's checks
     * @return SKIPPED when it did not run, FAILED when any of its findings is a violation, else PASSED
     */
    public GateStatus statusOf(CheckResult check) {
        if (!check.ran()) {
            return GateStatus.SKIPPED;
        }
        return check.findings().stream().anyMatch(policy::isViolation) || policy.unlistedViolations(check) > 0
                ? GateStatus.FAILED
                : GateStatus.PASSED;
    }

    /**
     * The findings that are violations under this result's policy.
     *
     * @return the violations, in order
     */
    public List<Finding> violations() {
        return findings().stream().filter(policy::isViolation).toList();
    }

    /**
     * Every finding of every check, in order.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return checks.stream().flatMap(c -> c.findings().stream()).toList();
    }

    /**
     * Counts the listed findings of one severity.
     *
     * @param severity the severity
     * @return how many
     */
    public long count(Severity severity) {
        return checks.stream().mapToLong(c -> c.count(severity)).sum();
    }

    /**
     * Counts the findings of one severity, listed one by one or not.
     *
     * @param severity the severity
     * @return how many
     */
    public long total(Severity severity) {
        return checks.stream().mapToLong(c -> c.total(severity)).sum();
    }
}
