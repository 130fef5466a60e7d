package io.github.mlgate.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.mlgate.document.DocumentException;
import io.github.mlgate.document.DocumentReader;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.AtomicFiles;
import io.github.mlgate.gate.Findings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics file: {@code {"metrics": {"<name>": <number>}, "slices": {"<column>=<value>": {"<name>": <number>}}}},
 * written by any training tool and by the evaluation gate itself ({@code target/mlgate/metrics.json}), so one
 * release's output is the next release's baseline. A null value means undefined.
 */
final class MetricsFile {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MetricsFile() {}

    /**
     * Reads a metrics file. Every value that is not a number or null is an error at its line.
     *
     * @param path the file
     * @param file how to name it
     * @param findings where problems go
     * @return the table, or null when the file has any error
     */
    static MetricTable read(Path path, String file, Findings findings) {
        LocatedDocument document;
        try {
            document = DocumentReader.read(path, file);
        } catch (DocumentException e) {
            findings.error(e.code(), e.getMessage(), e.location());
            return null;
        }
        int before = findings.list().size();
        // roc_auc twice: which one did the training tool mean? Neither is taken.
        document.reportDuplicateKeys(findings);
        JsonNode root = document.root();
        if (!root.isObject() || (!root.has("metrics") && !root.has("slices"))) {
            findings.error(
                    "invalid-metrics-file",
                    file + " must be an object with \"metrics\" (and optionally \"slices\"), for example"
                            + " {\"metrics\": {\"f1\": 0.81}}.",
                    document.locateValue(NodePath.ROOT));
            return null;
        }
        MetricTable table = new MetricTable();
        table.overall.putAll(metrics(document, NodePath.ROOT.key("metrics"), findings));
        JsonNode slices = root.path("slices");
        NodePath slicesPath = NodePath.ROOT.key("slices");
        for (Iterator<String> names = slices.fieldNames(); names.hasNext(); ) {
            String slice = names.next();
            if (!slice.contains("=")) {
                findings.error(
                        "invalid-metrics-file",
                        file + ": the slice '" + slice + "' must be named column=value.",
                        document.locate(slicesPath.key(slice)));
                continue;
            }
            table.slices.put(slice, metrics(document, slicesPath.key(slice), findings));
        }
        JsonNode sizes = root.path("sliceSizes");
        for (Iterator<String> names = sizes.fieldNames(); names.hasNext(); ) {
            String slice = names.next();
            if (sizes.get(slice).canConvertToLong()) {
                table.sliceSizes.put(slice, sizes.get(slice).longValue());
            }
        }
        return findings.list().size() > before ? null : table;
    }

    private static Map<String, Double> metrics(LocatedDocument document, NodePath at, Findings findings) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        JsonNode node = document.root().at(at.pointer());
        if (node.isMissingNode()) {
            return metrics;
        }
        if (!node.isObject()) {
            findings.error(
                    "invalid-metrics-file",
                    document.file() + ": '" + at.display() + "' must map metric names to numbers.",
                    document.locateValue(at));
            return metrics;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (value.isNumber()) {
                metrics.put(entry.getKey(), value.doubleValue());
            } else if (value.isNull()) {
                metrics.put(entry.getKey(), Double.NaN);
            } else {
                findings.error(
                        "invalid-metrics-file",
                        document.file() + ": '" + at.key(entry.getKey()).display() + "' must be a number, not " + value
                                + ".",
                        document.locateValue(at.key(entry.getKey())));
            }
        }
        return metrics;
    }

    /**
     * Writes a table as a metrics file, whole or not at all.
     *
     * @param table the table
     * @param path where to write it
     * @throws IOException when it cannot be written
     */
    static void write(MetricTable table, Path path) throws IOException {
        AtomicFiles.write(path, MAPPER.writeValueAsString(table.summary()) + "\n");
    }
}
