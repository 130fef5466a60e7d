package io.github.mlgate.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import io.github.mlgate.document.DocumentTemplate;
import io.github.mlgate.document.SchemaTesting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeSchemaTest {

    private static final Path DOCS_COPY = Path.of("docs/scope.schema.json");
    private static final Path JAR_COPY = Path.of("src/main/resources" + ScopeSchema.RESOURCE);

    @Test
    void theShippedCopiesAreTheSchemaTheGateIsBuiltFrom() throws IOException {
        String generated = ScopeSchema.generate();

        assertThat(JAR_COPY)
                .as("regenerate with: ./mvnw test -Dmlgate.regenerateSchema=true")
                .hasContent(generated);
        assertThat(DOCS_COPY).hasContent(generated);
    }

    @Test
    void theExampleDocumentIsValidAgainstTheSchema() throws IOException {
        assertThat(validate(Files.readString(ScopeGateTest.EXAMPLE))).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheGateRejects() throws IOException {
        String example = Files.readString(ScopeGateTest.EXAMPLE);

        assertThat(validate(ScopeGateTest.without(example, "problem"))).hasSize(1);
        assertThat(validate(example.replaceFirst("likelihood: medium", "likelihood: severe")))
                .hasSize(1);
        assertThat(validate(example.replace("    - metric: roc_auc\n      min: 0.80\n", "    - metric: roc_auc\n")))
                .isNotEmpty();
        assertThat(validate(example.replace(
                        "    mitigation: The scoring job refuses to run on usage data older than 48 hours and alerts the"
                                + " data team.\n",
                        "")))
                .isNotEmpty();
        assertThat(validate(DocumentTemplate.SCOPE.text())).isNotEmpty();
    }

    @Test
    void everyKeyAtEveryDepthHasADescriptionForEditorsToShow() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(ScopeSchema.generate());
        assertThat(SchemaTesting.undescribed(schema)).isEmpty();
        assertThat(schema.at("/properties/risks/items/properties/likelihood/description")
                        .asText())
                .isEqualTo("How likely is it: low, medium or high?");
    }

    /** Writes the shipped copies when asked; the equality test above keeps them from drifting. */
    @Test
    void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("mlgate.regenerateSchema")) {
            Files.writeString(JAR_COPY, ScopeSchema.generate(), StandardCharsets.UTF_8);
            Files.writeString(DOCS_COPY, ScopeSchema.generate(), StandardCharsets.UTF_8);
        }
    }

    private static Set<ValidationMessage> validate(String yaml) throws IOException {
        return SchemaTesting.validate(ScopeSchema.RESOURCE, yaml);
    }
}
