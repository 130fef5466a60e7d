package io.github.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static final Finding ERROR = new Finding(
            "placeholder",
            Severity.ERROR,
            "Section 'name' holds a placeholder ('TODO'), not an answer.",
            new Location("src/ml/scope.yaml", 2, 7));
    private static final Finding WARNING =
            new Finding("unknown-key", Severity.WARNING, "Unknown key 'x' at the top level.", null);

    private final GateResult result = GateResult.of(
            "scope",
            "src/ml/scope.yaml",
            List.of(CheckResult.ran("placeholders", "no placeholders", List.of(ERROR, WARNING))),
            GatePolicy.DEFAULT);

    @Test
    void oneLinePerFindingWithItsLocation() {
        assertThat(ConsoleReport.line("scope", ERROR))
                .isEqualTo("[mlgate:scope] ERROR placeholder: Section 'name' holds a placeholder ('TODO'), not an"
                        + " answer. (src/ml/scope.yaml:2:7)");
        assertThat(ConsoleReport.line("scope", WARNING))
                .isEqualTo("[mlgate:scope] WARNING unknown-key: Unknown key 'x' at the top level.");
    }

    @Test
    void theVerdictCountsFindingsAndChecks() {
        assertThat(ConsoleReport.verdict(result))
                .isEqualTo("[mlgate:scope] FAILED: 1 error, 1 warning in src/ml/scope.yaml (1 check)");
        assertThat(ConsoleReport.verdict(GateResult.skipped("scope", "skipped by mlgate.skip")))
                .isEqualTo("[mlgate:scope] SKIPPED: skipped by mlgate.skip");
    }

    @Test
    void theVerdictWritesLargeCountsWithSeparators() {
        GateResult large = GateResult.of(
                "data",
                "src/ml/datapackage.yaml",
                List.of(CheckResult.ran("resource events", "rows hold", List.of(ERROR))
                        .withUnlisted(Severity.ERROR, 4_971)),
                GatePolicy.DEFAULT);

        assertThat(ConsoleReport.verdict(large))
                .isEqualTo("[mlgate:data] FAILED: 4,972 errors (1 listed), 0 warnings in src/ml/datapackage.yaml"
                        + " (1 check)");
    }

    @Test
    void theFailureNamesEveryViolation() {
        assertThat(ConsoleReport.failure(result, "target/mlgate/report.json"))
                .isEqualTo("mlgate:scope failed with 1 error, 1 warning in src/ml/scope.yaml:\n"
                        + "  ERROR placeholder: Section 'name' holds a placeholder ('TODO'), not an answer."
                        + " (src/ml/scope.yaml:2:7)\n"
                        + "Full report: target/mlgate/report.json");
    }

    /** The gate's lines above the failure list every finding; Maven prints the failure again, so it gives one. */
    @Test
    void theFailureOfManyViolationsGivesTheCountsAndTheFirst() {
        Finding second = new Finding("placeholder", Severity.ERROR, "Section 'owner' holds a placeholder.", null);
        Finding third = new Finding("placeholder", Severity.ERROR, "Section 'risks' holds a placeholder.", null);
        GateResult many = GateResult.of(
                "scope",
                "src/ml/scope.yaml",
                List.of(CheckResult.ran("placeholders", "no placeholders", List.of(ERROR, WARNING, second, third))),
                GatePolicy.DEFAULT);

        assertThat(ConsoleReport.failure(many, "target/mlgate/report.json"))
                .isEqualTo("mlgate:scope failed with 3 errors, 1 warning in src/ml/scope.yaml; the first (the lines"
                        + " above list the others):\n"
                        + "  ERROR placeholder: Section 'name' holds a placeholder ('TODO'), not an answer."
                        + " (src/ml/scope.yaml:2:7)\n"
                        + "Full report: target/mlgate/report.json")
                .doesNotContain("owner", "risks");
        assertThat(ConsoleReport.failure(
                        GateResult.of(
                                "scope",
                                "src/ml/scope.yaml",
                                List.of(CheckResult.ran("placeholders", "no placeholders", List.of(WARNING, ERROR))),
                                new GatePolicy(true)),
                        "target/mlgate/report.json"))
                .as("under failOnWarning a warning is a violation, and the first of them is the warning")
                .startsWith("mlgate:scope failed with 1 error, 1 warning in src/ml/scope.yaml; the first (the lines"
                        + " above list the others):\n  WARNING unknown-key");
    }

    @Test
    void aFailureOfSeveralGatesNamesEachGateThenItsViolations() {
        GateResult data = GateResult.of(
                "data",
                "src/ml/datapackage.yaml",
                List.of(CheckResult.ran(
                        "resource train",
                        "rows hold",
                        List.of(new Finding(
                                "type-error",
                                Severity.ERROR,
                                "Resource 'train', row 3, field 2 (age): 'x' is not an integer.",
                                new Location("data/train.csv", 3, null))))),
                GatePolicy.DEFAULT);

        assertThat(ConsoleReport.failure("check", List.of(result, data), "target/mlgate/report.json"))
                .isEqualTo("mlgate:check failed in 2 gates: scope, data.\n"
                        + "[mlgate:scope] 1 error, 1 warning in src/ml/scope.yaml:\n"
                        + "  ERROR placeholder: Section 'name' holds a placeholder ('TODO'), not an answer."
                        + " (src/ml/scope.yaml:2:7)\n"
                        + "[mlgate:data] 1 error, 0 warnings in src/ml/datapackage.yaml:\n"
                        + "  ERROR type-error: Resource 'train', row 3, field 2 (age): 'x' is not an integer."
                        + " (data/train.csv:3)\n"
                        + "Full report: target/mlgate/report.json");
    }

    /** A line break in user text must not start a line of its own: CI systems run lines such as ::error as commands. */
    @org.junit.jupiter.api.Test
    void controlCharactersInUserTextArePrintedAsEscapes() {
        io.github.mlgate.gate.Finding finding = new io.github.mlgate.gate.Finding(
                "unknown-key",
                io.github.mlgate.gate.Severity.WARNING,
                "Unknown key 'a\n::error file=x::owned\u001b[31m\u2028'.",
                io.github.mlgate.gate.Location.ofFile("src/ml/scope\r.yaml"));

        assertThat(ConsoleReport.line("scope", finding))
                .isEqualTo("[mlgate:scope] WARNING unknown-key: Unknown key 'a\\n::error file=x::owned\\u001b[31m"
                        + "\\u2028'. (src/ml/scope\\r.yaml)")
                .doesNotContain("\n", "\r", "\u001b");
        assertThat(MarkdownSummary.cell("[click](https://x.test)\u001b"))
                .isEqualTo("\\[click\\](https://x.test)\\u001b");
    }
}
