package io.github.mlgate.deployment.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mlgate.deployment.ModelException;
import io.github.mlgate.deployment.ModelPort;
import io.github.mlgate.deployment.ServedModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The models of src/test/python/onnx_models.py, run in ONNX Runtime; expected scores worked out by hand. */
class OnnxRuntimeModelsTest {

    static final Path MODELS = Path.of("src/test/resources/io/github/mlgate/deployment/models");

    @Test
    void the_logistic_model_shows_its_signature_and_scores_as_its_weights_say() throws ModelException {
        try (ServedModel model = new OnnxRuntimeModels().load(MODELS.resolve("churn-logistic.onnx"))) {
            assertThat(model.inputs())
                    .extracting(ModelPort::name, ModelPort::describe)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("usage_last_30d", "tensor(float)[N, 1]"),
                            org.assertj.core.groups.Tuple.tuple("support_contacts_90d", "tensor(float)[N, 1]"),
                            org.assertj.core.groups.Tuple.tuple("tenure_months", "tensor(float)[N, 1]"),
                            org.assertj.core.groups.Tuple.tuple("plan", "tensor(string)[N, 1]"));
            assertThat(model.outputs()).extracting(ModelPort::name).containsExactly("churn_score", "churn_flag");
            Map<String, double[][]> out = model.run(
                    Map.of(
                            "usage_last_30d", List.<Object[]>of(new Object[] {100.0, 400.0}),
                            "support_contacts_90d", List.<Object[]>of(new Object[] {2L, 0L}),
                            "tenure_months", List.<Object[]>of(new Object[] {10L, 40L}),
                            "plan", List.<Object[]>of(new Object[] {"basic", "family"})),
                    2);
            // sigmoid(-0.008 * usage + 0.45 * contacts - 0.03 * tenure + plan weight + 0.9)
            assertThat(out.get("churn_score")[0][0]).isCloseTo(sigmoid(-0.8 + 0.9 - 0.3 + 0.6 + 0.9), within(1e-6));
            assertThat(out.get("churn_score")[1][0]).isCloseTo(sigmoid(-3.2 - 1.2 - 0.4 + 0.9), within(1e-6));
            assertThat(out.get("churn_flag")[0][0]).isEqualTo(1.0);
            assertThat(out.get("churn_flag")[1][0]).isEqualTo(0.0);
        }
    }

    @Test
    void the_tree_ensemble_takes_one_feature_matrix() throws ModelException {
        try (ServedModel model = new OnnxRuntimeModels().load(MODELS.resolve("churn-trees.onnx"))) {
            assertThat(model.inputs()).singleElement().satisfies(input -> {
                assertThat(input.describe()).isEqualTo("tensor(float)[N, 3]");
                assertThat(input.columns()).isEqualTo(3);
            });
            Map<String, double[][]> out = model.run(
                    Map.of(
                            "features",
                            List.<Object[]>of(
                                    new Object[] {150.0, 500.0}, new Object[] {3L, 0L}, new Object[] {6L, 30L})),
                    2);
            // Row 1: usage 150 <= 200, contacts 3 > 2 -> 0.55; tenure 6 <= 12, usage <= 400 -> 0.25.
            // Row 2: usage 500 > 200, contacts 0 <= 2 -> 0.1; tenure 30 > 12, usage 500 > 400 -> 0.0.
            assertThat(out.get("churn_score")[0][0]).isCloseTo(0.8, within(1e-6));
            assertThat(out.get("churn_score")[1][0]).isCloseTo(0.1, within(1e-6));
        }
    }

    @Test
    void a_file_that_is_not_a_model_does_not_load() {
        assertThatThrownBy(() -> new OnnxRuntimeModels().load(MODELS.resolve("not-a-model.onnx")))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("Protobuf parsing failed");
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
