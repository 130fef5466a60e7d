package io.github.mlgate.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.mlgate.deployment.DeployGate;
import io.github.mlgate.deployment.ServingSummary;
import io.github.mlgate.gate.AtomicFiles;
import io.github.mlgate.gate.ContentHash;
import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blessing: a record, written only when every gate of the build ran and passed, that ties the model (by its
 * SHA-256) to the plugin version and to each gate's verdict and evidence. A release pipeline or a serving platform
 * can refuse a model whose SHA-256 no blessing names, as TFX's Pusher refuses an unblessed model.
 *
 * @param model the model file, as the user names it
 * @param modelSha256 the model file's SHA-256
 * @param plugin the plugin version that judged it
 * @param run the build run that judged it
 * @param gates each gate's verdict and evidence, in lifecycle order
 */
public record Blessing(String model, String modelSha256, String plugin, String run, List<GateEvidence> gates) {

    /** The file, in the output directory. */
    public static final String FILE = "blessing.json";

    /** The classifier the blessing is attached with. */
    public static final String CLASSIFIER = "mlblessing";

    /**
     * One gate's verdict and the files it judged.
     *
     * @param name the gate
     * @param status its status, always {@code PASSED} in a blessing
     * @param evidence each file's SHA-256, by the file as the user names it
     */
    public record GateEvidence(String name, GateStatus status, Map<String, String> evidence) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Why a build earns no blessing.
     *
     * @param results every gate's result in this build so far
     * @return the reason, or null when every registered gate ran and passed
     */
    public static String withheld(List<GateResult> results) {
        Map<String, GateResult> byGate = new LinkedHashMap<>();
        results.forEach(result -> byGate.put(result.gate(), result));
        List<String> reasons = new ArrayList<>();
        for (Gate<?> gate : GateRegistry.GATES) {
            GateResult result = byGate.get(gate.name());
            if (result == null) {
                reasons.add(gate.name() + " did not run in this build");
            } else if (result.status() == GateStatus.SKIPPED) {
                reasons.add(gate.name() + " was skipped (" + result.skippedReason() + ")");
            } else if (result.status() != GateStatus.PASSED) {
                reasons.add(gate.name() + " " + result.status());
            }
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    /**
     * Makes the blessing of a build every gate of which passed.
     *
     * @param results every gate's result in this build, each {@code PASSED}
     * @param requests the gates' requests, for their evidence
     * @param projectDirectory the project, for naming files
     * @param toolVersion the plugin's version
     * @param run the build run
     * @return the blessing
     * @throws IllegalStateException when {@link #withheld} gives a reason
     */
    public static Blessing of(
            List<GateResult> results, GateRequests requests, Path projectDirectory, String toolVersion, String run) {
        String reason = withheld(results);
        if (reason != null) {
            throw new IllegalStateException("No blessing: " + reason);
        }
        List<GateEvidence> gates = new ArrayList<>();
        ServingSummary serving = null;
        for (Gate<?> gate : GateRegistry.GATES) {
            GateResult result = results.stream()
                    .filter(r -> r.gate().equals(gate.name()))
                    .reduce((first, last) -> last)
                    .orElseThrow();
            if (gate.name().equals(DeployGate.NAME)) {
                serving = result.section(ServingSummary.KEY, ServingSummary.class);
            }
            gates.add(new GateEvidence(gate.name(), result.status(), evidence(gate, requests, projectDirectory)));
        }
        if (serving == null) {
            throw new IllegalStateException("No blessing: the deploy gate recorded no model");
        }
        return new Blessing(serving.model(), serving.sha256(), toolVersion, run, gates);
    }

    private static <R extends Record> Map<String, String> evidence(
            Gate<R> gate, GateRequests requests, Path projectDirectory) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Path file : gate.evidence(requests.of(gate))) {
            Path absolute = projectDirectory.resolve(file).toAbsolutePath().normalize();
            hashes.put(ProjectFiles.display(projectDirectory, absolute), ContentHash.of(absolute));
        }
        return hashes;
    }

    /**
     * Writes the blessing, whole or not at all.
     *
     * @param outputDirectory the output directory
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public Path write(Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE);
        try {
            AtomicFiles.write(file, JSON.writeValueAsString(this) + "\n");
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
        return file;
    }

    /**
     * Removes an earlier build's blessing, so that a build that earns none leaves none behind.
     *
     * @param outputDirectory the output directory
     * @throws IOException when it cannot be removed
     */
    public static void withdraw(Path outputDirectory) throws IOException {
        Files.deleteIfExists(outputDirectory.resolve(FILE));
    }
}
