package io.github.mlgate.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(validate(ScopeTemplate.text())).isNotEmpty();
    }

    @Test
    void everyKeyAtEveryDepthHasADescriptionForEditorsToShow() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(ScopeSchema.generate());
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schema, "", undescribed);

        assertThat(undescribed).isEmpty();
        assertThat(schema.at("/properties/risks/items/properties/likelihood/description")
                        .asText())
                .isEqualTo("How likely is it: low, medium or high?");
    }

    private static void collectUndescribed(JsonNode schema, String path, List<String> undescribed) {
        if (!schema.isObject()) {
            return;
        }
        schema.path("properties").properties().forEach(entry -> {
            String at = path + "/" + entry.getKey();
            if (entry.getValue().path("description").asText().isBlank()) {
                undescribed.add(at);
            }
            collectUndescribed(entry.getValue(), at, undescribed);
        });
        collectUndescribed(schema.path("items"), path + "[]", undescribed);
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
        JsonSchema schema;
        try (InputStream in = ScopeSchema.class.getResourceAsStream(ScopeSchema.RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        return schema.validate(new YAMLMapper().readTree(yaml));
    }
}
