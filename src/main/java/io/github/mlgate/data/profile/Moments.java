package io.github.mlgate.data.profile;

/**
 * The count, mean and sum of squared deviations of a field's finite numbers (Welford's method), mergeable (Chan et
 * al.'s pairwise update), for the profile's mean and sample standard deviation.
 */
final class Moments {

    private long count;
    private double mean;
    private double squares;

    /**
     * Adds a finite number.
     *
     * @param x the number
     */
    void add(double x) {
        count++;
        double delta = x - mean;
        mean += delta / count;
        squares += delta * (x - mean);
    }

    /**
     * Adds what another part counted, as if its numbers had been added here.
     *
     * @param other the other part
     */
    void merge(Moments other) {
        if (other.count == 0) {
            return;
        }
        long total = count + other.count;
        double delta = other.mean - mean;
        mean += delta * other.count / total;
        squares += other.squares + delta * delta * count * other.count / total;
        count = total;
    }

    /** How many numbers were added. */
    long count() {
        return count;
    }

    /** Their mean; 0 without any. */
    double mean() {
        return mean;
    }

    /** Their sample standard deviation; 0 for fewer than two. */
    double standardDeviation() {
        return count > 1 ? Math.sqrt(squares / (count - 1)) : 0.0;
    }
}
