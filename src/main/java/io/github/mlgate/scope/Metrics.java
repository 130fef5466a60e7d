package io.github.mlgate.scope;

import java.util.Optional;
import java.util.Set;

/**
 * The metrics mlgate measures (from predictions, or when serving the model) and whether higher or lower values are
 * better. A criterion may name another metric, which a metrics file then gives.
 */
public final class Metrics {

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

    private static final java.util.SortedSet<String> MEASURED = measuredNames();

    private Metrics() {}

    private static java.util.SortedSet<String> measuredNames() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(HIGHER_IS_BETTER);
        all.addAll(LOWER_IS_BETTER);
        return java.util.Collections.unmodifiableSortedSet(all);
    }

    /**
     * Whether mlgate measures a metric itself.
     *
     * @param metric the metric's name
     * @return true for a metric it computes
     */
    public static boolean measured(String metric) {
        return MEASURED.contains(metric);
    }

    /**
     * The metric mlgate measures whose name is closest to one it does not: a misspelling, most often.
     *
     * @param metric a name mlgate does not measure
     * @return the close name, or empty when none is close
     */
    public static Optional<String> closest(String metric) {
        return io.github.mlgate.gate.Suggestions.closest(metric, MEASURED);
    }

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

    /**
     * Warns when an entry's {@code metric} is a name mlgate does not measure but close to one it does: at scope time,
     * before an evaluation would find it missing. A name close to none is left alone, as a metric of the project's
     * own that a metrics file gives.
     *
     * @param document the scope document
     * @param at the entry's place
     * @param entry the entry, a criterion or a comparison
     * @param findings where the warning goes
     */
    static void warnWhenMisspelt(
            io.github.mlgate.document.LocatedDocument document,
            io.github.mlgate.document.NodePath at,
            com.fasterxml.jackson.databind.JsonNode entry,
            io.github.mlgate.gate.Findings findings) {
        if (!entry.path("metric").isTextual()) {
            return;
        }
        String metric = entry.get("metric").asText().strip();
        if (measured(metric)) {
            return;
        }
        closest(metric)
                .ifPresent(close -> findings.warning(
                        "unknown-metric",
                        "'" + at.key("metric").display() + "' is '" + metric + "', which mlgate does not measure;"
                                + " did you mean '" + close + "'? A metric of the project's own is judged only when"
                                + " the metrics file gives it.",
                        document.locateValue(at.key("metric"))));
    }
}
