package io.github.mlgate.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.csv.Dialect;
import io.github.mlgate.data.engine.Engines;
import io.github.mlgate.data.engine.ParquetFiles;
import io.github.mlgate.data.engine.SqlEngines;
import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.EngineSource;
import io.github.mlgate.data.resource.EngineSpec;
import io.github.mlgate.data.resource.Splits;
import io.github.mlgate.data.schema.TableSchema;
import io.github.mlgate.document.DocumentException;
import io.github.mlgate.document.DocumentReader;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads a Frictionless Data Package descriptor into resources to validate. */
final class DataPackage {

    /**
     * Why paths may not leave the project, and how to allow it. The Data Package spec forbids absolute paths and
     * {@code ../} outright "to avoid security vulnerabilities"; mlgate allows {@code ../} that stays inside the project,
     * as descriptors in {@code src/ml} name data under the project's root.
     */
    private static final String OUTSIDE = "the data gate reads files inside the project only (a data package could"
            + " otherwise make the build read and print any file, such as /proc/self/environ). Move the file into the"
            + " project, or allow it with -Dmlgate.data.allowOutsideProject=true.";

    private DataPackage() {}

    /**
     * Reads the resources of a descriptor. Paths inside it resolve against the descriptor's directory.
     *
     * @param descriptor the descriptor
     * @param descriptorPath the descriptor's path
     * @param projectDirectory the project, for naming files
     * @param allowOutsideProject whether data and schema files may lie outside the project
     * @param findings where descriptor and schema errors go
     * @return the resources that can be validated
     */
    static List<DataResource> read(
            LocatedDocument descriptor,
            Path descriptorPath,
            Path projectDirectory,
            boolean allowOutsideProject,
            Findings findings) {
        return read(descriptor, descriptorPath, projectDirectory, allowOutsideProject, Map.of(), findings);
    }

    /**
     * Reads the resources, with the engines the build configures beside the package's.
     *
     * @param descriptor the descriptor
     * @param descriptorPath where it is
     * @param projectDirectory the project's base directory
     * @param allowOutsideProject whether files may lie outside the project directory
     * @param configured the build's engines ({@link SqlEngines#configured})
     * @param findings where errors go
     * @return the resources without errors
     */
    static List<DataResource> read(
            LocatedDocument descriptor,
            Path descriptorPath,
            Path projectDirectory,
            boolean allowOutsideProject,
            Map<String, JsonNode> configured,
            Findings findings) {
        JsonNode root = descriptor.root();
        List<DataResource> resources = new ArrayList<>();
        if (!root.isObject()
                || !root.path("resources").isArray()
                || root.get("resources").isEmpty()) {
            findings.error(
                    "package-error",
                    "The data package " + descriptor.file() + " needs a non-empty list of resources.",
                    descriptor.locate(NodePath.ROOT.key("resources")));
            return resources;
        }
        DescriptorKeys.checkPackage(descriptor, findings);
        java.util.Map<String, EngineSpec> engines =
                Engines.read(descriptor, configured, projectDirectory, allowOutsideProject, findings);
        Set<String> names = new HashSet<>();
        // A schema file shared by several resources is read for each: its findings are reported once.
        Set<io.github.mlgate.gate.Finding> reported = new HashSet<>();
        JsonNode list = root.get("resources");
        for (int i = 0; i < list.size(); i++) {
            NodePath at = NodePath.ROOT.key("resources").index(i);
            Findings own = new Findings();
            DataResource resource = resource(
                    descriptor, at, list.get(i), descriptorPath, projectDirectory, allowOutsideProject, engines, own);
            for (io.github.mlgate.gate.Finding finding : own.list()) {
                if (reported.add(finding)) {
                    findings.add(finding);
                }
            }
            if (resource != null) {
                if (!names.add(resource.name())) {
                    findings.error(
                            "resource-error",
                            "Two resources are named '" + resource.name() + "'.",
                            descriptor.locate(at.key("name")));
                } else {
                    resources.add(resource);
                }
            }
        }
        return resources;
    }

    /**
     * Reads the splits section, checking that it names resources of the package and fields they have.
     *
     * @param descriptor the descriptor
     * @param resources the package's resources
     * @param findings where errors go
     * @return the splits, or null when there is no section or it has an error
     */
    static Splits splits(LocatedDocument descriptor, List<DataResource> resources, Findings findings) {
        JsonNode node = descriptor.root().path("splits");
        if (node.isMissingNode()) {
            return null;
        }
        NodePath at = NodePath.ROOT.key("splits");
        int before = findings.list().size();
        java.util.Map<String, String> roles = new java.util.LinkedHashMap<>();
        for (String role : Splits.ROLES) {
            if (node.path(role).isTextual()) {
                String name = node.get(role).asText();
                if (resources.stream().noneMatch(r -> r.name().equals(name))) {
                    splitError(
                            findings,
                            descriptor,
                            at.key(role),
                            "splits." + role + " names '" + name + "', which is not a resource of the package");
                }
                roles.put(role, name);
            }
        }
        if (!roles.containsKey("train") || roles.size() < 2) {
            splitError(findings, descriptor, at, "splits needs a train split and a validation or test split");
        }
        List<String> key = TableSchema.names(node.path("key"));
        String label = node.path("label").isTextual() ? node.get("label").asText() : null;
        String time = node.path("time").path("field").isTextual()
                ? node.get("time").get("field").asText()
                : null;
        List<String> needed = new ArrayList<>(key);
        if (label != null) {
            needed.add(label);
        }
        if (time != null) {
            needed.add(time);
        }
        for (String name : roles.values()) {
            resources.stream().filter(r -> r.name().equals(name)).findFirst().ifPresent(resource -> {
                for (String field : needed) {
                    if (resource.schema().indexOf(field) < 0) {
                        splitError(
                                findings,
                                descriptor,
                                at,
                                "the splits name the field '" + field + "', which the" + " resource '" + name
                                        + "' does not have");
                    }
                }
            });
        }
        java.util.Map<String, Double[]> ratios = new java.util.LinkedHashMap<>();
        node.path("ratios")
                .fields()
                .forEachRemaining(e -> ratios.put(e.getKey(), new Double[] {
                    e.getValue().path("min").isNumber()
                            ? e.getValue().get("min").doubleValue()
                            : null,
                    e.getValue().path("max").isNumber()
                            ? e.getValue().get("max").doubleValue()
                            : null
                }));
        java.util.Map<String, Long> minRows = new java.util.LinkedHashMap<>();
        JsonNode least = node.path("minRows");
        for (String role : roles.keySet()) {
            if (least.canConvertToLong()) {
                minRows.put(role, least.longValue());
            } else if (least.path(role).canConvertToLong()) {
                minRows.put(role, least.get(role).longValue());
            }
        }
        double drift = node.path("maxLabelDrift").isNumber()
                ? node.get("maxLabelDrift").doubleValue()
                : Splits.DEFAULT_MAX_LABEL_DRIFT;
        if (findings.list().size() > before) {
            return null;
        }
        return new Splits(roles, key, label, ratios, minRows, time, drift, descriptor.locate(at));
    }

    private static void splitError(Findings findings, LocatedDocument descriptor, NodePath at, String problem) {
        findings.error("split-error", "Invalid splits: " + problem + ".", descriptor.locate(at));
    }

    private static DataResource resource(
            LocatedDocument descriptor,
            NodePath at,
            JsonNode node,
            Path descriptorPath,
            Path projectDirectory,
            boolean allowOutsideProject,
            java.util.Map<String, EngineSpec> engines,
            Findings findings) {
        if (!node.path("name").isTextual() || node.get("name").asText().isBlank()) {
            findings.error("resource-error", "Every resource needs a name.", descriptor.locate(at));
            return null;
        }
        String name = node.get("name").asText();
        String prefix = "Resource '" + name + "'";
        List<String> paths = TableSchema.names(node.path("path"));
        Engines.Place place = Engines.place(descriptor, at, node, prefix, findings);
        if (place == null) {
            return null;
        }
        if (paths.isEmpty() && !place.inEngine()) {
            findings.error(
                    "resource-error",
                    prefix + " needs a path (a file, a list of files, a directory or a glob of Parquet files), or an"
                            + " mlgate.table or mlgate.query in an engine.",
                    descriptor.locate(at));
            return null;
        }
        if (!paths.isEmpty() && place.inEngine()) {
            findings.error(
                    "resource-error",
                    prefix + " has both a path and an mlgate." + (place.table() != null ? "table" : "query")
                            + "; a resource is read from one place.",
                    descriptor.locate(at.key("path")));
            return null;
        }
        Path directory = descriptorPath.toAbsolutePath().getParent();
        List<Path> files = paths.stream().map(directory::resolve).toList();
        for (int p = 0; p < files.size(); p++) {
            if (!allowOutsideProject && ProjectFiles.isOutside(projectDirectory, files.get(p))) {
                findings.error(
                        "resource-error",
                        prefix + ": the path '" + paths.get(p) + "' leads outside the project directory; " + OUTSIDE,
                        descriptor.locate(
                                node.path("path").isArray() ? at.key("path").index(p) : at.key("path")));
                return null;
            }
        }
        String format = node.path("format")
                .asText(
                        place.inEngine()
                                ? "table"
                                : files.size() == 1 && Files.isDirectory(files.get(0))
                                        ? "parquet"
                                        : inferFormat(paths.get(0)));
        Dialect base;
        boolean jsonLines = false;
        EngineSource engine = null;
        switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> base = Dialect.CSV;
            case "tsv" -> base = Dialect.TSV;
            case "jsonl", "ndjson" -> {
                base = Dialect.CSV;
                jsonLines = true;
            }
            case "parquet", "table" -> {
                base = Dialect.CSV;
                engine = Engines.source(descriptor, at, place, engines, format, prefix, findings);
                if (engine == null) {
                    return null;
                }
                if (engine.readsFiles()) {
                    engine = engine.under(files);
                    List<Path> roots = files;
                    files = ParquetFiles.expand(files, paths, prefix, descriptor, at, node, findings);
                    if (files == null) {
                        return null;
                    }
                    for (Path file : files) {
                        // A folder or glob inside the project may still hold a link that leads out of it.
                        if (!allowOutsideProject
                                && !roots.contains(file)
                                && ProjectFiles.isOutside(projectDirectory, file)) {
                            findings.error(
                                    "resource-error",
                                    prefix + ": the file '" + ProjectFiles.display(projectDirectory, file) + "', found"
                                            + " under its path, is a link that leads outside the project directory; "
                                            + OUTSIDE,
                                    descriptor.locate(at.key("path")));
                            return null;
                        }
                    }
                }
            }
            default -> {
                findings.error(
                        "resource-error",
                        prefix + " has the format '" + format + "'; the data gate reads csv, tsv, jsonl and"
                                + " parquet.",
                        descriptor.locate(node.has("format") ? at.key("format") : at));
                return null;
            }
        }
        List<String> shown = engine != null && !engine.readsFiles()
                ? List.of(engine.engine().name() + ": " + engine.shown())
                : files.stream()
                        .map(f -> ProjectFiles.display(projectDirectory, f))
                        .toList();
        String encoding = node.path("encoding").asText("utf-8");
        java.nio.charset.Charset charset;
        try {
            charset = java.nio.charset.Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            findings.error(
                    "resource-error",
                    prefix + " has the encoding '" + encoding + "', which this Java does not"
                            + " know; use a name such as utf-8, iso-8859-1, windows-1252 or utf-16.",
                    descriptor.locate(at.key("encoding")));
            return null;
        }
        Dialect dialect = dialect(descriptor, at.key("dialect"), node.path("dialect"), base, prefix, findings);
        TableSchema schema =
                schema(descriptor, at, node, descriptorPath, projectDirectory, allowOutsideProject, prefix, findings);
        JsonNode mlgate = node.path("mlgate");
        NodePath own = at.key("mlgate");
        JsonNode rateNode = mlgate.path("maxErrorRate");
        Double maxErrorRate = rateNode.isNumber() ? rateNode.doubleValue() : null;
        if (!rateNode.isMissingNode() && !(maxErrorRate != null && maxErrorRate >= 0 && maxErrorRate <= 1)) {
            findings.error(
                    "resource-error",
                    prefix + " has mlgate.maxErrorRate " + rateNode + "; a rate is a number between 0 and 1.",
                    descriptor.locate(own.key("maxErrorRate")));
            return null;
        }
        JsonNode errorsNode = mlgate.path("maxErrors");
        Long maxErrors = errorsNode.isIntegralNumber() && errorsNode.canConvertToLong() ? errorsNode.longValue() : null;
        if (!errorsNode.isMissingNode() && !(maxErrors != null && maxErrors >= 0)) {
            findings.error(
                    "resource-error",
                    prefix + " has mlgate.maxErrors " + errorsNode + "; it is a whole number, 0 or more.",
                    descriptor.locate(own.key("maxErrors")));
            return null;
        }
        Boolean duplicateRows = flag(descriptor, own, mlgate, "duplicateRows", false, prefix, "mlgate.", findings);
        if (dialect == null || schema == null || duplicateRows == null) {
            return null;
        }
        return new DataResource(
                name,
                files,
                shown,
                charset,
                jsonLines,
                dialect,
                schema,
                maxErrorRate,
                maxErrors,
                duplicateRows,
                descriptor.locate(at),
                engine);
    }

    private static String inferFormat(String path) {
        String lower = path.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
        int dot = lower.lastIndexOf('.');
        return dot < 0 ? "csv" : lower.substring(dot + 1);
    }

    private static Dialect dialect(
            LocatedDocument descriptor, NodePath at, JsonNode node, Dialect base, String prefix, Findings findings) {
        if (node.isMissingNode()) {
            return base;
        }
        Character delimiter = character(descriptor, at, node, "delimiter", base.delimiter(), prefix, findings);
        Character quote = character(descriptor, at, node, "quoteChar", base.quoteChar(), prefix, findings);
        Character escape = character(descriptor, at, node, "escapeChar", base.escapeChar(), prefix, findings);
        String in = "the dialect ";
        Boolean doubleQuote = flag(descriptor, at, node, "doubleQuote", base.doubleQuote(), prefix, in, findings);
        Boolean header = flag(descriptor, at, node, "header", base.header(), prefix, in, findings);
        Boolean skipSpace =
                flag(descriptor, at, node, "skipInitialSpace", base.skipInitialSpace(), prefix, in, findings);
        if (delimiter == null || quote == null || escape == null) {
            return null;
        }
        for (String key : new String[] {"quoteChar", "escapeChar"}) {
            if (node.has(key) && node.get(key).asText().equals(String.valueOf(delimiter))) {
                findings.error(
                        "resource-error",
                        prefix + " has the dialect " + key + " '" + delimiter + "', which is also its delimiter; no"
                                + " record could be read as the file means it.",
                        descriptor.locate(at.key(key)));
                return null;
            }
        }
        if (doubleQuote == null || header == null || skipSpace == null) {
            return null;
        }
        return new Dialect(delimiter, quote, doubleQuote, escape, header, skipSpace);
    }

    /**
     * A true-or-false key: its value, the fallback when absent, or null (with an error) when it is anything else, so
     * {@code "yes"} or {@code 1} never silently reads as false.
     */
    private static Boolean flag(
            LocatedDocument descriptor,
            NodePath at,
            JsonNode node,
            String key,
            boolean fallback,
            String prefix,
            String in,
            Findings findings) {
        JsonNode value = node.path(key);
        if (value.isMissingNode()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            findings.error(
                    "resource-error",
                    prefix + " has " + in + key + " " + value + "; it is true or false.",
                    descriptor.locate(at.key(key)));
            return null;
        }
        return value.booleanValue();
    }

    private static Character character(
            LocatedDocument descriptor,
            NodePath at,
            JsonNode node,
            String key,
            char fallback,
            String prefix,
            Findings findings) {
        if (!node.has(key)) {
            return fallback;
        }
        String value = node.get(key).asText();
        if (value.length() != 1 || value.charAt(0) > 127) {
            findings.error(
                    "resource-error",
                    prefix + " has the dialect " + key + " '" + value + "'; it must be one ASCII character.",
                    descriptor.locate(at.key(key)));
            return null;
        }
        return value.charAt(0);
    }

    private static TableSchema schema(
            LocatedDocument descriptor,
            NodePath at,
            JsonNode node,
            Path descriptorPath,
            Path projectDirectory,
            boolean allowOutsideProject,
            String prefix,
            Findings findings) {
        JsonNode schema = node.path("schema");
        if (schema.isObject()) {
            return TableSchema.read(descriptor, at.key("schema"), findings);
        }
        if (schema.isTextual()) {
            Path file = descriptorPath.toAbsolutePath().getParent().resolve(schema.asText());
            if (!allowOutsideProject && ProjectFiles.isOutside(projectDirectory, file)) {
                findings.error(
                        "schema-error",
                        prefix + ": the schema path '" + schema.asText() + "' leads outside the project directory; "
                                + OUTSIDE,
                        descriptor.locate(at.key("schema")));
                return null;
            }
            try {
                LocatedDocument document = DocumentReader.read(file, ProjectFiles.display(projectDirectory, file));
                document.reportDuplicateKeys(findings);
                DescriptorKeys.checkSchema(document, NodePath.ROOT, findings);
                return TableSchema.read(document, NodePath.ROOT, findings);
            } catch (DocumentException e) {
                findings.error("schema-error", prefix + "'s schema cannot be read: " + e.getMessage(), e.location());
                return null;
            }
        }
        findings.error(
                "missing-schema",
                prefix + " has no schema; the data gate needs a Table Schema for every"
                        + " resource, inline or as a path to a schema file.",
                descriptor.locate(at));
        return null;
    }
}
