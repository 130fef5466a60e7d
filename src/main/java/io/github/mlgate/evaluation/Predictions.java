package io.github.mlgate.evaluation;

import java.util.List;

/**
 * A model's predictions, one kind per task, held by column in primitive arrays, so metrics over millions of rows
 * stay fast and compact. Each kind has exactly the columns its task has: nothing is null because another task needs
 * it.
 */
sealed interface Predictions permits Predictions.Binary, Predictions.Multiclass, Predictions.Regression {

    /**
     * What is predicted.
     *
     * @return the task
     */
    Task task();

    /**
     * How many rows.
     *
     * @return the rows
     */
    int rows();

    /**
     * The slice columns.
     *
     * @return the columns
     */
    List<SliceColumn> slices();

    /**
     * Orders some rows for repeated computation of the task's metrics.
     *
     * @param rows the rows
     * @return the prepared rows
     */
    PredictionMetrics.Prepared prepare(int[] rows);

    /**
     * Whether the prediction of a row is right: the predicted class is the actual one, or the predicted value equals
     * the actual value.
     *
     * @param row the row
     * @return true when right
     */
    boolean correct(int row);

    /**
     * Whether a row has the same actual label or value in these predictions and in others of the same task.
     *
     * @param other the other predictions
     * @param row the row
     * @return true when the same
     */
    boolean sameActual(Predictions other, int row);

    /**
     * A binary classifier's predictions.
     *
     * @param classes {@code [negative, positive]}: the names that the actual and predicted values index
     * @param actual the actual class of each row, 1 for the positive class
     * @param predicted the predicted class of each row
     * @param score the probability of the positive class of each row, or null without scores
     * @param slices the slice columns
     */
    record Binary(List<String> classes, int[] actual, int[] predicted, double[] score, List<SliceColumn> slices)
            implements Predictions {

        @Override
        public Task task() {
            return Task.BINARY;
        }

        @Override
        public int rows() {
            return actual.length;
        }

        @Override
        public PredictionMetrics.Prepared prepare(int[] rows) {
            return BinaryMetrics.of(this, rows);
        }

        @Override
        public boolean correct(int row) {
            return actual[row] == predicted[row];
        }

        @Override
        public boolean sameActual(Predictions other, int row) {
            return other instanceof Binary binary
                    && classes.get(actual[row]).equals(binary.classes.get(binary.actual[row]));
        }
    }

    /**
     * A multiclass classifier's predictions.
     *
     * @param classes the class names, sorted, that the actual and predicted values index
     * @param actual the actual class of each row
     * @param predicted the predicted class of each row
     * @param scores one score column per class, in the order of {@code classes}, or null without scores
     * @param slices the slice columns
     */
    record Multiclass(List<String> classes, int[] actual, int[] predicted, double[][] scores, List<SliceColumn> slices)
            implements Predictions {

        @Override
        public Task task() {
            return Task.MULTICLASS;
        }

        @Override
        public int rows() {
            return actual.length;
        }

        @Override
        public PredictionMetrics.Prepared prepare(int[] rows) {
            return MulticlassMetrics.of(this, rows);
        }

        @Override
        public boolean correct(int row) {
            return actual[row] == predicted[row];
        }

        @Override
        public boolean sameActual(Predictions other, int row) {
            return other instanceof Multiclass multiclass
                    && classes.get(actual[row]).equals(multiclass.classes.get(multiclass.actual[row]));
        }
    }

    /**
     * A regression model's predictions.
     *
     * @param actual the actual value of each row
     * @param predicted the predicted value of each row
     * @param slices the slice columns
     */
    record Regression(double[] actual, double[] predicted, List<SliceColumn> slices) implements Predictions {

        @Override
        public Task task() {
            return Task.REGRESSION;
        }

        @Override
        public int rows() {
            return actual.length;
        }

        @Override
        public PredictionMetrics.Prepared prepare(int[] rows) {
            return RegressionMetrics.of(this, rows);
        }

        @Override
        public boolean correct(int row) {
            return actual[row] == predicted[row];
        }

        @Override
        public boolean sameActual(Predictions other, int row) {
            return other instanceof Regression regression && actual[row] == regression.actual[row];
        }
    }
}
