package io.github.mlgate.evaluation;

import io.github.mlgate.gate.Findings;
import java.nio.file.Path;

/**
 * The scores of a predictions file, read and checked exactly as the evaluation gate reads the file, for watching them
 * drift: the positive class's score of a binary model, the predicted value of a regression, the predicted classes of a
 * multiclass model.
 */
public final class PredictionScores {

    private PredictionScores() {}

    /**
     * Reads the scores.
     *
     * @param path the predictions CSV
     * @param shown how to name it in findings
     * @param format the task and columns
     * @param findings where a file that cannot be read, or a row that is wrong, is reported with its place
     * @param cache the build's last read predictions
     * @return one score per row, or null when the file has an error, the task is multiclass (one score per class), or
     *     a binary file has no score column
     */
    public static double[] read(
            Path path, String shown, PredictionsFormat format, Findings findings, PredictionsCache cache) {
        Predictions predictions = PredictionsReader.read(path, shown, format, findings, cache);
        if (predictions instanceof Predictions.Binary binary) {
            return binary.score();
        }
        if (predictions instanceof Predictions.Regression regression) {
            return regression.predicted();
        }
        return null;
    }

    /**
     * Counts the predicted classes of a multiclass model: the prediction column, or else the class of the highest score,
     * as the evaluation takes them.
     *
     * @param path the predictions CSV
     * @param shown how to name it in findings
     * @param format the task and columns
     * @param findings where a file that cannot be read, or a row that is wrong, is reported with its place
     * @param cache the build's last read predictions
     * @return how many rows predict each class (classes never predicted left out), or null when the file has an error
     *     or the task is not multiclass
     */
    public static java.util.Map<String, Long> predictedClasses(
            Path path, String shown, PredictionsFormat format, Findings findings, PredictionsCache cache) {
        if (!(PredictionsReader.read(path, shown, format, findings, cache)
                instanceof Predictions.Multiclass multiclass)) {
            return null;
        }
        long[] counts = new long[multiclass.classes().size()];
        for (int predicted : multiclass.predicted()) {
            counts[predicted]++;
        }
        java.util.Map<String, Long> byClass = new java.util.LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                byClass.put(multiclass.classes().get(i), counts[i]);
            }
        }
        return byClass;
    }
}
