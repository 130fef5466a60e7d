package io.github.mlgate.modelcard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Services;
import io.github.mlgate.gate.Stage;
import io.github.mlgate.lifecycle.CheckRequest;
import io.github.mlgate.lifecycle.GateRequests;
import io.github.mlgate.lifecycle.LifecycleCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gate that cannot finish (it throws, or runs out of memory) fails with a {@code gate-error} finding saying why, and
 * leaves no stored result to reuse: its outputs never keep an earlier verdict.
 */
class UnfinishedGateTest {

    @TempDir
    Path project;

    /** The model-card gate, made to break as a gate with a bug, or out of memory, would. */
    private record Breaking(Throwable failure) implements Gate<ModelCardRequest> {
        private static final ModelCardGate CARD = new ModelCardGate();

        @Override
        public String name() {
            return CARD.name();
        }

        @Override
        public Stage stage() {
            return CARD.stage();
        }

        @Override
        public ModelCardRequest request(GateSettings settings, Services services) {
            return CARD.request(settings, services);
        }

        @Override
        public String absentInput(ModelCardRequest request) {
            return CARD.absentInput(request);
        }

        @Override
        public Optional<List<Path>> inputs(ModelCardRequest request) {
            return CARD.inputs(request);
        }

        @Override
        public GateResult run(ModelCardRequest request) {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        }
    }

    @Test
    void aGateThatThrowsFailsSayingWhyAndStoresNothing() throws Exception {
        GateResult result = run(new Breaking(new IllegalStateException("Reading in chunks failed")));

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.isUnfinished()).isTrue();
        assertThat(result.findings())
                .extracting(Finding::code, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "gate-error",
                        "The model-card gate could not finish: Reading in chunks failed. Its verdict is unknown, so"
                                + " it fails."));
        assertThat(project.resolve("target/mlgate/results/model-card.json")).doesNotExist();
    }

    @Test
    void aGateOutOfMemoryFailsSayingSo() throws Exception {
        GateResult result = run(new Breaking(new OutOfMemoryError("Java heap space")));

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.findings().get(0).message())
                .startsWith("The model-card gate could not finish: it ran out of memory (Java heap space)");
    }

    private GateResult run(Gate<ModelCardRequest> gate) throws Exception {
        Files.writeString(project.resolve("MODEL_CARD.md"), "# Churn model\n## Intended use\nWeekly calls.\n");
        List<Gate<?>> gates = List.of(gate);
        GateSettings settings = GateSettings.builder(project).build();
        GateRequests requests = GateRequests.of(gates, settings, Services.none());
        return new LifecycleCheck(gates)
                .run(new CheckRequest(settings.outputDirectory(), "test", List.of(), true, requests, Map.of()))
                .get(0)
                .result();
    }
}
