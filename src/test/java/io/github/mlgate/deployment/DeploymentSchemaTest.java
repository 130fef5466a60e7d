package io.github.mlgate.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlgate.document.DocumentTemplate;
import io.github.mlgate.document.SchemaTesting;
import io.github.mlgate.gate.CheckResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentSchemaTest {

    static final Path EXAMPLE = Path.of("docs/example/src/ml/deployment.yaml");
    private static final Path DOCS_COPY = Path.of("docs/deployment.schema.json");
    private static final Path JAR_COPY = Path.of("src/main/resources" + DeploymentSchema.RESOURCE);

    @Test
    void the_shipped_copies_are_the_schema_the_gates_are_built_from() {
        String generated = DeploymentSchema.generate();
        assertThat(JAR_COPY)
                .as("regenerate with: ./mvnw test -Dtest=DeploymentSchemaTest -Dmlgate.regenerateSchema=true")
                .hasContent(generated);
        assertThat(DOCS_COPY).hasContent(generated);
    }

    @Test
    void the_example_document_is_valid_and_the_template_is_not() throws IOException {
        assertThat(SchemaTesting.validate(DeploymentSchema.RESOURCE, Files.readString(EXAMPLE)))
                .isEmpty();
        String template = DocumentTemplate.DEPLOYMENT.text();
        assertThat(SchemaTesting.validate(DeploymentSchema.RESOURCE, template)).isNotEmpty();
        assertThat(SchemaTesting.validate(
                        DeploymentSchema.RESOURCE, template.replace("mode: \"<batch or online>\"", "mode: batch")))
                .isEmpty();
    }

    @Test
    void the_schema_rejects_an_unknown_method() throws IOException {
        String example = Files.readString(EXAMPLE);
        assertThat(SchemaTesting.validate(
                        DeploymentSchema.RESOURCE, example.replace("method: wasserstein", "method: wasserstien")))
                .hasSize(1);
    }

    @Test
    void the_key_by_key_examples_of_docs_deployment_md_make_a_complete_document(@TempDir Path project)
            throws IOException {
        Matcher blocks = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs/deployment.md")));
        StringBuilder whole = new StringBuilder();
        while (blocks.find()) {
            whole.append(blocks.group(1));
        }
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(project.resolve("src/ml/deployment.yaml"), whole);
        List<CheckResult> results = new ArrayList<>();
        assertThat(DeploymentDocuments.readComplete(project, null, results)).isNotNull();
        assertThat(results).flatExtracting(CheckResult::findings).isEmpty();
        assertThat(SchemaTesting.validate(DeploymentSchema.RESOURCE, whole.toString()))
                .isEmpty();
    }

    @Test
    void every_key_has_a_description_for_editors_to_show() throws IOException {
        assertThat(SchemaTesting.undescribed(new ObjectMapper().readTree(DeploymentSchema.generate())))
                .isEmpty();
    }

    /** Writes the shipped copies when asked; the equality test above keeps them from drifting. */
    @Test
    void regenerate_when_asked() throws IOException {
        if (Boolean.getBoolean("mlgate.regenerateSchema")) {
            Files.createDirectories(JAR_COPY.getParent());
            Files.writeString(JAR_COPY, DeploymentSchema.generate(), StandardCharsets.UTF_8);
            Files.writeString(DOCS_COPY, DeploymentSchema.generate(), StandardCharsets.UTF_8);
        }
    }
}
