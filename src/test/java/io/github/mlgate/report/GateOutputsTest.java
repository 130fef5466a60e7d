package io.github.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Severity;
import io.github.mlgate.lifecycle.GateRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GateOutputsTest {

    private static final RunInfo RUN = new RunInfo("1", Instant.parse("2026-11-26T10:00:00Z"), "0.1.0-TEST");

    private static final Finding MISSING = new Finding(
            "missing-section",
            Severity.ERROR,
            "Required section 'problem' is missing.",
            new Location("src/ml/scope.yaml", 1, 1));
    private static final Finding UNKNOWN = new Finding(
            "unknown-key",
            Severity.WARNING,
            "Unknown key 'a|b' at the top level; <script>alert(1)</script>",
            new Location("src/ml/scope.yaml", 9, 1));

    @TempDir
    Path dir;

    @Test
    void reportJsonHoldsTheGateStatusChecksAndFindings() throws IOException {
        new GateOutputs(dir, RUN, GateRegistry::sectionsOf).write(failedScope(GatePolicy.DEFAULT), null);

        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(report.at("/tool/version").asText()).isEqualTo("0.1.0-TEST");
        assertThat(report.at("/run/startedAt").asText()).isEqualTo("2026-11-26T10:00:00Z");
        assertThat(report.path("status").asText()).isEqualTo("FAILED");
        JsonNode gate = report.path("gates").get(0);
        assertThat(gate.path("name").asText()).isEqualTo("scope");
        assertThat(gate.path("status").asText()).isEqualTo("FAILED");
        assertThat(gate.path("subject").asText()).isEqualTo("src/ml/scope.yaml");
        assertThat(gate.at("/counts/errors").asInt()).isEqualTo(1);
        assertThat(gate.at("/counts/warnings").asInt()).isEqualTo(1);
        assertThat(gate.path("checks"))
                .extracting(c -> c.path("status").asText())
                .containsExactly("FAILED", "PASSED", "SKIPPED");
        JsonNode finding = gate.path("findings").get(0);
        assertThat(finding.path("code").asText()).isEqualTo("missing-section");
        assertThat(finding.path("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.path("check").asText()).isEqualTo("required-sections");
        assertThat(finding.at("/location/file").asText()).isEqualTo("src/ml/scope.yaml");
        assertThat(finding.at("/location/line").asInt()).isEqualTo(1);
        assertThat(finding.at("/location/column").asInt()).isEqualTo(1);
    }

    @Test
    void gatesOfOneRunShareTheReportAndALaterRunStartsAfresh() throws IOException {
        new GateOutputs(dir, RUN, GateRegistry::sectionsOf).write(failedScope(GatePolicy.DEFAULT), null);
        new GateOutputs(dir, RUN, GateRegistry::sectionsOf)
                .write(GateResult.skipped("data", "skipped by mlgate.skip"), null);
        new GateOutputs(dir, RUN, GateRegistry::sectionsOf).write(passedScope(), null);

        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(report.path("gates"))
                .extracting(g -> g.path("name").asText())
                .containsExactly("scope", "data");
        assertThat(report.path("status").asText()).isEqualTo("PASSED");

        RunInfo next = new RunInfo("2", Instant.parse("2026-11-26T11:00:00Z"), "0.1.0-TEST");
        new GateOutputs(dir, next, GateRegistry::sectionsOf)
                .write(GateResult.skipped("data", "skipped by mlgate.skip"), null);

        report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(report.path("gates"))
                .extracting(g -> g.path("name").asText())
                .containsExactly("data");
        assertThat(report.path("status").asText()).isEqualTo("SKIPPED");
    }

    @Test
    void aCorruptReportFromAnInterruptedBuildIsReplaced() throws IOException {
        Files.writeString(dir.resolve("report.json"), "{\"gates\": [");

        new GateOutputs(dir, RUN, GateRegistry::sectionsOf).write(passedScope(), null);

        assertThat(new ObjectMapper()
                        .readTree(dir.resolve("report.json").toFile())
                        .path("status")
                        .asText())
                .isEqualTo("PASSED");
    }

    @Test
    void junitXmlHasOneCasePerCheckWithFailuresAndSkips() throws Exception {
        new GateOutputs(dir, RUN, GateRegistry::sectionsOf).write(failedScope(GatePolicy.DEFAULT), null);

        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(dir.resolve("junit/TEST-mlgate-scope.xml").toFile());
        Element suite = xml.getDocumentElement();
        assertThat(suite.getAttribute("name")).isEqualTo("mlgate.scope");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        NodeList cases = suite.getElementsByTagName("testcase");
        Element failed = (Element) cases.item(0);
        assertThat(failed.getAttribute("name")).isEqualTo("required-sections");
        Element failure = (Element) failed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("missing-section");
        assertThat(failure.getTextContent())
                .contains("ERROR missing-section: Required section 'problem' is missing. (src/ml/scope.yaml:1:1)");
        Element warned = (Element) cases.item(1);
        assertThat(warned.getElementsByTagName("failure").getLength()).isZero();
        assertThat(warned.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("<script>alert(1)</script>");
        assertThat(((Element) cases.item(2)).getElementsByTagName("skipped").getLength())
                .isEqualTo(1);
    }

    @Test
    void warningsAreFailuresUnderFailOnWarning() throws Exception {
        new GateOutputs(dir, RUN, GateRegistry::sectionsOf).write(failedScope(new GatePolicy(true)), null);

        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(dir.resolve("junit/TEST-mlgate-scope.xml").toFile());
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    }

    @Test
    void summaryIsAMarkdownTableWithUserTextEscaped() throws IOException {
        new GateOutputs(dir, RUN, GateRegistry::sectionsOf).write(failedScope(GatePolicy.DEFAULT), null);

        String summary = Files.readString(dir.resolve("summary.md"));
        assertThat(summary)
                .startsWith("## mlgate: FAILED\n\n| Gate | Status | Errors | Warnings | Checked |\n")
                .contains("| scope | FAILED | 1 | 1 | src/ml/scope.yaml |")
                .contains(
                        "| ERROR | missing-section | Required section 'problem' is missing. | src/ml/scope.yaml:1:1 |")
                .contains("Unknown key 'a\\|b' at the top level; &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void aGateStartedAndNotFinishedLeavesAFailureNotTheLastRunsPass() throws Exception {
        new GateOutputs(dir, RUN, GateRegistry::sectionsOf).write(passedScope(), null);
        RunInfo next = new RunInfo("2", Instant.parse("2026-11-26T11:00:00Z"), "0.1.0-TEST");

        // What the goal writes before the gate runs: a build killed now leaves this.
        new GateOutputs(dir, next, GateRegistry::sectionsOf).write(GateResult.started("scope"), null);

        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(report.path("status").asText()).isEqualTo("FAILED");
        assertThat(report.at("/gates/0/findings/0/code").asText()).isEqualTo("gate-error");
        assertThat(report.at("/gates/0/findings/0/message").asText())
                .isEqualTo("The scope gate started and did not finish: the build is still running it, or was stopped"
                        + " before it ended. Its verdict is unknown, so it fails.");
        Document junit = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(dir.resolve("junit/TEST-mlgate-scope.xml").toFile());
        assertThat(junit.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("| scope | FAILED |");
    }

    @Test
    void cellsHoldingCharactersXmlForbidsLeaveEveryXmlOutputWellFormed() throws Exception {
        String hostile = "a\u0000b\ufffec\uffffd\udbff\udffee\u202ef";
        GateResult result = GateResult.of(
                "data",
                "src/ml/datapackage.yaml\u0000",
                List.of(CheckResult.ran(
                        "resource r\uffff",
                        "rows hold",
                        List.of(new Finding(
                                "constraint-error",
                                Severity.ERROR,
                                "'" + hostile + "' is not one of the enum values.",
                                new Location("data/x\ufffe.csv", 2, 1))))),
                GatePolicy.DEFAULT);
        new GateOutputs(dir, RUN, GateRegistry::sectionsOf).write(result, null);

        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(dir.resolve("junit/TEST-mlgate-data.xml").toFile());
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("'a\ufffdb\ufffdc\ufffdd\ufffde\u202ef' is not one of the enum values.");
        // The body is the console's line: control characters and bidirectional overrides escaped.
        assertThat(failure.getTextContent()).contains("a\\u0000b").contains("e\\u202ef");
    }

    @Test
    void summaryEscapesWhatMarkdownWouldTurnIntoCodeOrEmphasis() throws IOException {
        GateResult result = GateResult.of(
                "data",
                "src/ml/datapackage.yaml",
                List.of(CheckResult.ran(
                        "r",
                        "rows hold",
                        List.of(new Finding(
                                "constraint-error",
                                Severity.ERROR,
                                "'`rm -rf`' and *bold* and _em_ and back\\slash",
                                new Location("data/x.csv", 2, 1))))),
                GatePolicy.DEFAULT);
        new GateOutputs(dir, RUN, GateRegistry::sectionsOf).write(result, null);

        assertThat(Files.readString(dir.resolve("summary.md")))
                .contains("'\\`rm -rf\\`' and \\*bold\\* and \\_em\\_ and back\\\\slash");
    }

    @Test
    void appendsTheGateSectionToTheGithubStepSummary() throws IOException {
        Path stepSummary = dir.resolve("step-summary.md");
        Files.writeString(stepSummary, "earlier step\n");

        new GateOutputs(dir, RUN, GateRegistry::sectionsOf).write(failedScope(GatePolicy.DEFAULT), stepSummary);

        assertThat(Files.readString(stepSummary))
                .startsWith("earlier step\n## mlgate:scope: FAILED\n\n| Severity | Code | Message | Location |");
    }

    private static GateResult failedScope(GatePolicy policy) {
        return GateResult.of(
                "scope",
                "src/ml/scope.yaml",
                List.of(
                        CheckResult.ran("required-sections", "sections present", List.of(MISSING)),
                        CheckResult.ran("unknown-keys", "keys known", List.of(UNKNOWN)),
                        CheckResult.skipped("model-criteria", "criteria bounded", "not reached")),
                policy);
    }

    private static GateResult passedScope() {
        return GateResult.of(
                "scope",
                "src/ml/scope.yaml",
                List.of(CheckResult.ran("required-sections", "sections present", List.of())),
                GatePolicy.DEFAULT);
    }

    /** A check that failed only on findings it counted but did not list still reads as a failure everywhere. */
    @Test
    void aCheckFailingOnUnlistedFindingsIsAFailureInEveryOutput() throws Exception {
        GateResult result = GateResult.of(
                "data",
                "src/ml/datapackage.yaml",
                List.of(io.github.mlgate.gate.CheckResult.ran("resource customers", "rows hold", List.of())
                        .withUnlisted(io.github.mlgate.gate.Severity.ERROR, 400)),
                GatePolicy.DEFAULT);

        new GateOutputs(dir, RUN, GateRegistry::sectionsOf).write(result, null);

        assertThat(result.status()).isEqualTo(io.github.mlgate.gate.GateStatus.FAILED);
        assertThat(Files.readString(dir.resolve("junit/TEST-mlgate-data.xml")))
                .contains("<failure message=\"400 more, counted but not listed one by one (the counts are in the"
                        + " report)\" type=\"unlisted\">");
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"unlisted\" : {\n        \"errors\" : 400");
        assertThat(ConsoleReport.verdict(result))
                .isEqualTo(
                        "[mlgate:data] FAILED: 400 errors (0 listed), 0 warnings in src/ml/datapackage.yaml (1 check)");
    }
}
