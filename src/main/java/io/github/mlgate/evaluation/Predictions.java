package io.github.mlgate.evaluation;

import java.util.List;

/**
 * Predictions held by column in primitive arrays, so metrics over millions of rows stay fast and compact.
 *
 * @param task what is predicted
 * @param rows how many rows
 * @param classes for classification, the class names that row values index; for binary, {@code [negative,
 *     positive]}; empty for regression
 * @param actual for classification, the actual class of each row
 * @param predicted for classification, the predicted class of each row
 * @param scores for classification with scores: binary, one column (probability of the positive class); multiclass,
 *     one column per class, in the order of {@code classes}; null without scores
 * @param actualValues for regression, the actual values
 * @param predictedValues for regression, the predicted values
 * @param slices the slice columns
 */
record Predictions(
        Task task,
        int rows,
        List<String> classes,
        int[] actual,
        int[] predicted,
        double[][] scores,
        double[] actualValues,
        double[] predictedValues,
        List<SliceColumn> slices) {}
