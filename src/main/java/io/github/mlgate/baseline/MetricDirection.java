package io.github.mlgate.baseline;

import java.util.Optional;
import java.util.Set;

/** Whether higher or lower values of a metric are better, for the metrics the plugin computes. */
public final class MetricDirection {

    private static final Set<String> LOWER_IS_BETTER = Set.of(
            "log_loss",
            "brier",
            "mae",
            "mse",
            "rmse",
            "mape",
            "median_ae",
            "max_error",
            "latency_p50_ms",
            "latency_p95_ms",
            "latency_p99_ms",
            "latency_mean_ms",
            "model_size_mb");

    private static final Set<String> HIGHER_IS_BETTER = Set.of(
            "accuracy",
            "balanced_accuracy",
            "precision",
            "recall",
            "f1",
            "specificity",
            "mcc",
            "roc_auc",
            "average_precision",
            "precision_macro",
            "precision_micro",
            "precision_weighted",
            "recall_macro",
            "recall_micro",
            "recall_weighted",
            "f1_macro",
            "f1_micro",
            "f1_weighted",
            "roc_auc_ovr",
            "r2",
            "explained_variance");

    private MetricDirection() {}

    /**
     * Whether higher values of a metric are better.
     *
     * @param metric the metric
     * @param declared the direction a comparison declares ({@code higher} or {@code lower}), or null
     * @return true for higher, false for lower, empty when neither the plugin nor the comparison knows
     */
    public static Optional<Boolean> higherIsBetter(String metric, String declared) {
        if (declared != null) {
            return Optional.of(declared.equals("higher"));
        }
        if (HIGHER_IS_BETTER.contains(metric)) {
            return Optional.of(true);
        }
        return LOWER_IS_BETTER.contains(metric) ? Optional.of(false) : Optional.empty();
    }
}
