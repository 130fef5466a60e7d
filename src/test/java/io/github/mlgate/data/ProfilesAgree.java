package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assertj.core.data.Offset;

/** Compares the profiles of two runs of the data gate over the same rows, as far as they must agree. */
final class ProfilesAgree {

    private ProfilesAgree() {}

    /**
     * Asserts that every field's profile agrees across two ways of reading the same rows (in chunks or as a stream,
     * which cut the rows into other units): counts, extremes and top values always; distinct counts, quantiles and
     * histograms where they were counted exactly (sketches depend on which lane saw which rows); means to the last few
     * bits (sums in another order). Two runs of one way agree byte for byte ({@code ProfilesAreReproducibleTest}).
     *
     * @param expected a resource's entry of the data section, with its profile
     * @param actual the same resource's entry from the other run
     */
    static void assertProfilesAgree(JsonNode expected, JsonNode actual) {
        JsonNode fields = expected.at("/profile/fields");
        assertThat(fields.size()).isPositive();
        assertThat(actual.at("/profile/fields").size()).isEqualTo(fields.size());
        for (int f = 0; f < fields.size(); f++) {
            JsonNode a = fields.get(f);
            JsonNode b = actual.at("/profile/fields/" + f);
            for (String exact : List.of("count", "missing", "distinctExact", "min", "max", "top")) {
                assertThat(b.get(exact)).as(a.get("name") + "." + exact).isEqualTo(a.get(exact));
            }
            if (a.path("distinctExact").asBoolean()) {
                for (String counted : List.of("distinct", "quantiles", "histogram")) {
                    assertThat(b.get(counted)).as(a.get("name") + "." + counted).isEqualTo(a.get(counted));
                }
            }
            if (a.has("mean")) {
                double mean = a.get("mean").asDouble();
                assertThat(b.get("mean").asDouble())
                        .as(a.get("name") + ".mean")
                        .isCloseTo(mean, Offset.offset(1e-12 * Math.max(1, Math.abs(mean))));
            }
        }
    }
}
