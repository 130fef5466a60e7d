package io.github.mlgate.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.report.GateResultJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example project, copied, run through every gate. */
class LifecycleCheckTest {

    @TempDir
    Path project;

    private Path output;

    @BeforeEach
    void copyTheExample() throws IOException {
        ExampleProject.copyTo(project);
        output = project.resolve("target/mlgate");
    }

    @Test
    void everyGateRunsInLifecycleOrderAndPasses() throws IOException {
        List<GateRun> runs = new LifecycleCheck().run(request(List.of(), true, Map.of()));

        assertThat(runs)
                .extracting(run -> run.result().gate())
                .containsExactly("scope", "data", "evaluate", "baseline", "deploy");
        assertThat(runs).extracting(run -> run.result().status()).containsOnly(GateStatus.PASSED);
        assertThat(runs).noneMatch(GateRun::reused);
        assertThat(output.resolve("results/data.json")).exists();
    }

    @Test
    void unchangedInputsReuseTheStoredResultsAndAChangedFileRecomputesItsGates() throws IOException {
        List<GateRun> first = new LifecycleCheck().run(request(List.of(), true, Map.of()));

        List<GateRun> second = new LifecycleCheck().run(request(List.of(), true, Map.of()));
        // The deploy gate's timings too: measured once, they serve every later run while its inputs are unchanged.
        assertThat(second).extracting(GateRun::reused).containsExactly(true, true, true, true, true);
        for (int i = 0; i < 5; i++) {
            // Compared as text: numbers read back may take another node type with the same value.
            assertThat(GateResultJson.toJson(second.get(i).result()).toString())
                    .isEqualTo(GateResultJson.toJson(first.get(i).result()).toString());
        }

        Path predictions = project.resolve("ml/predictions.csv");
        Files.writeString(predictions, Files.readString(predictions).replaceFirst("(\n\\d+),1,", "$1,0,"));
        List<GateRun> third = new LifecycleCheck().run(request(List.of(), true, Map.of()));
        assertThat(third).extracting(GateRun::reused).containsExactly(true, true, false, false, false);
    }

    @Test
    void forceRecomputesAndAChangedSettingIsNotReused() throws IOException {
        new LifecycleCheck().run(request(List.of(), true, Map.of()));

        assertThat(new LifecycleCheck().run(request(List.of(), false, Map.of())))
                .noneMatch(GateRun::reused);
        List<GateRun> otherPolicy = new LifecycleCheck().run(request(List.of(), true, Map.of(), true));
        assertThat(otherPolicy).noneMatch(GateRun::reused);
    }

    @Test
    void aDeletedOutputIsRecomputed() throws IOException {
        new LifecycleCheck().run(request(List.of(), true, Map.of()));
        Files.delete(output.resolve("metrics.json"));

        List<GateRun> again = new LifecycleCheck().run(request(List.of(), true, Map.of()));

        assertThat(again).extracting(GateRun::reused).containsExactly(true, true, false, true, true);
        assertThat(output.resolve("metrics.json")).exists();
    }

    @Test
    void absentInputsAreSkippedWithTheReasonButTheScopeIsAlwaysJudged() throws IOException {
        Files.delete(project.resolve("src/ml/datapackage.yaml"));
        Files.delete(project.resolve("ml/predictions.csv"));
        Files.delete(project.resolve("src/ml/scope.yaml"));

        List<GateRun> runs = new LifecycleCheck().run(request(List.of(), true, Map.of()));

        assertThat(runs.get(0).result().status()).isEqualTo(GateStatus.FAILED);
        assertThat(runs.subList(1, 4))
                .extracting(run -> run.result().skippedReason())
                .containsExactly(
                        "no data package: looked for src/ml/datapackage.yaml, src/ml/datapackage.yml,"
                                + " src/ml/datapackage.json",
                        "no evaluation evidence: neither ml/predictions.csv nor target/ml/metrics.json exists",
                        "no evaluation evidence: neither ml/predictions.csv nor target/ml/metrics.json exists");
    }

    @Test
    void aNamedGateRunsEvenWithoutItsInputAndTheOthersAreSkipped() throws IOException {
        Files.delete(project.resolve("ml/predictions.csv"));

        List<GateRun> runs = new LifecycleCheck().run(request(List.of("evaluate"), true, Map.of()));

        assertThat(runs)
                .extracting(run -> run.result().status())
                .containsExactly(
                        GateStatus.SKIPPED,
                        GateStatus.SKIPPED,
                        GateStatus.FAILED,
                        GateStatus.SKIPPED,
                        GateStatus.SKIPPED);
        assertThat(runs.get(0).result().skippedReason()).isEqualTo("not among mlgate.gates [evaluate]");
    }

    @Test
    void aSwitchedOffGateIsSkippedWithItsSwitch() throws IOException {
        List<GateRun> runs =
                new LifecycleCheck().run(request(List.of(), true, Map.of("data", "skipped by mlgate.data.skip")));

        assertThat(runs.get(1).result().skippedReason()).isEqualTo("skipped by mlgate.data.skip");
    }

    @Test
    void anUnknownGateIsRefused() {
        assertThatThrownBy(() -> new LifecycleCheck().run(request(List.of("evaluation"), true, Map.of())))
                .hasMessage("'evaluation' is not a gate; the gates are scope, data, evaluate, baseline, deploy.");
    }

    @Test
    void aStoredResultReadsBackAsTheSameResult() throws IOException {
        GateResult data = new LifecycleCheck()
                .run(request(List.of(), true, Map.of()))
                .get(1)
                .result();

        GateResult back = GateResultJson.fromJson(GateResultJson.toJson(data), GateRegistry.sectionsOf("data"));

        assertThat(back.checks()).isEqualTo(data.checks());
        assertThat(back.status()).isEqualTo(data.status());
        assertThat(back.subject()).isEqualTo(data.subject());
        assertThat(back.sections().keySet()).containsExactly("data", "splits");
    }

    private CheckRequest request(List<String> selected, boolean reuse, Map<String, String> off) {
        return request(selected, reuse, off, false);
    }

    private CheckRequest request(List<String> selected, boolean reuse, Map<String, String> off, boolean strict) {
        return ExampleProject.request(project, selected, reuse, off, strict);
    }
}
