package io.github.mlgate.lifecycle;

import io.github.mlgate.baseline.BaselineRequest;
import io.github.mlgate.data.DataRequest;
import io.github.mlgate.evaluation.EvaluationRequest;
import io.github.mlgate.evaluation.PredictionsFormat;
import io.github.mlgate.evaluation.Task;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.scope.ScopeRequest;
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
        GatePolicy policy = new GatePolicy(strict);
        PredictionsFormat format =
                new PredictionsFormat(Task.BINARY, "label", "prediction", "score", "1", 0.5, List.of("plan"));
        Path predictions = project.resolve("ml/predictions.csv");
        Path metrics = project.resolve("target/ml/metrics.json");
        return new CheckRequest(
                output,
                "test",
                selected,
                reuse,
                new ScopeRequest(project, null, policy),
                new DataRequest(project, null, 100, output, policy),
                new EvaluationRequest(
                        project,
                        null,
                        predictions,
                        format,
                        metrics,
                        project.resolve("ml/latencies.txt"),
                        null,
                        null,
                        "test",
                        30,
                        null,
                        200,
                        1L,
                        output,
                        policy),
                new BaselineRequest(
                        project,
                        null,
                        predictions,
                        metrics,
                        format,
                        "(,1.0)",
                        true,
                        200,
                        1L,
                        (group, artifact, range) -> Optional.empty(),
                        policy),
                off);
    }
}
