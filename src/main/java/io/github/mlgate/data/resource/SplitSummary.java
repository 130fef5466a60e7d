package io.github.mlgate.data.resource;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The train, validation and test splits as the data gate found them: the {@code splits} section of its entry in
 * {@code report.json}.
 *
 * @param key the fields that identify a sample across splits, joined, or null when whole rows are compared
 * @param roles each split's rows and share
 * @param leakage the samples each pair of splits shares
 * @param labelDrift each split's label distance from train's
 */
public record SplitSummary(String key, List<Role> roles, List<Leakage> leakage, List<LabelDrift> labelDrift) {

    /** The section's key in the gate's report entry. */
    public static final String KEY = "splits";

    /**
     * One split.
     *
     * @param role train, validation or test
     * @param resource the resource that holds it
     * @param rows its rows
     * @param share its share of all split rows
     * @param min the least share asked for, or null
     * @param max the greatest share asked for, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Role(String role, String resource, long rows, double share, Double min, Double max) {}

    /**
     * The samples two splits share.
     *
     * @param first one split
     * @param second the other
     * @param shared how many samples both hold
     */
    public record Leakage(String first, String second, long shared) {}

    /**
     * A split's label distribution against train's.
     *
     * @param role the split
     * @param distance the Jensen-Shannon distance (base 2)
     * @param max the largest distance allowed, or null
     */
    public record LabelDrift(String role, double distance, Double max) {}
}
