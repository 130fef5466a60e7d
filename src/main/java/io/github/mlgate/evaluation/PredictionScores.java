package io.github.mlgate.evaluation;

import io.github.mlgate.gate.Findings;
import java.nio.file.Path;

/**
 * The scores of a predictions file, read and checked exactly as the evaluation gate reads the file, for watching them
 * drift: the positive class's score of a binary model, the predicted value of a regression.
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
}
