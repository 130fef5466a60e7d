package io.github.mlgate.deployment;

import java.util.List;

/**
 * The drift the monitor gate measured: the {@code drift} section of its entry in {@code report.json}.
 *
 * @param reference the reference resource
 * @param current the current (production) resource
 * @param fields each watched field, in the schema's order
 */
public record DriftSummary(String reference, String current, List<FieldDrift> fields) {

    /** The section's key in the gate's report entry. */
    public static final String KEY = "drift";

    /**
     * One field's drift.
     *
     * @param field the field
     * @param type its Table Schema type
     * @param method the method, as the document names it
     * @param value the distance or p-value
     * @param statistic the test's statistic, or the distance again
     * @param threshold the bound
     * @param drifted whether the value crossed the bound
     * @param rule where the rule comes from
     * @param referenceValues the reference's values of the field
     * @param currentValues the current sample's values of the field
     * @param bins the two samples' shares of each bin, for drawing them over each other
     */
    public record FieldDrift(
            String field,
            String type,
            String method,
            double value,
            double statistic,
            double threshold,
            boolean drifted,
            String rule,
            long referenceValues,
            long currentValues,
            List<Bin> bins) {}

    /**
     * A bin of a field's values.
     *
     * @param label the value, or the interval
     * @param reference the reference's share of it
     * @param current the current sample's share of it
     * @param low an interval's lower edge, or null for a value
     * @param high an interval's upper edge, or null for a value
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Bin(String label, double reference, double current, Double low, Double high) {}
}
