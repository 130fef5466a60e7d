package io.github.mlgate.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlgate.gate.AtomicFiles;
import io.github.mlgate.gate.ContentHash;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.report.GateResultJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gate's result kept by a lifecycle run in {@code results/<gate>.json}, with what it was computed from: the hash of
 * the configuration (which includes the plugin's version) and of every input, and the hash of every output the gate
 * wrote. It is reused only while all of them are unchanged.
 */
final class StoredResult {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String configuration;
    private final Map<String, String> inputs;
    private final Map<String, String> outputs;
    private final String storedAt;
    private final GateResult result;

    private StoredResult(
            String configuration,
            Map<String, String> inputs,
            Map<String, String> outputs,
            String storedAt,
            GateResult result) {
        this.configuration = configuration;
        this.inputs = inputs;
        this.outputs = outputs;
        this.storedAt = storedAt;
        this.result = result;
    }

    /**
     * Hashes the inputs of a gate about to run.
     *
     * @param files the files the gate reads
     * @return each file's hash, by absolute path
     */
    static Map<String, String> hash(List<Path> files) {
        Map<String, String> hashes = new LinkedHashMap<>();
        // Both cores: large data files dominate, and they hash independently.
        List<Map.Entry<String, String>> computed = files.parallelStream()
                .map(file -> file.toAbsolutePath().normalize())
                .distinct()
                .map(file -> Map.entry(file.toString(), ContentHash.of(file)))
                .toList();
        computed.forEach(entry -> hashes.put(entry.getKey(), entry.getValue()));
        return hashes;
    }

    /**
     * Reads the result stored for a gate, if it can be reused: same configuration, same inputs, outputs untouched.
     *
     * @param file the stored result's file
     * @param configuration the hash of the current configuration
     * @param inputs the hashes of the current inputs
     * @param sections the types of the gate's sections, to read them back
     * @return the stored result, or null when there is none or it is stale
     */
    static StoredResult reusable(
            Path file,
            String configuration,
            Map<String, String> inputs,
            Map<String, Class<? extends Record>> sections) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        StoredResult stored;
        try {
            stored = read(MAPPER.readTree(file.toFile()), sections);
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            // Our own file, left broken by an interrupted build: compute afresh.
            return null;
        }
        if (!stored.configuration.equals(configuration) || !stored.inputs.equals(inputs)) {
            return null;
        }
        for (Map.Entry<String, String> output : stored.outputs.entrySet()) {
            if (!ContentHash.of(Path.of(output.getKey())).equals(output.getValue())) {
                return null;
            }
        }
        return stored;
    }

    /**
     * Stores a result computed now.
     *
     * @param file where to store it
     * @param configuration the hash of its configuration
     * @param inputs the hashes of its inputs, taken before it ran
     * @param outputs the files it wrote
     * @param result the result
     * @throws IOException when the file cannot be written
     */
    static void store(
            Path file, String configuration, Map<String, String> inputs, List<Path> outputs, GateResult result)
            throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("gate", result.gate());
        root.put("configuration", configuration);
        root.put("storedAt", Instant.now().toString());
        ObjectNode in = root.putObject("inputs");
        inputs.forEach(in::put);
        ObjectNode out = root.putObject("outputs");
        hash(outputs).forEach(out::put);
        root.set("result", GateResultJson.toJson(result));
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /**
     * Removes the stored result of a gate that cannot be reused, so a later run never takes a stale one.
     *
     * @param file the stored result's file
     * @throws IOException when it cannot be removed
     */
    static void forget(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    private static StoredResult read(JsonNode root, Map<String, Class<? extends Record>> sections) {
        if (!root.path("configuration").isTextual() || !root.path("result").isObject()) {
            throw new IllegalArgumentException("not a stored result");
        }
        return new StoredResult(
                root.get("configuration").asText(),
                strings(root.path("inputs")),
                strings(root.path("outputs")),
                root.path("storedAt").asText(),
                GateResultJson.fromJson(root.get("result"), sections));
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            map.put(field.getKey(), field.getValue().asText());
        }
        return map;
    }

    /** The stored result. */
    GateResult result() {
        return result;
    }

    /** When it was stored, ISO 8601. */
    String storedAt() {
        return storedAt;
    }
}
