package io.github.mlgate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whatever a predictions file holds, the reader gives predictions or errors that say why, never an exception; and
 * predictions only when it found no error. The corpus in {@code PredictionsReaderFuzzTestInputs} runs with every
 * build; {@code ./mvnw -Pfuzz} fuzzes.
 */
class PredictionsReaderFuzzTest {

    private static final Path DIRECTORY = directory();

    @FuzzTest(maxDuration = "60s")
    void anyFileGivesPredictionsOrErrors(FuzzedDataProvider data) throws IOException {
        Task task = Task.values()[data.consumeInt(0, Task.values().length - 1)];
        List<String> slices = data.consumeBoolean() ? List.of("plan") : List.of();
        Path file = DIRECTORY.resolve("predictions.csv");
        Files.write(file, data.consumeRemainingAsBytes());
        PredictionsFormat format = new PredictionsFormat(task, "label", "prediction", "score", "1", 0.5, slices);
        Findings findings = new Findings();

        Predictions predictions =
                PredictionsReader.read(file, "predictions.csv", format, findings, new PredictionsCache());

        List<Finding> errors = findings.list().stream()
                .filter(finding -> finding.severity() == Severity.ERROR)
                .toList();
        if (predictions == null) {
            assertThat(errors).isNotEmpty();
        } else {
            assertThat(errors).isEmpty();
        }
    }

    private static Path directory() {
        try {
            return Files.createTempDirectory("mlgate-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
