package io.github.mlgate.data.resource;

import io.github.mlgate.gate.Location;
import java.util.List;
import java.util.Map;

/**
 * The {@code splits} section of the data package: which resources are the training, validation and test sets, and
 * what keeps them apart.
 *
 * @param roles the resource of each role ({@code train}, {@code validation}, {@code test}), in that order
 * @param key the fields identifying a sample, empty to compare whole rows
 * @param label the label field, or null
 * @param ratios the least and greatest share of all rows per role, as {@code [min, max]} (either may be null)
 * @param minRows the fewest rows per role
 * @param timeField the field whose every training value must be earlier than every test value, or null
 * @param maxLabelDrift the largest Jensen-Shannon distance between the label distributions of train and another split
 * @param location where the section is
 */
public record Splits(
        Map<String, String> roles,
        List<String> key,
        String label,
        Map<String, Double[]> ratios,
        Map<String, Long> minRows,
        String timeField,
        double maxLabelDrift,
        Location location) {

    /** The roles a split can have, in order. */
    public static final List<String> ROLES = List.of("train", "validation", "test");

    /** The default bound of the label drift. */
    public static final double DEFAULT_MAX_LABEL_DRIFT = 0.1;
}
