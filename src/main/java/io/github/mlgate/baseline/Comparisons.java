package io.github.mlgate.baseline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * The model against its baselines: the {@code comparisons} section of the baseline gate's entry in
 * {@code report.json}, one {@link Outcome} per comparison rule ({@code docs/baseline.md}).
 *
 * @param outcomes the outcomes, in the order of the rules
 */
public record Comparisons(List<Outcome> outcomes) {

    /** The section's key in the gate's report entry. */
    public static final String KEY = "comparisons";

    /** Copies the list; JSON holds the list itself. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Comparisons {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * The section as JSON writes it: the list itself.
     *
     * @return the outcomes
     */
    @JsonValue
    public List<Outcome> outcomes() {
        return outcomes;
    }

    /**
     * One comparison.
     *
     * @param baseline the baseline's name
     * @param metric the metric compared
     * @param candidate the model's value, or null when it was not compared
     * @param baselineValue the baseline's value, or null
     * @param delta the model's value minus the baseline's, or null
     * @param relativeDelta the improvement relative to the baseline's value, or null when that is 0 or not compared
     * @param pValue the significance test's p-value, or null without one
     * @param test the significance test, or null without one
     * @param status {@code PASSED} or {@code FAILED}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(
            String baseline,
            String metric,
            Double candidate,
            Double baselineValue,
            Double delta,
            Double relativeDelta,
            Double pValue,
            String test,
            String status) {}
}
