package io.github.mlgate.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.data.schema.FieldType;
import io.github.mlgate.data.schema.SchemaField;
import io.github.mlgate.data.schema.ValueHashes;
import io.github.mlgate.gate.TestJson;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Numbers with few distinct values are profiled exactly; with many, by the sketches. */
class FieldProfileTest {

    private static final SchemaField NUMBER = field("x", "integer");

    private static final SchemaField TEXT = field("code", "string");

    /** A field of a type in its default format, with no constraints. */
    private static SchemaField field(String name, String type) {
        return new SchemaField(
                name,
                new FieldType(type, "default", Set.of(), Set.of(), ".", "", true),
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static void add(FieldProfile profile, long value, int times) {
        for (int i = 0; i < times; i++) {
            profile.add(ValueHashes.hash(Long.toString(value)), Long.toString(value), value);
        }
    }

    @Test
    void fewDistinctNumbersGetExactQuantilesAndBins() {
        FieldProfile profile = new FieldProfile(NUMBER);
        add(profile, 1, 10);
        add(profile, 2, 30);
        add(profile, 3, 60);

        JsonNode json = TestJson.of(profile.summary());

        assertThat(json.at("/quantiles/0.01").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/quantiles/0.25").asDouble()).isEqualTo(2.0);
        assertThat(json.at("/quantiles/0.5").asDouble()).isEqualTo(3.0);
        assertThat(json.at("/histogram/counts").toString()).isEqualTo("[10,0,0,0,30,0,0,0,0,60]");
        assertThat(json.at("/histogram/approximate").asBoolean()).isFalse();
        assertThat(json.at("/mean").asDouble()).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void mergedProfilesEqualOneProfileOfAllTheValues() {
        FieldProfile one = new FieldProfile(NUMBER);
        FieldProfile left = new FieldProfile(NUMBER);
        FieldProfile right = new FieldProfile(NUMBER);
        for (int v = 0; v < 50; v++) {
            add(one, v, v + 1);
            add(v % 2 == 0 ? left : right, v, v + 1);
        }
        FieldProfile merged = new FieldProfile(NUMBER);
        merged.merge(left);
        merged.merge(right);

        assertThat(TestJson.of(merged.summary()).get("quantiles"))
                .isEqualTo(TestJson.of(one.summary()).get("quantiles"));
        assertThat(TestJson.of(merged.summary()).get("histogram"))
                .isEqualTo(TestJson.of(one.summary()).get("histogram"));
    }

    @Test
    void manyDistinctNumbersAreSketchedWithTheExactOnesCarriedOver() {
        FieldProfile profile = new FieldProfile(NUMBER);
        add(profile, 7, 5000); // counted exactly first, then carried into the sketch with its weight
        for (int v = 0; v < 5000; v++) {
            add(profile, 10_000 + v, 1);
        }

        JsonNode json = TestJson.of(profile.summary());

        assertThat(json.get("distinctExact").asBoolean()).isFalse();
        assertThat(json.at("/quantiles/0.25").asDouble()).isEqualTo(7.0);
        assertThat(json.at("/quantiles/0.75").asDouble()).isBetween(12_300.0, 12_700.0);
        long binned = 0;
        for (JsonNode count : json.at("/histogram/counts")) {
            binned += count.asLong();
        }
        assertThat(binned).isBetween(9_900L, 10_100L);
    }

    private static void addText(FieldProfile profile, String text) {
        profile.add(ValueHashes.hash(text), text, text);
    }

    @Test
    void manyDistinctTextsShowOnlyTheFrequentOnesAsTopValues() {
        FieldProfile left = new FieldProfile(TEXT);
        FieldProfile right = new FieldProfile(TEXT);
        for (int i = 0; i < 20_000; i++) {
            FieldProfile profile = i % 2 == 0 ? left : right;
            addText(profile, "unique-" + i);
            if (i % 10 == 0) {
                addText(profile, "common");
            }
            if (i % 40 == 0) {
                addText(profile, "usual");
            }
        }
        FieldProfile merged = new FieldProfile(TEXT);
        merged.merge(left);
        merged.merge(right);

        JsonNode top = TestJson.of(merged.summary()).get("top");

        assertThat(TestJson.of(merged.summary()).get("distinctExact").asBoolean())
                .isFalse();
        assertThat(top).hasSize(2);
        assertThat(top.get(0).get("value").asText()).isEqualTo("common");
        // An estimate from above: at most the sketch's error (about 22,500 values / 48) over the true 2,000.
        assertThat(top.get(0).get("count").asLong()).isBetween(2_000L, 2_470L);
        assertThat(top.get(1).get("value").asText()).isEqualTo("usual");
    }
}
