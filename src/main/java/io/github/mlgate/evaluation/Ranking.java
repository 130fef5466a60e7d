package io.github.mlgate.evaluation;

import java.util.Arrays;

/**
 * Ranking metrics of one class against the rest, computed from the scores of the positive and the negative rows,
 * each sorted ascending once. Ties are grouped: rows with equal scores share one threshold, as in scikit-learn.
 *
 * <p>Weights count how often a row is drawn (a bootstrap resample); {@code null} weighs every row once. Because the
 * weights of a Poisson bootstrap are independent of the row, a resample draws them directly in sorted order and the
 * scores are never copied or sorted again.
 */
final class Ranking {

    private final double[] positives;
    private final double[] negatives;

    private Ranking(double[] positives, double[] negatives) {
        this.positives = positives;
        this.negatives = negatives;
    }

    /**
     * Sorts the scores once.
     *
     * @param positives the scores of the rows whose actual class is the positive one; sorted in place
     * @param negatives the scores of the other rows; sorted in place
     * @return the ranking
     */
    static Ranking of(double[] positives, double[] negatives) {
        Arrays.parallelSort(positives);
        Arrays.parallelSort(negatives);
        return new Ranking(positives, negatives);
    }

    int positiveCount() {
        return positives.length;
    }

    int negativeCount() {
        return negatives.length;
    }

    /**
     * The area under the ROC curve: the probability that a random positive scores above a random negative, ties
     * counting one half (the Mann-Whitney statistic scikit-learn's {@code roc_auc_score} equals).
     *
     * @param positiveWeights weights of the sorted positives, or null
     * @param negativeWeights weights of the sorted negatives, or null
     * @return the AUC, or NaN when either class has no weight
     */
    double rocAuc(int[] positiveWeights, int[] negativeWeights) {
        double totalNegative = total(negatives.length, negativeWeights);
        double totalPositive = total(positives.length, positiveWeights);
        if (totalNegative == 0 || totalPositive == 0) {
            return Double.NaN;
        }
        double area = 0;
        double negativeAbove = 0;
        int i = positives.length - 1;
        int j = negatives.length - 1;
        while (i >= 0 || j >= 0) {
            double score = Math.max(
                    i >= 0 ? positives[i] : Double.NEGATIVE_INFINITY, j >= 0 ? negatives[j] : Double.NEGATIVE_INFINITY);
            double p = 0;
            while (i >= 0 && positives[i] == score) {
                p += weight(positiveWeights, i--);
            }
            double n = 0;
            while (j >= 0 && negatives[j] == score) {
                n += weight(negativeWeights, j--);
            }
            double negativeBelow = totalNegative - negativeAbove - n;
            area += p * negativeBelow + p * n / 2;
            negativeAbove += n;
        }
        return area / (totalPositive * totalNegative);
    }

    /**
     * Average precision as scikit-learn's {@code average_precision_score} defines it: the sum over thresholds, from the
     * highest score down, of the gain in recall times the precision there, without interpolation.
     *
     * @param positiveWeights weights of the sorted positives, or null
     * @param negativeWeights weights of the sorted negatives, or null
     * @return the average precision, or NaN when there is no positive
     */
    double averagePrecision(int[] positiveWeights, int[] negativeWeights) {
        double totalPositive = total(positives.length, positiveWeights);
        if (totalPositive == 0) {
            return Double.NaN;
        }
        double truePositives = 0;
        double falsePositives = 0;
        double previousRecall = 0;
        double sum = 0;
        int i = positives.length - 1;
        int j = negatives.length - 1;
        while (i >= 0 || j >= 0) {
            double score = Math.max(
                    i >= 0 ? positives[i] : Double.NEGATIVE_INFINITY, j >= 0 ? negatives[j] : Double.NEGATIVE_INFINITY);
            while (i >= 0 && positives[i] == score) {
                truePositives += weight(positiveWeights, i--);
            }
            while (j >= 0 && negatives[j] == score) {
                falsePositives += weight(negativeWeights, j--);
            }
            double recall = truePositives / totalPositive;
            if (recall > previousRecall) {
                sum += (recall - previousRecall) * truePositives / (truePositives + falsePositives);
                previousRecall = recall;
            }
        }
        return sum;
    }

    private static double total(int length, int[] weights) {
        if (weights == null) {
            return length;
        }
        long sum = 0;
        for (int w : weights) {
            sum += w;
        }
        return sum;
    }

    private static double weight(int[] weights, int index) {
        return weights == null ? 1 : weights[index];
    }
}
