package io.github.mlgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code report.json}: every gate of the current run with its status, checks and findings. A gate's entry replaces an
 * earlier entry of the same gate in the same run; entries of an earlier run are dropped.
 */
final class ReportJson {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {}

    /**
     * The report with one gate's result merged in.
     *
     * @param existing the report file, which may be absent, unreadable or from an earlier run
     * @param run the current run
     * @param result the gate's result
     * @return the merged report
     */
    static ObjectNode merge(Path existing, RunInfo run, GateResult result) {
        ObjectNode report = readSameRun(existing, run);
        ArrayNode gates = (ArrayNode) report.get("gates");
        ObjectNode entry = GateResultJson.toJson(result);
        boolean replaced = false;
        for (int i = 0; i < gates.size(); i++) {
            if (result.gate().equals(gates.get(i).path("name").asText())) {
                gates.set(i, entry);
                replaced = true;
            }
        }
        if (!replaced) {
            gates.add(entry);
        }
        report.put("status", overall(gates).name());
        return report;
    }

    private static ObjectNode readSameRun(Path existing, RunInfo run) {
        if (Files.isRegularFile(existing)) {
            try {
                JsonNode old = MAPPER.readTree(existing.toFile());
                if (old instanceof ObjectNode report
                        && run.id().equals(report.path("run").path("id").asText())
                        && report.get("gates") instanceof ArrayNode) {
                    return report;
                }
            } catch (IOException e) {
                // Our own output from an interrupted build: start the report afresh.
            }
        }
        ObjectNode report = MAPPER.createObjectNode();
        ObjectNode tool = report.putObject("tool");
        tool.put("name", "mlgate");
        tool.put("version", run.toolVersion());
        ObjectNode runNode = report.putObject("run");
        runNode.put("id", run.id());
        runNode.put("startedAt", run.startedAt().toString());
        report.put("status", GateStatus.SKIPPED.name());
        report.putArray("gates");
        return report;
    }

    private static GateStatus overall(ArrayNode gates) {
        java.util.List<GateStatus> statuses = new java.util.ArrayList<>();
        for (JsonNode gate : gates) {
            for (GateStatus status : GateStatus.values()) {
                if (status.name().equals(gate.path("status").asText())) {
                    statuses.add(status);
                }
            }
        }
        return GateStatus.overall(statuses);
    }
}
