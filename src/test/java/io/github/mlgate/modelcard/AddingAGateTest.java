package io.github.mlgate.modelcard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Services;
import io.github.mlgate.lifecycle.CheckRequest;
import io.github.mlgate.lifecycle.GateRegistry;
import io.github.mlgate.lifecycle.GateRequests;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.lifecycle.LifecycleCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/development.md: a gate added as one class of its own package plus its place in the
 * registry runs in lifecycle order, is skipped when its input is absent, fails with its finding, and has its result
 * stored and reused, with nothing else touched.
 */
class AddingAGateTest {

    @TempDir
    Path project;

    /** Where the toy gate runs: after every registered gate. */
    private static final int CARD = GateRegistry.GATES.size();

    private List<Gate<?>> gates;

    @BeforeEach
    void registerTheToyGateAfterTheRegisteredOnes() throws Exception {
        gates = new ArrayList<>(GateRegistry.GATES);
        gates.add(new ModelCardGate());
        Files.createDirectories(project.resolve("src/ml"));
    }

    @Test
    void anAbsentModelCardSkipsTheGate() throws Exception {
        GateResult card = run(true).get(CARD).result();

        assertThat(card.gate()).isEqualTo("model-card");
        assertThat(card.status()).isEqualTo(GateStatus.SKIPPED);
        assertThat(card.skippedReason()).isEqualTo("no MODEL_CARD.md");
    }

    @Test
    void aCardWithoutItsIntendedUseFailsWithTheFinding() throws Exception {
        Files.writeString(project.resolve("MODEL_CARD.md"), "# Churn model\n");

        GateResult card = run(true).get(CARD).result();

        assertThat(card.status()).isEqualTo(GateStatus.FAILED);
        assertThat(card.findings()).extracting(Finding::code).containsExactly("missing-section");
        assertThat(card.findings().get(0).message())
                .isEqualTo("The model card has no '## Intended use' section: say what the model is for, and what not.");
    }

    @Test
    void anUnchangedCardReusesTheStoredResultAndAChangedOneIsJudgedAgain() throws Exception {
        Files.writeString(project.resolve("MODEL_CARD.md"), "# Churn model\n## Intended use\nWeekly calls.\n");

        assertThat(run(true).get(CARD).reused()).isFalse();
        GateRun again = run(true).get(CARD);
        assertThat(again.reused()).isTrue();
        assertThat(again.result().status()).isEqualTo(GateStatus.PASSED);

        Files.writeString(project.resolve("MODEL_CARD.md"), "# Churn model\n");
        GateRun changed = run(true).get(CARD);
        assertThat(changed.reused()).isFalse();
        assertThat(changed.result().status()).isEqualTo(GateStatus.FAILED);
    }

    private List<GateRun> run(boolean reuse) throws Exception {
        GateSettings settings = GateSettings.builder(project).build();
        GateRequests requests = GateRequests.of(gates, settings, Services.none());
        return new LifecycleCheck(gates)
                .run(new CheckRequest(settings.outputDirectory(), "test", List.of(), reuse, requests, Map.of()));
    }
}
