package io.github.mlgate.scope;

import static io.github.mlgate.gate.TestFindings.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.document.DocumentTemplate;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScopeGateTest {

    /** The example project's scope document: complete, and kept passing by this test. */
    static final Path EXAMPLE = Path.of("docs/example/src/ml/scope.yaml");

    @TempDir
    Path project;

    @Test
    void theExampleDocumentPassesEveryCheck() throws IOException {
        GateResult result = run(Files.readString(EXAMPLE));

        assertThat(result.findings()).isEmpty();
        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(result.subject()).isEqualTo("src/ml/scope.yaml");
        assertThat(result.checks())
                .extracting(CheckResult::name)
                .containsExactly(
                        "document",
                        "required-sections",
                        "value-types",
                        "placeholders",
                        "model-criteria",
                        "risk-mitigations",
                        "baseline-comparisons",
                        "unknown-keys");
    }

    @Test
    void aMissingDocumentFailsAndSkipsTheOtherChecks() {
        GateResult result = new ScopeGate().run(new ScopeRequest(project, null, GatePolicy.DEFAULT));

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.findings())
                .containsExactly(new Finding(
                        "file-missing",
                        Severity.ERROR,
                        "No scope document found: looked for src/ml/scope.yaml, src/ml/scope.yml, src/ml/scope.json."
                                + " Run 'mvn mlgate:init' to write a commented template, then answer its questions.",
                        Location.ofFile("src/ml/scope.yaml")));
        assertThat(result.checks().stream().skip(1))
                .allSatisfy(check -> assertThat(check.ran()).isFalse());
    }

    @Test
    void aConfiguredDocumentThatDoesNotExistIsNamed() {
        GateResult result =
                new ScopeGate().run(new ScopeRequest(project, Path.of("ml/custom.yaml"), GatePolicy.DEFAULT));

        assertThat(result.findings())
                .extracting(Finding::message)
                .containsExactly(
                        "The scope document ml/custom.yaml does not exist (set by scopeFile / mlgate.scopeFile).");
    }

    @Test
    void findsTheYmlAndJsonSpellings() throws IOException {
        Path json = project.resolve("src/ml/scope.json");
        Files.createDirectories(json.getParent());
        Files.writeString(json, "{\"name\": \"x\"}");

        GateResult result = new ScopeGate().run(new ScopeRequest(project, null, GatePolicy.DEFAULT));

        assertThat(result.subject()).isEqualTo("src/ml/scope.json");
        assertThat(codes(result)).contains("missing-section");
    }

    @Test
    void everyMissingSectionIsReportedWithItsQuestion() throws IOException {
        GateResult result = run(without(Files.readString(EXAMPLE), "whyMachineLearning", "baselines"));

        assertThat(messages(result, "missing-section"))
                .containsExactly(
                        "Required section 'whyMachineLearning' is missing. It answers: Why machine learning, rather"
                                + " than rules, heuristics or a manual process?",
                        "Required section 'baselines' is missing. It answers: What must the model beat to be worth"
                                + " deploying?");
        assertThat(result.findings().get(0).location()).isEqualTo(new Location("src/ml/scope.yaml", 2, 1));
    }

    @Test
    void missingNestedKeysNameTheirParent() throws IOException {
        GateResult result = run(Files.readString(EXAMPLE).replace("  business: Cut monthly churn", "  businesss: Cut"));

        assertThat(messages(result, "missing-key"))
                .containsExactly("'objectives' is missing the required key 'business'. It answers: What does the"
                        + " client or the business want to achieve?");
        assertThat(messages(result, "unknown-key"))
                .containsExactly(
                        "Unknown key 'businesss' in 'objectives'; did you mean 'business'? An unknown key checks"
                                + " nothing, so it is an error.");
    }

    @Test
    void emptySectionsAndValuesAreErrors() throws IOException {
        String text = Files.readString(EXAMPLE)
                .replaceFirst("(?s)problem: >-.*?\\n\\n", "problem: \"  \"\n\n")
                .replace("inputs:\n", "inputs: []\nunused:\n");

        GateResult result = run(text);

        assertThat(messages(result, "empty-section"))
                .containsExactly(
                        "Section 'problem' is empty. It answers: What problem does the model solve, and for whom?",
                        "Section 'inputs' is empty. It answers: What does the model consume at prediction time?");
    }

    @Test
    void placeholderAnswersFailWhereverTheyAre() throws IOException {
        String text = Files.readString(EXAMPLE)
                        .replace("name: Subscriber churn early warning", "name: TODO")
                        .replace("owner: Head of retention", "owner: tbd")
                        .replace("target: at most 2000", "target: " + "lorem ipsum dolor sit amet ".repeat(4))
                        .replace(
                                "kind: heuristic", "kind: \"<heuristic, model, human, previous-release or published>\"")
                + "canvas:\n  decisions: ???\n";

        GateResult result = run(text);

        assertThat(messages(result, "placeholder"))
                .containsExactly(
                        "Section 'name' holds a placeholder ('TODO'), not an answer.",
                        "'successCriteria.project[0].owner' holds a placeholder ('tbd'), not an answer.",
                        "'successCriteria.project[1].target' holds a placeholder ('lorem ipsum'), not an answer.",
                        "'baselines[0].kind' holds a placeholder ('<heuristic, model, human, previous-release or"
                                + " published>'), not an answer.",
                        "'canvas.decisions' holds a placeholder ('???'), not an answer.");
        assertThat(codes(result)).doesNotContain("invalid-value");
        assertThat(result.findings().get(0).location()).isEqualTo(new Location("src/ml/scope.yaml", 2, 7));
    }

    @Test
    void wordsThatMerelyContainAMarkerAreAnswers() throws IOException {
        String text = Files.readString(EXAMPLE).replace("Retention analytics team", "Photodocumentation and TODOS");

        assertThat(run(text).findings()).isEmpty();
    }

    @Test
    void choicesMustBeAllowedValues() throws IOException {
        String text = Files.readString(EXAMPLE)
                .replaceFirst("likelihood: medium", "likelihood: High")
                .replace("kind: previous-release", "kind: legacy");

        GateResult result = run(text);

        assertThat(messages(result, "invalid-value"))
                .containsExactly(
                        "'risks[0].likelihood' is 'High'; allowed values are low, medium, high. Did you mean 'high'?",
                        "'baselines[1].kind' is 'legacy'; allowed values are heuristic, model, human,"
                                + " previous-release, published.");
    }

    @Test
    void valuesMustHaveTheirKeysType() throws IOException {
        String text = Files.readString(EXAMPLE)
                .replace("min: 0.80", "min: \"0.80\"")
                .replaceFirst("(?s)outputs:\n.*?\n\n", "outputs: churn score\n\n");

        GateResult result = run(text);

        assertThat(messages(result, "invalid-type"))
                .containsExactly(
                        "Section 'outputs' must be a list, not text ('churn score').",
                        "'successCriteria.model[0].min' must be a number, not text ('0.80').");
    }

    @Test
    void modelCriteriaNeedABoundAndOrderedBounds() throws IOException {
        String text = Files.readString(EXAMPLE)
                .replace("    - metric: roc_auc\n      min: 0.80\n", "    - metric: roc_auc\n")
                .replace("      max: 50\n", "      min: 200\n      max: 50\n");

        GateResult result = run(text);

        assertThat(result.findings())
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "missing-bound",
                                "Model criterion 'successCriteria.model[0]' (metric 'roc_auc') sets none of 'min', 'max' or"
                                        + " 'maxGap'; a criterion needs a bound to be checked."),
                        org.assertj.core.groups.Tuple.tuple(
                                "inverted-bounds",
                                "Model criterion 'successCriteria.model[5]' (metric 'latency_p95_ms') has min 200 above"
                                        + " max 50; no value can meet it."));
    }

    @Test
    void aGapCriterionBoundsTheSpreadBetweenSlicesOfAColumn() throws IOException {
        // The example's criterion 4 is "recall, slices: plan, maxGap: 0.15".
        String text = Files.readString(EXAMPLE);
        String noColumn = text.replace("      slices: plan\n", "");
        String negative = text.replace("maxGap: 0.15", "maxGap: -0.1");

        assertThat(run(text).findings()).isEmpty();
        assertThat(messages(run(noColumn), "missing-slices"))
                .containsExactly("Model criterion 'successCriteria.model[4]' (metric 'recall') sets 'maxGap' but not"
                        + " 'slices', the slice column whose values it compares.");
        assertThat(messages(run(negative), "invalid-value"))
                .containsExactly("Model criterion 'successCriteria.model[4]' (metric 'recall') has a negative maxGap"
                        + " (-0.1); a gap is never below 0.");
    }

    @Test
    void aMetricNameCloseToOneMlgateMeasuresIsAWarningAtScopeTime() throws IOException {
        // The example's criterion 1 is "recall, min: 0.6" and its first comparison compares recall.
        String text = Files.readString(EXAMPLE)
                .replaceFirst("    - metric: recall\n", "    - metric: recal\n")
                .replaceFirst("    metric: accuracy\n", "    metric: Accuracy\n")
                .replaceFirst("    - metric: recall\n", "    - metric: ndcg_at_10\n");

        GateResult result = run(text);

        assertThat(result.status()).isEqualTo(io.github.mlgate.gate.GateStatus.PASSED);
        assertThat(messages(result, "unknown-metric"))
                .as("a name close to none (ndcg_at_10) is a metric of the project's own: no warning")
                .containsExactly(
                        "'successCriteria.model[1].metric' is 'recal', which mlgate does not measure; did you mean"
                                + " 'recall'? A metric of the project's own is judged only when the metrics file"
                                + " gives it.",
                        "'comparisons[1].metric' is 'Accuracy', which mlgate does not measure; did you mean"
                                + " 'accuracy'? A metric of the project's own is judged only when the metrics file"
                                + " gives it.");
    }

    @Test
    void comparisonsNameBaselinesThatExistAndBaselinesOneEvidenceSource() throws IOException {
        // The example without its comparisons and its baselines' evidence, then with faulty ones.
        String text = without(Files.readString(EXAMPLE), "comparisons")
                        .replaceAll("    (predictions|metrics): ml/baseline-.*\n", "")
                        .replace(
                                "    kind: heuristic\n",
                                "    kind: heuristic\n    metrics: ml/rule.json\n    artifact: com.example:churn\n")
                        .replace(
                                "    kind: previous-release\n",
                                "    kind: previous-release\n    artifact: com.example\n")
                + "comparisons:\n"
                + "  - baseline: inactivity-rul\n    metric: recall\n    maxRegression: -0.1\n"
                + "  - baseline: logistic-regression-2025\n    metric: roc_auc\n    significance: 5\n";

        GateResult result = run(text);

        assertThat(result.findings())
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "ambiguous-evidence",
                                "Baseline 'baselines[0]' names metrics and artifact; give one evidence source."),
                        org.assertj.core.groups.Tuple.tuple(
                                "invalid-value",
                                "'baselines[1].artifact' is 'com.example'; write groupId:artifactId or"
                                        + " groupId:artifactId:versionRange."),
                        org.assertj.core.groups.Tuple.tuple(
                                "unknown-baseline",
                                "'comparisons[0].baseline' names the baseline 'inactivity-rul', which baselines does"
                                        + " not list; did you mean 'inactivity-rule'?"),
                        org.assertj.core.groups.Tuple.tuple(
                                "invalid-value", "'comparisons[0].maxRegression' is -0.1; it must be 0 or more."),
                        org.assertj.core.groups.Tuple.tuple(
                                "invalid-value",
                                "'comparisons[1].significance' is 5; a significance level lies between 0 and 1, for"
                                        + " example 0.05."));
    }

    @Test
    void aRiskHighInBothNeedsAMitigation() throws IOException {
        String text = Files.readString(EXAMPLE)
                .replace(
                        "    mitigation: The scoring job refuses to run on usage data older than 48 hours and alerts the"
                                + " data team.\n",
                        "");

        GateResult result = run(text);

        assertThat(messages(result, "unmitigated-risk"))
                .containsExactly("Risk 'risks[1]' ('Usage data arrives late and the weekly list is built on stale"
                        + " features.') is high in likelihood and impact but has no 'mitigation'.");
    }

    @Test
    void unknownKeysAreErrorsSinceAMisspeltKeyChecksNothing() throws IOException {
        String text = Files.readString(EXAMPLE) + "probelm: typo\nbudget: 10k\n";

        GateResult result = run(text);

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.findings())
                .extracting(Finding::severity, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Severity.ERROR,
                                "Unknown key 'probelm' at the top level; did you mean 'problem'? An unknown key checks"
                                        + " nothing, so it is an error."),
                        org.assertj.core.groups.Tuple.tuple(
                                Severity.ERROR,
                                "Unknown key 'budget' at the top level; the keys known there are name, problem,"
                                        + " whyMachineLearning, inputs, outputs, objectives, successCriteria, risks,"
                                        + " costs, baselines, comparisons, owner, canvas, data, evaluation. An unknown"
                                        + " key checks nothing, so it is an error."));
    }

    @Test
    void aMisspeltConfidenceIsAnErrorNotACriterionJudgedOnItsPointValue() throws IOException {
        String text = Files.readString(EXAMPLE)
                .replace(
                        "    - metric: roc_auc\n      min: 0.80\n",
                        "    - metric: roc_auc\n      min: 0.80\n      confidance: 0.95\n");

        assertThat(messages(run(text), "unknown-key"))
                .containsExactly("Unknown key 'confidance' in 'successCriteria.model[0]'; did you mean 'confidence'? An"
                        + " unknown key checks nothing, so it is an error.");
    }

    @Test
    void emptyOptionalKeysAreWarningsThatFailOnlyUnderFailOnWarning() throws IOException {
        String text = Files.readString(EXAMPLE).replace("owner: Retention analytics team", "owner: ''");

        GateResult lenient = run(text);
        GateResult strict = new ScopeGate().run(new ScopeRequest(project, null, new GatePolicy(true)));

        assertThat(lenient.status()).isEqualTo(GateStatus.PASSED);
        assertThat(lenient.findings())
                .extracting(Finding::severity, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "empty-section"));
        assertThat(strict.status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void freeFormSectionsAcceptAnyKeys() throws IOException {
        String text = Files.readString(EXAMPLE)
                + "canvas:\n  valueProposition: Fewer cancellations\n  decisions: [call, email]\n";

        assertThat(run(text).findings()).isEmpty();
    }

    @Test
    void duplicateKeysAreErrors() throws IOException {
        GateResult result = run(Files.readString(EXAMPLE) + "name: Again\n");

        assertThat(messages(result, "duplicate-key"))
                .containsExactly("Key 'name' appears twice; the first is at line 2. Keep one.");
    }

    @Test
    void malformedYamlFailsWithItsLineAndSkipsTheOtherChecks() throws IOException {
        GateResult result = run("name: demo\nproblem: [a, b\nowner: x\n");

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        Finding finding = result.findings().get(0);
        assertThat(finding.code()).isEqualTo("parse-error");
        assertThat(finding.location().line()).isEqualTo(3);
        assertThat(result.checks()).filteredOn(CheckResult::ran).hasSize(1);
    }

    @Test
    void aDocumentThatIsNotAMappingFails() throws IOException {
        GateResult result = run("- name\n- problem\n");

        assertThat(messages(result, "not-a-mapping"))
                .containsExactly("The scope document must be a mapping of sections (name, problem, ...), not a list.");
    }

    @Test
    void theUntouchedTemplateFails() throws IOException {
        GateResult result = run(DocumentTemplate.SCOPE.text());

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(codes(result)).containsOnly("placeholder");
        assertThat(messages(result, "placeholder")).hasSizeGreaterThan(20);
    }

    @Test
    void theTemplateAnsweredPasses() throws IOException {
        String answered = DocumentTemplate.SCOPE
                .text()
                .replaceAll("\"<low, medium or high>\"", "medium")
                .replaceAll("\"<heuristic, model, human, previous-release or published>\"", "heuristic")
                .replaceAll("\"<the lowest acceptable value[^\"]*>\"", "0.8")
                .replaceAll("\"<[^\"]*>\"", "\"An answer\"");

        assertThat(run(answered).findings()).isEmpty();
    }

    private GateResult run(String text) throws IOException {
        return runOn(project, text);
    }

    /** Writes the text as the project's src/ml/scope.yaml and runs the gate on it. */
    static GateResult runOn(Path project, String text) throws IOException {
        Path file = project.resolve("src/ml/scope.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return new ScopeGate().run(new ScopeRequest(project, null, GatePolicy.DEFAULT));
    }

    /** The text without the given top-level sections. */
    static String without(String text, String... sections) {
        String result = text;
        for (String section : sections) {
            result = result.replaceFirst("(?ms)^" + section + ":.*?(?=^\\S|\\z)", "");
        }
        return result;
    }

    private static List<String> codes(GateResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }
}
