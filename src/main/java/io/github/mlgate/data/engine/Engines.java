package io.github.mlgate.data.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.data.resource.EngineKind;
import io.github.mlgate.data.resource.EngineSource;
import io.github.mlgate.data.resource.EngineSpec;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the engines of a data package ({@code mlgate.engines}) and which engine, table or query each resource names
 * ({@code docs/engines.md}).
 */
public final class Engines {

    private Engines() {}

    /**
     * Where a resource's {@code mlgate} says it is read: its engine's name, and a table or a query.
     *
     * @param engine the engine's name, or null
     * @param table the table, or null
     * @param query the query, or null
     */
    public record Place(String engine, String table, String query) {

        /** Whether the resource is a table or a query of an engine, rather than files. */
        public boolean inEngine() {
            return table != null || query != null;
        }
    }

    /**
     * Reads the engines a data package declares.
     *
     * @param descriptor the descriptor
     * @param findings where errors go
     * @return the engines by name; those with errors left out
     */
    public static Map<String, EngineSpec> read(LocatedDocument descriptor, Findings findings) {
        return read(descriptor, Map.of(), null, false, findings);
    }

    /**
     * Reads the engines a data package declares, and those the build configures, which replace the package's of the
     * same name: a build profile can point the package's engine at a cluster without editing the package.
     *
     * @param descriptor the descriptor
     * @param configured the build's engines by name, as the descriptor would declare them ({@link
     *     SqlEngines#configured})
     * @param projectDirectory the project's base directory, where a data package's DuckDB database file must lie
     *     (null: the working directory)
     * @param allowOutsideProject whether the build lets data lie outside the project
     * @param findings where errors go
     * @return the engines by name; those with errors left out
     */
    public static Map<String, EngineSpec> read(
            LocatedDocument descriptor,
            Map<String, JsonNode> configured,
            java.nio.file.Path projectDirectory,
            boolean allowOutsideProject,
            Findings findings) {
        Map<String, EngineSpec> engines = new LinkedHashMap<>();
        java.nio.file.Path project = projectDirectory == null ? java.nio.file.Path.of("") : projectDirectory;
        node(descriptor).ifPresent(declared -> readDeclared(descriptor, declared, engines, findings));
        // An engine the build replaces is never used as the package declares it.
        engines.keySet().removeAll(configured.keySet());
        engines.replaceAll((name, engine) -> {
            List<DescriptorEngineRules.Refusal> refused =
                    DescriptorEngineRules.refusals(engine, project, allowOutsideProject);
            NodePath at = NodePath.ROOT.key("mlgate").key("engines").key(name);
            refused.forEach(refusal -> findings.error(
                    "package-error",
                    refusal.message(),
                    descriptor.locate(
                            refusal.option() == null
                                    ? at.key(refusal.key())
                                    : at.key(refusal.key()).key(refusal.option()))));
            return refused.isEmpty() ? engine : null;
        });
        engines.values().removeIf(java.util.Objects::isNull);
        configured.forEach((name, node) -> {
            if (name.isBlank()) {
                findings.error(
                        "package-error",
                        "An engine of the plugin's <engines> has no <name>: resources name their engine by it.",
                        io.github.mlgate.gate.Location.ofFile("pom.xml"));
                return;
            }
            engines.remove(name);
            EngineSpec engine = engine(
                    at -> io.github.mlgate.gate.Location.ofFile("pom.xml"),
                    NodePath.ROOT.key(name),
                    name,
                    node,
                    true,
                    findings);
            if (engine != null) {
                engines.put(name, engine);
            }
        });
        return engines;
    }

    private static java.util.Optional<JsonNode> node(LocatedDocument descriptor) {
        JsonNode node = descriptor.root().path("mlgate").path("engines");
        return node.isMissingNode() ? java.util.Optional.empty() : java.util.Optional.of(node);
    }

    private static void readDeclared(
            LocatedDocument descriptor, JsonNode node, Map<String, EngineSpec> engines, Findings findings) {
        NodePath at = NodePath.ROOT.key("mlgate").key("engines");
        if (!node.isObject()) {
            findings.error(
                    "package-error",
                    "mlgate.engines is a map of engines by name, such as 'warehouse: {type: jdbc, url: ...}'.",
                    descriptor.locate(at));
            return;
        }
        node.fields().forEachRemaining(entry -> {
            EngineSpec engine = engine(
                    descriptor::locate, at.key(entry.getKey()), entry.getKey(), entry.getValue(), false, findings);
            if (engine != null) {
                engines.put(entry.getKey(), engine);
            }
        });
    }

    private static EngineSpec engine(
            java.util.function.Function<NodePath, io.github.mlgate.gate.Location> locate,
            NodePath at,
            String name,
            JsonNode node,
            boolean inBuild,
            Findings findings) {
        String prefix = "Engine '" + name + "'";
        JsonNode type = node.path("type");
        if (!type.isTextual() || !EngineKind.TYPES.contains(type.asText())) {
            String hint = type.isTextual()
                    ? Suggestions.closest(type.asText(), EngineKind.TYPES)
                            .map(s -> "; did you mean '" + s + "'?")
                            .orElse("")
                    : "";
            findings.error(
                    "package-error",
                    prefix + " has the type " + (type.isMissingNode() ? "(none)" : type.toString())
                            + (hint.isEmpty() ? "." : hint)
                            + " An engine's type is one of " + String.join(", ", EngineKind.TYPES) + ".",
                    locate.apply(type.isMissingNode() ? at : at.key("type")));
            return null;
        }
        // What the type alone says; a jdbc engine is PostgreSQL or another database once its url is read.
        EngineKind kind = EngineKind.of(type.asText(), null);
        Map<String, String> options = new LinkedHashMap<>();
        JsonNode given = node.path("options");
        if (!given.isMissingNode() && !given.isObject()) {
            findings.error(
                    "package-error",
                    prefix + " has options that are not a map of names to values.",
                    locate.apply(at.key("options")));
            return null;
        }
        boolean[] valid = {true};
        given.fields().forEachRemaining(option -> {
            if (!option.getValue().isValueNode() || option.getValue().isNull()) {
                findings.error(
                        "package-error",
                        prefix + " has the option '" + option.getKey() + "' with a value that is not text, a number"
                                + " or true/false.",
                        locate.apply(at.key("options").key(option.getKey())));
                valid[0] = false;
            } else {
                options.put(option.getKey(), option.getValue().asText());
            }
        });
        String[] texts = new String[5];
        String[] keys = {"url", "server", "userEnv", "passwordEnv", "master"};
        for (int i = 0; i < keys.length; i++) {
            JsonNode value = node.path(keys[i]);
            if (value.isMissingNode()) {
                continue;
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                findings.error(
                        "package-error",
                        prefix + " has the " + keys[i] + " " + value + "; it is a text.",
                        locate.apply(at.key(keys[i])));
                valid[0] = false;
            } else {
                texts[i] = value.asText();
            }
        }
        if (texts[4] != null && valid[0]) {
            if (kind != EngineKind.SPARK || texts[0] != null) {
                findings.error(
                        "package-error",
                        prefix + " has a master, which "
                                + (texts[0] != null
                                        ? "is its url: give one of them."
                                        : "only a spark engine has; a " + type.asText() + " engine has a url."),
                        locate.apply(at.key("master")));
                return null;
            }
            texts[0] = texts[4];
        }
        if (kind == EngineKind.SPARK && valid[0]) {
            for (int i = 1; i <= 3; i++) {
                if (texts[i] != null) {
                    findings.error(
                            "package-error",
                            prefix + " has a " + keys[i] + ", but a spark engine takes no credentials: Spark's own"
                                    + " authentication is configured in its options.",
                            locate.apply(at.key(keys[i])));
                    return null;
                }
            }
        }
        if (kind.isJdbc() && texts[0] == null && valid[0]) {
            findings.error(
                    "package-error",
                    prefix + " is a jdbc engine without a url, such as jdbc:postgresql://localhost:5432/ml.",
                    locate.apply(at));
            return null;
        }
        return valid[0]
                ? new EngineSpec(
                        name,
                        EngineKind.of(type.asText(), texts[0]),
                        texts[0],
                        texts[1],
                        texts[2],
                        texts[3],
                        options,
                        locate.apply(at),
                        inBuild)
                : null;
    }

    /**
     * Reads where a resource's {@code mlgate} says it is: an engine, and a table or a query.
     *
     * @param descriptor the descriptor
     * @param at where the resource is
     * @param node the resource
     * @param prefix how messages about the resource start
     * @param findings where errors go
     * @return the place, or null after an error
     */
    public static Place place(
            LocatedDocument descriptor, NodePath at, JsonNode node, String prefix, Findings findings) {
        JsonNode mlgate = node.path("mlgate");
        String[] values = new String[3];
        String[] keys = {"engine", "table", "query"};
        for (int i = 0; i < keys.length; i++) {
            JsonNode value = mlgate.path(keys[i]);
            if (value.isMissingNode()) {
                continue;
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                findings.error(
                        "resource-error",
                        prefix + " has mlgate." + keys[i] + " " + value + "; it is a text.",
                        descriptor.locate(at.key("mlgate").key(keys[i])));
                return null;
            }
            values[i] = value.asText();
        }
        if (values[2] != null) {
            String refused = DescriptorEngineRules.queryRefusal(values[2]);
            if (refused != null) {
                findings.error(
                        "resource-error",
                        prefix + ": mlgate.query " + refused,
                        descriptor.locate(at.key("mlgate").key("query")));
                return null;
            }
            values[2] = DescriptorEngineRules.withoutFinalSemicolons(values[2]);
        }
        if (values[1] != null && values[2] != null) {
            findings.error(
                    "resource-error",
                    prefix + " has both mlgate.table and mlgate.query; a resource is read from one place.",
                    descriptor.locate(at.key("mlgate").key("query")));
            return null;
        }
        if ((values[1] != null || values[2] != null) && values[0] == null) {
            findings.error(
                    "resource-error",
                    prefix + " has an mlgate." + (values[1] != null ? "table" : "query") + " but no mlgate.engine:"
                            + " name the engine of mlgate.engines that holds it.",
                    descriptor.locate(at.key("mlgate")));
            return null;
        }
        return new Place(values[0], values[1], values[2]);
    }

    /**
     * The engine that reads a Parquet resource or a table: the one it names, or embedded DuckDB for Parquet files.
     *
     * @param descriptor the descriptor
     * @param at where the resource is
     * @param place where the resource says it is
     * @param engines the package's engines
     * @param format the resource's format
     * @param prefix how messages about the resource start
     * @param findings where errors go
     * @return the source, or null after an error
     */
    public static EngineSource source(
            LocatedDocument descriptor,
            NodePath at,
            Place place,
            Map<String, EngineSpec> engines,
            String format,
            String prefix,
            Findings findings) {
        EngineSpec engine;
        if (place.engine() == null) {
            engine = EngineSpec.embedded(descriptor.locate(at));
        } else {
            engine = engines.get(place.engine());
            if (engine == null) {
                String hint = Suggestions.closest(place.engine(), List.copyOf(engines.keySet()))
                        .map(s -> " Did you mean '" + s + "'?")
                        .orElse(
                                engines.isEmpty()
                                        ? " The data package declares no engine: add it under mlgate.engines."
                                        : " The engines declared are " + String.join(", ", engines.keySet()) + ".");
                findings.error(
                        "resource-error",
                        prefix + " names the engine '" + place.engine() + "', which mlgate.engines does not"
                                + " declare (or declares with an error)." + hint,
                        descriptor.locate(at.key("mlgate").key("engine")));
                return null;
            }
        }
        if (!place.inEngine() && engine.kind().isJdbc()) {
            findings.error(
                    "resource-error",
                    prefix + " is a " + format + " file read by the " + engine.shown() + ", which reads tables:"
                            + " give it an mlgate.table or mlgate.query, or read the files with a duckdb or spark"
                            + " engine.",
                    descriptor.locate(at.key("mlgate").key("engine")));
            return null;
        }
        return new EngineSource(engine, place.table(), place.query(), List.of());
    }
}
