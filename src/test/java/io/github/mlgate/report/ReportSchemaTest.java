package io.github.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.mlgate.data.DataGate;
import io.github.mlgate.data.DataRequest;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.lifecycle.ExampleProject;
import io.github.mlgate.lifecycle.GateRegistry;
import io.github.mlgate.lifecycle.GateRun;
import io.github.mlgate.lifecycle.LifecycleCheck;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code report.json} is valid against the published JSON Schema ({@code docs/report.schema.json}), checked
 * with a real validator: the example project's every gate, and a data gate whose findings carry their resource, row,
 * field, cell, key and the row they repeat as fields.
 */
class ReportSchemaTest {

    private static final RunInfo RUN = new RunInfo("run-1", Instant.parse("2026-12-01T00:00:00Z"), "1.0.0");

    @TempDir
    Path project;

    @TempDir
    Path data;

    @Test
    void theExamplesReportIsValidAgainstThePublishedSchema() throws Exception {
        ExampleProject.copyTo(project);
        GateOutputs outputs = new GateOutputs(project.resolve("target/mlgate"), RUN, GateRegistry::sectionsOf);
        for (GateRun run :
                new LifecycleCheck().run(ExampleProject.request(project, List.of(), false, Map.of(), false))) {
            outputs.write(run.result(), null);
        }

        JsonNode report = ReportJson.MAPPER.readTree(outputs.reportFile().toFile());

        assertThat(report.get("gates")).hasSize(5);
        assertThat(schema().validate(report)).isEmpty();
    }

    @Test
    void dataFindingsCarryTheirPlaceAsFieldsAndAreValid() throws Exception {
        GateOutputs outputs = new GateOutputs(data.resolve("target/mlgate"), RUN, GateRegistry::sectionsOf);
        outputs.write(failingData(), null);

        JsonNode report = ReportJson.MAPPER.readTree(outputs.reportFile().toFile());

        assertThat(schema().validate(report)).isEmpty();
        JsonNode findings = report.at("/gates/0/findings");
        JsonNode typeError = findings.get(0);
        assertThat(typeError.get("code").asText()).isEqualTo("type-error");
        assertThat(typeError.get("resource").asText()).isEqualTo("customers");
        assertThat(typeError.get("rowNumber").asLong()).isEqualTo(2);
        assertThat(typeError.get("fieldNumber").asInt()).isEqualTo(2);
        assertThat(typeError.get("fieldName").asText()).isEqualTo("age");
        assertThat(typeError.get("cell").asText()).isEqualTo("thirty");
        JsonNode repeated = findings.get(1);
        assertThat(repeated.get("code").asText()).isEqualTo("primary-key");
        assertThat(repeated.get("keyValues")).extracting(JsonNode::asText).containsExactly("1");
        assertThat(repeated.get("rowNumber").asLong()).isEqualTo(3);
        assertThat(repeated.get("repeatsRowNumber").asLong()).isEqualTo(2);
        assertThat(repeated.has("repeatsFile")).isFalse();
    }

    @Test
    void aFindingWithoutItsResourceIsNotValid() throws Exception {
        JsonNode report = ReportJson.MAPPER.readTree("{\"tool\": {\"name\": \"mlgate\", \"version\": \"1\"},"
                + " \"run\": {\"id\": \"r\", \"startedAt\": \"t\"}, \"status\": \"FAILED\", \"gates\": [{\"name\":"
                + " \"data\", \"status\": \"FAILED\", \"failOnWarning\": false, \"counts\": {\"errors\": 1,"
                + " \"warnings\": 0, \"infos\": 0}, \"checks\": [], \"findings\": [{\"code\": \"type-error\","
                + " \"severity\": \"ERROR\", \"message\": \"m\", \"check\": \"c\", \"rowNumber\": 2}]}]}");

        assertThat(schema().validate(report)).isNotEmpty();
    }

    private GateResult failingData() throws Exception {
        Files.createDirectories(data.resolve("src/ml"));
        Files.writeString(data.resolve("customers.csv"), "id,age\n1,thirty\n1,40\n");
        Files.writeString(
                data.resolve("src/ml/datapackage.yaml"),
                "resources:\n  - name: customers\n    path: ../../customers.csv\n    schema:\n      primaryKey: id\n"
                        + "      fields:\n        - {name: id, type: integer}\n        - {name: age, type: integer}\n");
        return new DataGate().run(new DataRequest(data, null, 100, null, GatePolicy.DEFAULT));
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("docs/report.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }
}
