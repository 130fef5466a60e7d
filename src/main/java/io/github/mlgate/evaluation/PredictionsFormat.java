package io.github.mlgate.evaluation;

import io.github.mlgate.gate.GateSettings;
import java.util.List;
import java.util.Objects;

/**
 * How to read a predictions file: the task and the columns that hold each part.
 *
 * @param task what is predicted
 * @param labelColumn the actual value or class
 * @param predictionColumn the predicted value or class
 * @param scoreColumn binary: the probability of the positive class; multiclass: the prefix of the per-class columns
 *     ({@code score} reads {@code score_<class>})
 * @param positiveLabel binary: the actual and predicted value of the positive class
 * @param decisionThreshold binary: a score at or above it predicts the positive class, when there is no prediction
 *     column
 * @param sliceColumns columns whose values define slices
 */
public record PredictionsFormat(
        Task task,
        String labelColumn,
        String predictionColumn,
        String scoreColumn,
        String positiveLabel,
        double decisionThreshold,
        List<String> sliceColumns) {

    /** Checks the required parts and copies the list. */
    /**
     * How the settings say the predictions are read.
     *
     * @param settings the run's settings, checked
     * @return the format
     */
    public static PredictionsFormat of(GateSettings settings) {
        return new PredictionsFormat(
                Task.named(settings.task()),
                settings.labelColumn(),
                settings.predictionColumn(),
                settings.scoreColumn(),
                settings.positiveLabel(),
                settings.decisionThreshold(),
                settings.sliceColumns());
    }

    public PredictionsFormat {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(labelColumn, "labelColumn");
        Objects.requireNonNull(predictionColumn, "predictionColumn");
        Objects.requireNonNull(scoreColumn, "scoreColumn");
        Objects.requireNonNull(positiveLabel, "positiveLabel");
        sliceColumns = List.copyOf(sliceColumns);
    }
}
