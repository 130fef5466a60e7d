package io.github.mlgate.drift;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The ways drift is measured, by the names a deployment document gives them. Tests give a p-value, and drift is a
 * p-value below the bound; distances give a distance, and drift is a distance above it.
 */
public enum DriftMethod {
    /** Population stability index over shared bins, empty bins counted as 0.0001 (as Evidently does). */
    PSI("psi", false, false),
    /** Two-sample Kolmogorov-Smirnov test: SciPy's {@code ks_2samp}, two-sided. */
    KS("ks", true, true),
    /** Wasserstein distance divided by the reference's standard deviation (at least 0.001), as Evidently does. */
    WASSERSTEIN("wasserstein", false, true),
    /** Jensen-Shannon distance in bits (base 2): SciPy's {@code jensenshannon(p, q, base=2)}. */
    JENSENSHANNON("jensenshannon", false, false),
    /** Chi-square test of the current counts against the reference's shares: SciPy's {@code chisquare}. */
    CHISQUARE("chisquare", true, false),
    /** The largest difference between the two shares of any value, as TFDV does for categories. */
    LINFINITY("linfinity", false, false);

    private final String label;
    private final boolean test;
    private final boolean numbersOnly;

    DriftMethod(String label, boolean test, boolean numbersOnly) {
        this.label = label;
        this.test = test;
        this.numbersOnly = numbersOnly;
    }

    /**
     * The method's name in a deployment document.
     *
     * @return for example {@code wasserstein}
     */
    public String label() {
        return label;
    }

    /**
     * Whether the method is a test, whose value is a p-value.
     *
     * @return true for ks and chisquare
     */
    public boolean isTest() {
        return test;
    }

    /**
     * Whether the method needs ordered numbers, so cannot judge a categorical field.
     *
     * @return true for ks and wasserstein
     */
    public boolean needsNumbers() {
        return numbersOnly;
    }

    /**
     * The names of every method, in order.
     *
     * @return the names
     */
    public static List<String> names() {
        return Arrays.stream(values()).map(DriftMethod::label).toList();
    }

    /**
     * The method of a name.
     *
     * @param name the name, in any case
     * @return the method, or null when none has that name
     */
    public static DriftMethod named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(method -> method.label.equals(wanted))
                .findFirst()
                .orElse(null);
    }

    /**
     * Measures the drift of a numeric field. The methods that compare categories take each distinct value as one.
     *
     * @param reference the reference sample, not empty
     * @param current the current sample, not empty
     * @return the measure
     */
    public Drift measure(NumericSample reference, NumericSample current) {
        return switch (this) {
            case KS -> NumericDrift.kolmogorovSmirnov(reference, current);
            case WASSERSTEIN -> distance(NumericDrift.normalisedWasserstein(reference, current));
            case PSI -> distance(Divergences.populationStability(Bins.sturges(reference, current)));
            case JENSENSHANNON -> distance(Divergences.jensenShannon(Bins.sturges(reference, current)));
            case CHISQUARE, LINFINITY -> measure(reference.asCategories(), current.asCategories());
        };
    }

    /**
     * Measures the drift of a categorical field.
     *
     * @param reference the reference sample, not empty
     * @param current the current sample, not empty
     * @return the measure
     * @throws IllegalArgumentException when the method needs numbers
     */
    public Drift measure(CategoricalSample reference, CategoricalSample current) {
        Bins shares = Bins.categories(reference, current);
        return switch (this) {
            case PSI -> distance(Divergences.populationStability(shares));
            case JENSENSHANNON -> distance(Divergences.jensenShannon(shares));
            case LINFINITY -> distance(Divergences.lInfinity(shares));
            case CHISQUARE -> Divergences.chiSquare(shares);
            case KS, WASSERSTEIN -> throw new IllegalArgumentException(label + " needs a numeric field");
        };
    }

    private Drift distance(double value) {
        return new Drift(this, value, value);
    }
}
