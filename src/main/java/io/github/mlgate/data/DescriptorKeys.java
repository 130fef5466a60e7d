package io.github.mlgate.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys a data package descriptor and a Table Schema may hold: those of the Frictionless Data Package, Data
 * Resource, CSV Dialect and Table Schema v1 specs, and mlgate's own. A key none defines is an {@code unknown-key}
 * error with a did-you-mean: a misspelled {@code primarykey} or {@code contraints} would otherwise be ignored and let
 * data that breaks it pass. A key the specs define that would change what is valid but that mlgate does not check is
 * a {@code key-not-checked} warning, so no rule is silently dropped; keys that only describe are accepted.
 */
final class DescriptorKeys {

    private DescriptorKeys() {}

    /** The keys of each kind of object, and those of them mlgate does not check though they constrain the data. */
    private record Keys(Set<String> known, Set<String> notChecked) {}

    private static final Keys PACKAGE = new Keys(
            Set.of(
                    "resources",
                    "splits",
                    "name",
                    "id",
                    "profile",
                    "$schema",
                    "title",
                    "description",
                    "homepage",
                    "version",
                    "created",
                    "contributors",
                    "keywords",
                    "image",
                    "licenses",
                    "sources",
                    "mlgate"),
            Set.of());

    private static final Keys RESOURCE = new Keys(
            Set.of(
                    "name",
                    "path",
                    "format",
                    "encoding",
                    "dialect",
                    "schema",
                    "mlgate",
                    "profile",
                    "$schema",
                    "title",
                    "description",
                    "mediatype",
                    "bytes",
                    "hash",
                    "sources",
                    "licenses",
                    "type",
                    "data",
                    "scheme",
                    "compression"),
            Set.of("data", "bytes", "hash", "compression", "scheme"));

    private static final Keys DIALECT = new Keys(
            Set.of(
                    "delimiter",
                    "quoteChar",
                    "doubleQuote",
                    "escapeChar",
                    "header",
                    "skipInitialSpace",
                    "lineTerminator",
                    "nullSequence",
                    "commentChar",
                    "caseSensitiveHeader",
                    "csvddfVersion",
                    "$schema"),
            Set.of("nullSequence", "commentChar", "caseSensitiveHeader"));

    private static final Keys MLGATE =
            new Keys(Set.of("maxErrorRate", "maxErrors", "duplicateRows", "engine", "table", "query"), Set.of());

    private static final Keys PACKAGE_MLGATE = new Keys(Set.of("engines"), Set.of());

    private static final Keys ENGINE =
            new Keys(Set.of("type", "url", "master", "server", "userEnv", "passwordEnv", "options"), Set.of());

    private static final Keys SCHEMA = new Keys(
            Set.of(
                    "fields",
                    "primaryKey",
                    "foreignKeys",
                    "missingValues",
                    "$schema",
                    "profile",
                    "title",
                    "description"),
            Set.of());

    private static final Keys FIELD = new Keys(
            Set.of(
                    "name",
                    "type",
                    "format",
                    "constraints",
                    "title",
                    "description",
                    "example",
                    "rdfType",
                    "trueValues",
                    "falseValues",
                    "decimalChar",
                    "groupChar",
                    "bareNumber"),
            Set.of());

    private static final Keys CONSTRAINTS = new Keys(
            Set.of(
                    "required",
                    "unique",
                    "minLength",
                    "maxLength",
                    "minimum",
                    "maximum",
                    "pattern",
                    "enum",
                    "exclusiveMinimum",
                    "exclusiveMaximum",
                    "jsonSchema"),
            Set.of("exclusiveMinimum", "exclusiveMaximum", "jsonSchema"));

    private static final Keys FOREIGN_KEY = new Keys(Set.of("fields", "reference"), Set.of());

    private static final Keys REFERENCE = new Keys(Set.of("resource", "fields"), Set.of());

    private static final Keys SPLITS = new Keys(
            Set.of("train", "validation", "test", "key", "label", "ratios", "minRows", "time", "maxLabelDrift"),
            Set.of());

    private static final Keys TIME = new Keys(Set.of("field"), Set.of());

    private static final Keys RANGE = new Keys(Set.of("min", "max"), Set.of());

    /**
     * Checks every key of a data package descriptor, its resources, dialects, inline schemas and splits.
     *
     * @param descriptor the descriptor
     * @param findings where findings go
     */
    static void checkPackage(LocatedDocument descriptor, Findings findings) {
        JsonNode root = descriptor.root();
        check(descriptor, NodePath.ROOT, root, PACKAGE, "the data package", findings);
        NodePath own = NodePath.ROOT.key("mlgate");
        check(descriptor, own, root.path("mlgate"), PACKAGE_MLGATE, "the data package's mlgate", findings);
        for (Map.Entry<String, JsonNode> engine : iterable(root.path("mlgate").path("engines"))) {
            NodePath at = own.key("engines").key(engine.getKey());
            check(descriptor, at, engine.getValue(), ENGINE, "an engine", findings);
        }
        JsonNode resources = root.path("resources");
        for (int i = 0; i < resources.size(); i++) {
            NodePath at = NodePath.ROOT.key("resources").index(i);
            JsonNode resource = resources.get(i);
            check(descriptor, at, resource, RESOURCE, "a resource", findings);
            check(descriptor, at.key("dialect"), resource.path("dialect"), DIALECT, "a dialect", findings);
            check(descriptor, at.key("mlgate"), resource.path("mlgate"), MLGATE, "a resource's mlgate", findings);
            if (resource.path("schema").isObject()) {
                checkSchema(descriptor, at.key("schema"), findings);
            }
        }
        JsonNode splits = root.path("splits");
        check(descriptor, NodePath.ROOT.key("splits"), splits, SPLITS, "splits", findings);
        check(descriptor, NodePath.ROOT.key("splits").key("time"), splits.path("time"), TIME, "splits.time", findings);
        JsonNode ratios = splits.path("ratios");
        for (Map.Entry<String, JsonNode> role : iterable(ratios)) {
            NodePath at = NodePath.ROOT.key("splits").key("ratios").key(role.getKey());
            check(descriptor, at, role.getValue(), RANGE, "a ratio", findings);
        }
    }

    /**
     * Checks every key of a Table Schema, its fields, their constraints and its foreign keys.
     *
     * @param document the document holding the schema
     * @param at where the schema is in it
     * @param findings where findings go
     */
    static void checkSchema(LocatedDocument document, NodePath at, Findings findings) {
        JsonNode schema = at.isRoot() ? document.root() : document.root().at(at.pointer());
        check(document, at, schema, SCHEMA, "a Table Schema", findings);
        JsonNode fields = schema.path("fields");
        for (int i = 0; i < fields.size(); i++) {
            NodePath field = at.key("fields").index(i);
            check(document, field, fields.get(i), FIELD, "a field", findings);
            JsonNode constraints = fields.get(i).path("constraints");
            check(document, field.key("constraints"), constraints, CONSTRAINTS, "constraints", findings);
        }
        JsonNode keys = schema.path("foreignKeys");
        for (int i = 0; i < keys.size(); i++) {
            NodePath key = at.key("foreignKeys").index(i);
            check(document, key, keys.get(i), FOREIGN_KEY, "a foreign key", findings);
            check(document, key.key("reference"), keys.get(i).path("reference"), REFERENCE, "a reference", findings);
        }
    }

    private static void check(
            LocatedDocument document, NodePath at, JsonNode node, Keys keys, String what, Findings findings) {
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : iterable(node)) {
            String key = entry.getKey();
            NodePath place = at.key(key);
            if (!keys.known().contains(key)) {
                List<String> known = new ArrayList<>(keys.known());
                known.sort(null);
                String hint = Suggestions.closest(key, known)
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("; the keys known there are " + String.join(", ", known) + ".");
                findings.error(
                        "unknown-key",
                        "Unknown key '" + key + "' in " + what + hint + " An unknown key checks nothing, so it is an"
                                + " error.",
                        document.locate(place));
            } else if (keys.notChecked().contains(key)) {
                findings.warning(
                        "key-not-checked",
                        "The key '" + key + "' of " + what + " is in the spec, but mlgate does not check it: the data"
                                + " may break it and pass.",
                        document.locate(place));
            }
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }
}
