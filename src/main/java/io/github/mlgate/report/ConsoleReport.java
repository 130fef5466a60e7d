package io.github.mlgate.report;

import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.gate.Printable;
import io.github.mlgate.gate.Severity;

/** The text of the console: one line per finding, one verdict per gate, and the message of a failed build. */
public final class ConsoleReport {

    private ConsoleReport() {}

    /**
     * A finding as one line: {@code <SEVERITY> <code>: <message> (<file>:<line>:<column>)}.
     *
     * @param finding the finding
     * @return the line, without the gate prefix
     */
    public static String line(Finding finding) {
        String where = finding.location() != null
                ? " (" + Printable.text(finding.location().toString()) + ")"
                : "";
        return finding.severity() + " " + finding.code() + ": " + Printable.text(finding.message()) + where;
    }

    /**
     * A finding as the console shows it: {@code [mlgate:<gate>] <SEVERITY> <code>: <message> (<location>)}.
     *
     * @param gate the gate's name
     * @param finding the finding
     * @return the line
     */
    public static String line(String gate, Finding finding) {
        return prefix(gate) + line(finding);
    }

    /**
     * The gate's verdict in one line, for example {@code [mlgate:scope] FAILED: 2 errors, 1 warning in
     * src/ml/scope.yaml (8 checks)}.
     *
     * @param result the gate's result
     * @return the line
     */
    public static String verdict(GateResult result) {
        if (result.status() == GateStatus.SKIPPED) {
            return prefix(result.gate()) + "SKIPPED: " + result.skippedReason();
        }
        String subject = result.subject() != null ? " in " + Printable.text(result.subject()) : "";
        return prefix(result.gate()) + result.status() + ": " + counts(result) + subject + " ("
                + Numbers.counted(result.checks().size(), "check") + ")";
    }

    /**
     * The message of the exception that fails the build: the counts, then the first violation (the gate's lines above
     * list them all).
     *
     * @param result a failed gate's result
     * @param reportFile where the full report is, as the user names it
     * @return the message
     */
    public static String failure(GateResult result, String reportFile) {
        StringBuilder text = new StringBuilder("mlgate:").append(result.gate()).append(" failed with ");
        violations(text, result);
        return text.append("\nFull report: ").append(reportFile).toString();
    }

    /**
     * The message of the exception that fails a build in which several gates ran: which gates failed, then each
     * one's violations.
     *
     * @param goal the goal that ran them, for example {@code check}
     * @param failed the failed gates' results, in lifecycle order
     * @param reportFile where the full report is, as the user names it
     * @return the message
     */
    public static String failure(String goal, java.util.List<GateResult> failed, String reportFile) {
        StringBuilder text = new StringBuilder("mlgate:")
                .append(goal)
                .append(" failed in ")
                .append(Numbers.counted(failed.size(), "gate"))
                .append(": ")
                .append(String.join(", ", failed.stream().map(GateResult::gate).toList()))
                .append('.');
        for (GateResult result : failed) {
            violations(text.append("\n").append(prefix(result.gate())), result);
        }
        return text.append("\nFull report: ").append(reportFile).toString();
    }

    /**
     * Appends a failed gate's counts and subject, then its first violation: the gate's lines above the failure list
     * every finding, and the build's failure message, which Maven prints again at its end, should not repeat them
     * (as maven-checkstyle-plugin's does not).
     */
    private static void violations(StringBuilder text, GateResult result) {
        text.append(counts(result));
        if (result.subject() != null) {
            text.append(" in ").append(Printable.text(result.subject()));
        }
        java.util.List<Finding> violations = result.violations();
        long all = java.util.Arrays.stream(Severity.values())
                .filter(result.policy()::isViolation)
                .mapToLong(result::total)
                .sum();
        if (violations.isEmpty()) {
            text.append(": none is listed one by one (the counts are in the report).");
            return;
        }
        text.append(all > 1 ? "; the first (the lines above list the others):" : ":");
        text.append("\n  ").append(line(violations.get(0)));
    }

    /**
     * The verdict of a goal that ran several gates, for example {@code [mlgate:check] FAILED: scope PASSED, data
     * FAILED, evaluate SKIPPED, baseline SKIPPED}: FAILED when any gate failed, PASSED when any passed, else SKIPPED.
     *
     * @param goal the goal
     * @param results the gates' results, in lifecycle order
     * @return the line
     */
    public static String overall(String goal, java.util.List<GateResult> results) {
        GateStatus status =
                GateStatus.overall(results.stream().map(GateResult::status).toList());
        java.util.List<String> parts = results.stream()
                .map(result -> result.gate() + " " + result.status())
                .toList();
        return prefix(goal) + status + ": " + String.join(", ", parts);
    }

    /** For example {@code 4,972 errors (600 listed), 0 warnings}: the true counts, and how many are listed. */
    private static String counts(GateResult result) {
        return counted(result, Severity.ERROR, "error") + ", " + counted(result, Severity.WARNING, "warning");
    }

    private static String counted(GateResult result, Severity severity, String noun) {
        long total = result.total(severity);
        long listed = result.count(severity);
        return Numbers.counted(total, noun) + (listed < total ? " (" + Numbers.count(listed) + " listed)" : "");
    }

    private static String prefix(String gate) {
        return "[mlgate:" + gate + "] ";
    }
}
