package io.github.mlgate.data.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * What the data gate measured, per resource: the {@code data} section of its entry in {@code report.json}, a list
 * of {@link Resource}s ({@code docs/outputs.md}).
 *
 * @param resources each resource, in the order of the data package
 */
public record DataSummary(List<Resource> resources) {

    /** The section's key in the gate's report entry. */
    public static final String KEY = "data";

    /** Copies the list; JSON holds the list itself. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public DataSummary {
        resources = List.copyOf(resources);
    }

    /**
     * The summary as JSON writes it: the list itself.
     *
     * @return the resources
     */
    @JsonValue
    public List<Resource> resources() {
        return resources;
    }

    /**
     * One resource.
     *
     * @param name the resource's name
     * @param files its files, as the user names them
     * @param rows its data rows
     * @param errors its errors, counted
     * @param profile its fields' profiles
     * @param engine the engine that checked it where its data are, with its URL (never a credential), or null when
     *     the data gate streamed its files itself
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Resource(
            String name, List<String> files, long rows, ErrorCounts errors, Profile profile, String engine) {}

    /**
     * Every error counted: in all, the rows that have any, by code and by code and field.
     *
     * @param total every error
     * @param rowsWithErrors the rows with at least one
     * @param byCode errors by Frictionless error code
     * @param byField errors by code, then by field
     */
    public record ErrorCounts(
            long total, long rowsWithErrors, Map<String, Long> byCode, Map<String, Map<String, Long>> byField) {}

    /**
     * A resource's profile, also written to {@code profile/<resource>.json}.
     *
     * @param resource the resource's name
     * @param rows its data rows
     * @param fields one profile per field, in the schema's order
     */
    public record Profile(String resource, long rows, List<Field> fields) {}

    /**
     * One field's profile.
     *
     * @param name the field's name
     * @param type its type
     * @param count the rows with a cell for it
     * @param missing the missing values among them
     * @param distinct the distinct values, exact or estimated
     * @param distinctExact whether {@code distinct} is exact
     * @param min the least value (a number, or text for other ordered values), or null
     * @param max the greatest value, or null
     * @param mean numbers: the mean, or null
     * @param std numbers: the sample standard deviation, or null
     * @param quantiles numbers: quantiles by probability, or null
     * @param histogram numbers: equal-width bins between min and max, or null
     * @param top other types: the most frequent values, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(
            String name,
            String type,
            long count,
            long missing,
            long distinct,
            boolean distinctExact,
            Object min,
            Object max,
            Double mean,
            Double std,
            Map<String, Double> quantiles,
            Histogram histogram,
            List<TopValue> top) {}

    /**
     * Equal-width bins.
     *
     * @param edges the bins' edges, one more than the bins
     * @param counts the values in each bin
     * @param approximate whether the counts come from a sketch; null when all values are one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Histogram(List<Double> edges, List<Long> counts, Boolean approximate) {}

    /**
     * A frequent value.
     *
     * @param value the value, as written (dates and datetimes in ISO form)
     * @param count how often it occurs, or an estimate from above for sketched fields
     */
    public record TopValue(String value, long count) {}
}
