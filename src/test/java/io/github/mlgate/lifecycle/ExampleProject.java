package io.github.mlgate.lifecycle;

import io.github.mlgate.baseline.ReleaseResolver;
import io.github.mlgate.deployment.ModelRuntime;
import io.github.mlgate.deployment.onnx.OnnxRuntimeModels;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.InvalidSettingsException;
import io.github.mlgate.gate.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The example project of docs/example, copied for a test, and a request for every gate over it. */
public final class ExampleProject {

    private ExampleProject() {}

    /**
     * Copies the example, without its build output.
     *
     * @param project where to copy it
     * @throws IOException when it cannot be copied
     */
    public static void copyTo(Path project) throws IOException {
        Path example = Path.of("docs/example");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = example.relativize(file);
                if (relative.startsWith("target")) {
                    continue;
                }
                Files.createDirectories(project.resolve(relative).getParent());
                Files.copy(file, project.resolve(relative));
            }
        }
    }

    /**
     * A request for every gate over the copied example, as its pom configures them.
     *
     * @param project the copy
     * @param selected the gates named, or empty for all
     * @param reuse whether stored results may be reused
     * @param off gates switched off, with the reason
     * @param strict whether warnings count as violations
     * @return the request
     */
    public static CheckRequest request(
            Path project, List<String> selected, boolean reuse, Map<String, String> off, boolean strict) {
        Path output = project.resolve("target/mlgate");
        GateSettings settings;
        try {
            settings = GateSettings.builder(project)
                    .outputDirectory(output)
                    .policy(new GatePolicy(strict))
                    .predictionsFile(project.resolve("ml/predictions.csv"))
                    .metricsFile(project.resolve("target/ml/metrics.json"))
                    .sliceColumns(List.of("plan"))
                    .latencyFile(project.resolve("ml/latencies.txt"))
                    .bootstrapResamples(200)
                    .bootstrapSeed(1L)
                    .versionRange("(,1.0)")
                    .build();
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException(e);
        }
        ReleaseResolver noReleases = (group, artifact, range) -> Optional.empty();
        Services services = Services.none()
                .with(ReleaseResolver.class, noReleases)
                .with(ModelRuntime.class, new OnnxRuntimeModels());
        return new CheckRequest(output, "test", selected, reuse, GateRequests.of(settings, services), off);
    }
}
