package io.github.mlgate.data.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Findings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Frictionless Table Schema (v1), read from a descriptor with the position of every key, so an invalid schema is
 * reported as {@code schema-error} at the line that is wrong.
 *
 * @param fields the fields, in order
 * @param missingValues the texts that mean a missing value
 * @param primaryKey the primary key's fields, empty for none
 * @param foreignKeys the foreign keys
 */
public record TableSchema(
        List<SchemaField> fields, Set<String> missingValues, List<String> primaryKey, List<ForeignKey> foreignKeys) {

    private static final Map<String, List<String>> FORMATS = Map.of(
            "string", List.of("default", "email", "uri", "binary", "uuid"),
            "geopoint", List.of("default", "array", "object"),
            "object", List.of("default"),
            "array", List.of("default"),
            "boolean", List.of("default"),
            "number", List.of("default"),
            "integer", List.of("default"));

    /**
     * Reads a schema.
     *
     * @param document the file that holds it
     * @param at where in the file
     * @param findings where schema errors go
     * @return the schema, or null when it has an error
     */
    @SuppressWarnings("unchecked")
    public static TableSchema read(LocatedDocument document, NodePath at, Findings findings) {
        int before = findings.list().size();
        JsonNode schema = document.root().at(at.pointer());
        if (!schema.isObject()) {
            error(findings, document, at, "a Table Schema must be a mapping with fields");
            return null;
        }
        JsonNode fieldNodes = schema.path("fields");
        if (!fieldNodes.isArray() || fieldNodes.isEmpty()) {
            error(findings, document, at, "a Table Schema needs a non-empty list of fields");
            return null;
        }
        Set<String> missing = new LinkedHashSet<>(List.of(""));
        if (schema.has("missingValues")) {
            missing.clear();
            JsonNode values = schema.get("missingValues");
            if (!values.isArray()) {
                error(findings, document, at.key("missingValues"), "missingValues must be a list of strings");
            }
            values.forEach(v -> missing.add(v.asText()));
        }
        List<SchemaField> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fieldNodes.size(); i++) {
            NodePath path = at.key("fields").index(i);
            JsonNode node = fieldNodes.get(i);
            if (!node.path("name").isTextual() || node.get("name").asText().isEmpty()) {
                error(findings, document, path, "every field needs a name");
                continue;
            }
            String name = node.get("name").asText();
            if (!names.add(name)) {
                error(findings, document, path.key("name"), "the field name '" + name + "' is used twice");
            }
            SchemaField field = field(document, path, node, name, findings);
            if (field != null) {
                fields.add(field);
            }
        }
        List<String> primaryKey = names(schema.path("primaryKey"));
        for (String part : primaryKey) {
            if (!names.contains(part)) {
                error(
                        findings,
                        document,
                        at.key("primaryKey"),
                        "the primary key names '" + part + "', which is not a field");
            }
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        JsonNode foreign = schema.path("foreignKeys");
        for (int i = 0; i < foreign.size(); i++) {
            NodePath fkPath = at.key("foreignKeys").index(i);
            JsonNode node = foreign.get(i);
            List<String> local = names(node.path("fields"));
            List<String> remote = names(node.path("reference").path("fields"));
            String resource = node.path("reference").path("resource").asText("");
            if (local.isEmpty() || local.size() != remote.size()) {
                error(findings, document, fkPath, "a foreign key needs fields and reference.fields of the same length");
                continue;
            }
            for (String name : local) {
                if (!names.contains(name)) {
                    error(findings, document, fkPath, "the foreign key names '" + name + "', which is not a field");
                }
            }
            foreignKeys.add(new ForeignKey(local, resource, remote, document.locate(fkPath)));
        }
        return findings.list().size() > before
                ? null
                : new TableSchema(fields, missing, primaryKey, List.copyOf(foreignKeys));
    }

    /**
     * A descriptor value that is a string or a list of strings, as a list.
     *
     * @param node the value, possibly missing
     * @return the strings, empty when missing
     */
    public static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isTextual()) {
            names.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static SchemaField field(
            LocatedDocument document, NodePath path, JsonNode node, String name, Findings findings) {
        String type = node.path("type").asText("string");
        SchemaType kind = SchemaType.named(type);
        if (kind == null) {
            error(
                    findings,
                    document,
                    path.key("type"),
                    "the field '" + name + "' has the unknown type '" + type + "'; the types are "
                            + String.join(", ", SchemaType.labels()));
            return null;
        }
        String format = node.path("format").asText("default");
        List<String> formats = FORMATS.get(type);
        if (formats != null && !formats.contains(format)) {
            error(
                    findings,
                    document,
                    path.key("format"),
                    "the field '" + name + "' of type " + type + " has the unknown format '" + format
                            + "'; its formats are " + String.join(", ", formats));
            return null;
        }
        if (kind.takesPattern() && !format.equals("default") && !format.equals("any") && !format.contains("%")) {
            error(
                    findings,
                    document,
                    path.key("format"),
                    "the field '" + name + "' has the format '" + format
                            + "'; use default, any, or a pattern such as %d/%m/%Y");
            return null;
        }
        FieldType fieldType;
        try {
            fieldType = new FieldType(
                    type,
                    format,
                    texts(node.path("trueValues"), Set.of("true", "True", "TRUE", "1")),
                    texts(node.path("falseValues"), Set.of("false", "False", "FALSE", "0")),
                    node.path("decimalChar").asText("."),
                    node.path("groupChar").asText(""),
                    node.path("bareNumber").asBoolean(true));
        } catch (IllegalArgumentException e) {
            error(
                    findings,
                    document,
                    path.key("format"),
                    "the field '" + name + "' has the format '" + format + "', which is not valid: " + e.getMessage());
            return null;
        }
        JsonNode constraints = node.path("constraints");
        NodePath at = path.key("constraints");
        Integer minLength = length(document, at, constraints, "minLength", fieldType, findings);
        Integer maxLength = length(document, at, constraints, "maxLength", fieldType, findings);
        if (minLength != null && maxLength != null && minLength > maxLength) {
            error(
                    findings,
                    document,
                    at.key("minLength"),
                    "the field '" + name + "' has minLength " + minLength + " above maxLength " + maxLength);
        }
        Comparable<Object> minimum = bound(document, at, constraints, "minimum", fieldType, name, findings);
        Comparable<Object> maximum = bound(document, at, constraints, "maximum", fieldType, name, findings);
        if (minimum != null && maximum != null && FieldType.compare(minimum, maximum) > 0) {
            error(findings, document, at.key("minimum"), "the field '" + name + "' has a minimum above its maximum");
        }
        Pattern pattern = null;
        if (constraints.has("pattern")) {
            try {
                pattern = Pattern.compile(constraints.get("pattern").asText());
            } catch (PatternSyntaxException e) {
                error(
                        findings,
                        document,
                        at.key("pattern"),
                        "the field '" + name + "' has a pattern that is not a" + " valid regular expression: "
                                + e.getDescription());
            }
        }
        Set<Object> enumValues = null;
        if (constraints.has("enum")) {
            enumValues = new HashSet<>();
            for (JsonNode value : constraints.get("enum")) {
                try {
                    enumValues.add(fieldType.cast(value.asText()));
                } catch (FieldType.CastException e) {
                    error(
                            findings,
                            document,
                            at.key("enum"),
                            "the field '" + name + "' has the enum value '" + value.asText() + "', which is not "
                                    + e.getMessage());
                }
            }
        }
        return new SchemaField(
                name,
                fieldType,
                constraints.path("required").asBoolean(false),
                constraints.path("unique").asBoolean(false),
                minLength,
                maxLength,
                minimum,
                maximum,
                pattern,
                enumValues,
                document.locate(path));
    }

    private static Set<String> texts(JsonNode node, Set<String> fallback) {
        if (!node.isArray()) {
            return fallback;
        }
        Set<String> texts = new LinkedHashSet<>();
        node.forEach(v -> texts.add(v.asText()));
        return texts;
    }

    private static Integer length(
            LocatedDocument document,
            NodePath at,
            JsonNode constraints,
            String key,
            FieldType type,
            Findings findings) {
        if (!constraints.has(key)) {
            return null;
        }
        JsonNode value = constraints.get(key);
        if (!value.canConvertToInt() || value.intValue() < 0 || !value.isIntegralNumber()) {
            error(findings, document, at.key(key), key + " must be a whole number of 0 or more");
            return null;
        }
        if (!type.hasLength()) {
            error(findings, document, at.key(key), key + " does not apply to the type " + type.name());
            return null;
        }
        return value.intValue();
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> bound(
            LocatedDocument document,
            NodePath at,
            JsonNode constraints,
            String key,
            FieldType type,
            String name,
            Findings findings) {
        if (!constraints.has(key)) {
            return null;
        }
        if (!type.isOrdered()) {
            error(findings, document, at.key(key), key + " does not apply to the type " + type.name());
            return null;
        }
        try {
            return (Comparable<Object>) type.cast(constraints.get(key).asText());
        } catch (FieldType.CastException e) {
            error(
                    findings,
                    document,
                    at.key(key),
                    "the field '" + name + "' has the " + key + " '"
                            + constraints.get(key).asText() + "', which is not " + e.getMessage());
            return null;
        }
    }

    private static void error(Findings findings, LocatedDocument document, NodePath at, String problem) {
        findings.error("schema-error", "Invalid Table Schema: " + problem + ".", document.locate(at));
    }

    /**
     * The index of a field.
     *
     * @param name the field's name
     * @return its index, or -1
     */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
