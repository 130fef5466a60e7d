package io.github.mlgate.data.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The types and their traits, as Table Schema v1 (specs.frictionlessdata.io/table-schema) defines them: the types in
 * the spec's order; {@code minimum}/{@code maximum} for the ordered types, {@code minLength}/{@code maxLength} for
 * collections, strptime-style patterns for dates, times and datetimes.
 */
class SchemaTypeTest {

    @Test
    void theTypesAreTheSpecsInItsOrder() {
        assertThat(SchemaType.labels())
                .containsExactly(
                        "string",
                        "number",
                        "integer",
                        "boolean",
                        "object",
                        "array",
                        "date",
                        "time",
                        "datetime",
                        "year",
                        "yearmonth",
                        "duration",
                        "geopoint",
                        "geojson",
                        "any");
        assertThat(SchemaType.named("yearmonth")).isEqualTo(SchemaType.YEARMONTH);
        assertThat(SchemaType.named("Date")).isNull();
        assertThat(SchemaType.named("float")).isNull();
    }

    @Test
    void minimumAndMaximumApplyToTheOrderedTypes() {
        assertThat(having(SchemaType::isOrdered))
                .containsExactly("number", "integer", "date", "time", "datetime", "year", "yearmonth");
    }

    @Test
    void lengthsApplyToCollections() {
        assertThat(having(SchemaType::hasLength)).containsExactly("string", "object", "array");
    }

    @Test
    void patternsApplyToDatesTimesAndDatetimes() {
        assertThat(having(SchemaType::takesPattern)).containsExactly("date", "time", "datetime");
    }

    @Test
    void profilesTreatNumbersAndInstantsApart() {
        assertThat(having(SchemaType::isNumeric)).containsExactly("number", "integer", "year");
        assertThat(having(SchemaType::isInstant)).containsExactly("date", "datetime");
    }

    private static List<String> having(Predicate<SchemaType> trait) {
        return Arrays.stream(SchemaType.values())
                .filter(trait)
                .map(SchemaType::label)
                .toList();
    }
}
