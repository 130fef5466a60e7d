package io.github.mlgate.drift;

/**
 * A sum of many terms with Neumaier's compensation, so that a million terms add up to what NumPy's pairwise sum
 * gives, well within 1e-9.
 */
final class Sum {

    private double sum;
    private double compensation;

    void add(double term) {
        double total = sum + term;
        if (Math.abs(sum) >= Math.abs(term)) {
            compensation += (sum - total) + term;
        } else {
            compensation += (term - total) + sum;
        }
        sum = total;
    }

    double value() {
        return sum + compensation;
    }
}
