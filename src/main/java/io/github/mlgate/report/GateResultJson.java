package io.github.mlgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Severity;
import io.github.mlgate.gate.TablePlace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gate's result as the entry {@code report.json} holds for it, and back: the one JSON form of a result, used by the
 * report and by the results a {@code check} run stores for reuse.
 */
public final class GateResultJson {

    /** The entry's keys that are not sections. */
    private static final Set<String> FIXED =
            Set.of("name", "status", "subject", "skippedReason", "failOnWarning", "counts", "checks", "findings");

    private GateResultJson() {}

    /**
     * The result as a report entry.
     *
     * @param result the result
     * @return its entry
     */
    public static ObjectNode toJson(GateResult result) {
        ObjectNode gate = ReportJson.MAPPER.createObjectNode();
        gate.put("name", result.gate());
        gate.put("status", result.status().name());
        if (result.subject() != null) {
            gate.put("subject", result.subject());
        }
        if (result.skippedReason() != null) {
            gate.put("skippedReason", result.skippedReason());
        }
        gate.put("failOnWarning", result.policy().failOnWarning());
        ObjectNode counts = gate.putObject("counts");
        counts.put("errors", result.count(Severity.ERROR));
        counts.put("warnings", result.count(Severity.WARNING));
        counts.put("infos", result.count(Severity.INFO));
        ObjectNode unlisted = ReportJson.MAPPER.createObjectNode();
        for (Severity severity : Severity.values()) {
            long more = result.total(severity) - result.count(severity);
            if (more > 0) {
                unlisted.put(key(severity), more);
            }
        }
        if (!unlisted.isEmpty()) {
            counts.set("unlisted", unlisted);
        }
        result.sections().forEach((key, section) -> gate.set(key, ReportJson.MAPPER.valueToTree(section)));
        ArrayNode checks = gate.putArray("checks");
        ArrayNode findings = gate.putArray("findings");
        for (CheckResult check : result.checks()) {
            ObjectNode node = checks.addObject();
            node.put("name", check.name());
            node.put("description", check.description());
            node.put("status", result.statusOf(check).name());
            if (check.skippedReason() != null) {
                node.put("skippedReason", check.skippedReason());
            }
            if (!check.unlisted().isEmpty()) {
                ObjectNode unlistedOfCheck = node.putObject("unlisted");
                check.unlisted().forEach((severity, count) -> unlistedOfCheck.put(key(severity), count));
            }
            for (Finding finding : check.findings()) {
                findings.add(finding(finding, check.name()));
            }
        }
        return gate;
    }

    /**
     * The result a report entry describes.
     *
     * @param entry an entry written by {@link #toJson(GateResult)}
     * @param sections the types of the gate's sections, by key ({@link io.github.mlgate.gate.Gate#sections()})
     * @return the result
     * @throws IllegalArgumentException when the entry is not one, or holds a section the gate does not have
     */
    public static GateResult fromJson(JsonNode entry, Map<String, Class<? extends Record>> sections) {
        String gate = text(entry, "name");
        GateStatus status = GateStatus.valueOf(text(entry, "status"));
        Map<String, List<Finding>> byCheck = new LinkedHashMap<>();
        for (JsonNode node : array(entry, "findings")) {
            JsonNode where = node.get("location");
            Location location = where == null
                    ? null
                    : new Location(
                            text(where, "file"),
                            integer(where, "line"),
                            integer(where, "column"),
                            where.path("logical").asBoolean(false));
            Finding finding = new Finding(
                    text(node, "code"),
                    Severity.valueOf(text(node, "severity")),
                    text(node, "message"),
                    location,
                    table(node));
            byCheck.computeIfAbsent(text(node, "check"), k -> new ArrayList<>()).add(finding);
        }
        List<CheckResult> checks = new ArrayList<>();
        for (JsonNode node : array(entry, "checks")) {
            String name = text(node, "name");
            JsonNode skipped = node.get("skippedReason");
            Map<Severity, Long> unlisted = new java.util.EnumMap<>(Severity.class);
            for (Severity severity : Severity.values()) {
                JsonNode count = node.path("unlisted").get(key(severity));
                if (count != null) {
                    unlisted.put(severity, count.asLong());
                }
            }
            checks.add(new CheckResult(
                    name,
                    text(node, "description"),
                    byCheck.getOrDefault(name, List.of()),
                    skipped == null ? null : skipped.asText(),
                    unlisted));
        }
        Map<String, Record> typed = new LinkedHashMap<>();
        entry.fields().forEachRemaining(field -> {
            if (!FIXED.contains(field.getKey())) {
                typed.put(field.getKey(), section(gate, field.getKey(), field.getValue(), sections));
            }
        });
        JsonNode subject = entry.get("subject");
        JsonNode skippedReason = entry.get("skippedReason");
        return new GateResult(
                gate,
                status,
                subject == null ? null : subject.asText(),
                checks,
                skippedReason == null ? null : skippedReason.asText(),
                new GatePolicy(entry.path("failOnWarning").asBoolean(false)),
                typed);
    }

    private static Record section(
            String gate, String key, JsonNode value, Map<String, Class<? extends Record>> sections) {
        Class<? extends Record> type = sections.get(key);
        if (type == null) {
            throw new IllegalArgumentException("the gate " + gate + " has no section '" + key + "'");
        }
        try {
            return ReportJson.MAPPER.treeToValue(value, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the section '" + key + "' of " + gate + " is not one", e);
        }
    }

    /** A data finding's place in its table, written as fields of the finding, as Frictionless reports carry them. */
    static void putTable(ObjectNode node, TablePlace table) {
        node.put("resource", table.resource());
        if (table.rowNumber() != null) {
            node.put("rowNumber", table.rowNumber());
        }
        if (table.fieldNumber() != null) {
            node.put("fieldNumber", table.fieldNumber());
        }
        if (table.fieldName() != null) {
            node.put("fieldName", table.fieldName());
        }
        if (table.cell() != null) {
            node.put("cell", table.cell());
        }
        if (table.keyValues() != null) {
            table.keyValues().forEach(node.putArray("keyValues")::add);
        }
        if (table.repeatsRowNumber() != null) {
            node.put("repeatsRowNumber", table.repeatsRowNumber());
        }
        if (table.repeatsFile() != null) {
            node.put("repeatsFile", table.repeatsFile());
        }
    }

    /** A data finding's place read back, or null for findings of other gates. */
    private static TablePlace table(JsonNode node) {
        JsonNode resource = node.get("resource");
        if (resource == null) {
            return null;
        }
        List<String> keyValues = null;
        if (node.has("keyValues")) {
            keyValues = new ArrayList<>();
            for (JsonNode value : node.get("keyValues")) {
                keyValues.add(value.asText());
            }
        }
        return new TablePlace(
                resource.asText(),
                node.has("rowNumber") ? node.get("rowNumber").asLong() : null,
                node.has("fieldNumber") ? node.get("fieldNumber").asInt() : null,
                node.has("fieldName") ? node.get("fieldName").asText() : null,
                node.has("cell") ? node.get("cell").asText() : null,
                keyValues,
                node.has("repeatsRowNumber") ? node.get("repeatsRowNumber").asLong() : null,
                node.has("repeatsFile") ? node.get("repeatsFile").asText() : null);
    }

    private static ObjectNode finding(Finding finding, String check) {
        ObjectNode node = ReportJson.MAPPER.createObjectNode();
        node.put("code", finding.code());
        node.put("severity", finding.severity().name());
        node.put("message", finding.message());
        node.put("check", check);
        Location location = finding.location();
        if (location != null) {
            ObjectNode where = node.putObject("location");
            where.put("file", location.file());
            if (location.line() != null) {
                where.put("line", location.line());
            }
            if (location.column() != null) {
                where.put("column", location.column());
            }
            if (location.logical()) {
                where.put("logical", true);
            }
        }
        if (finding.table() != null) {
            putTable(node, finding.table());
        }
        return node;
    }

    /** The key a severity's count has in {@code counts}: {@code errors}, {@code warnings}, {@code infos}. */
    private static String key(Severity severity) {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + "s";
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("a gate entry lacks the text '" + key + "'");
        }
        return value.asText();
    }

    private static Integer integer(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || !value.canConvertToInt() ? null : value.asInt();
    }

    private static Iterable<JsonNode> array(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (!(value instanceof ArrayNode)) {
            throw new IllegalArgumentException("a gate entry lacks the list '" + key + "'");
        }
        return value;
    }
}
