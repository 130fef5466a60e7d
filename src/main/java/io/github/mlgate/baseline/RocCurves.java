package io.github.mlgate.baseline;

import java.util.List;
import java.util.Map;

/**
 * The ROC curve of the model and of each baseline whose predictions were scored, for the site report to draw over one
 * another: the {@code rocCurves} section of the baseline gate's entry in {@code report.json}. Absent when no baseline
 * has predictions, or the model is not a binary classifier with scores.
 *
 * @param model the model's curve: {@code [false positive rate, true positive rate]} points, as the evaluation gate's
 *     {@code curves.roc}
 * @param baselines each baseline's curve, by its name, in the order of the comparisons
 */
public record RocCurves(List<List<Double>> model, Map<String, List<List<Double>>> baselines) {

    /** The section's key in the gate's report entry. */
    public static final String KEY = "rocCurves";
}
