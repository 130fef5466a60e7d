package io.github.mlgate.data;

import static io.github.mlgate.gate.TestFindings.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mlgate.data.split.SplitChecks;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitChecksTest {

    private static final String SCHEMA = "    schema:\n      fields:\n"
            + "        - {name: id, type: integer}\n        - {name: day, type: date}\n"
            + "        - {name: label, type: string}\n";

    @TempDir
    Path project;

    @Test
    void jensenShannonDistanceMatchesScipy() {
        // scipy.spatial.distance.jensenshannon(p, q, base=2)
        assertThat(SplitChecks.jensenShannonDistance(Map.of("a", 70L, "b", 30L), Map.of("a", 50L, "b", 50L)))
                .isCloseTo(0.17408372939284805, within(1e-12));
        assertThat(SplitChecks.jensenShannonDistance(Map.of("a", 3L, "b", 1L), Map.of("a", 2L, "b", 1L, "c", 1L)))
                .isCloseTo(0.3783594566887844, within(1e-12));
    }

    @Test
    void cleanSplitsPass() throws IOException {
        GateResult result = run(
                rows(1, 80, "2024-01-01", "yes", "no"),
                rows(81, 20, "2024-06-01", "yes", "no"),
                "  key: id\n  label: label\n  time: {field: day}\n  ratios: {test: {min: 0.15, max: 0.3}}\n"
                        + "  minRows: 10\n");

        assertThat(result.violations()).isEmpty();
        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(messages(result, "label-drift"))
                .containsExactly("The label distribution of test is 0 from train's (Jensen-Shannon distance, base 2);"
                        + " maxLabelDrift is 0.1.");
    }

    @Test
    void samplesInBothSplitsAreLeakage() throws IOException {
        GateResult result =
                run(rows(1, 80, "2024-01-01", "yes", "no"), rows(79, 20, "2024-06-01", "yes", "no"), "  key: id\n");

        assertThat(messages(result, "split-leakage"))
                .containsExactly("The train and test splits share 2 samples by key (id), for example train row 80"
                        + " and test row 2; train row 81 and test row 3. A sample in both leaks the"
                        + " test set into train.");
    }

    @Test
    void withoutAKeyWholeRowsAreCompared() throws IOException {
        GateResult result = run(rows(1, 10, "2024-01-01", "yes", "yes"), rows(10, 5, "2024-01-01", "yes", "yes"), "");

        assertThat(messages(result, "split-leakage")).hasSize(1);
        assertThat(messages(result, "split-leakage").get(0)).contains("share 1 samples by whole rows");
    }

    @Test
    void ratiosSizesLabelsAndTimeAreChecked() throws IOException {
        GateResult result = run(
                rows(1, 95, "2024-05-01", "yes", "yes"),
                rows(96, 5, "2024-03-01", "maybe", "no"),
                "  key: id\n  label: label\n  time: {field: day}\n  ratios: {test: {min: 0.15, max: 0.3}}\n"
                        + "  minRows: {test: 10}\n");

        assertThat(messages(result, "split-ratio"))
                .containsExactly("The test split (test) holds 5% of the rows; ratios.test asks for 15% to 30%.");
        assertThat(messages(result, "split-size"))
                .containsExactly("The test split (test) has 5 rows; minRows asks for at least 10.");
        assertThat(messages(result, "unseen-label"))
                .containsExactly("The test split has values of label that the train split never has: 'maybe' (3"
                        + " rows), 'no' (2 rows).");
        assertThat(messages(result, "temporal-leakage"))
                .containsExactly("The train split's latest day (2024-05-01) is not before the test split's earliest"
                        + " (2024-03-01): the model would be tested on a past it has seen the future of.");
        assertThat(messages(result, "label-drift")).hasSize(1);
    }

    @Test
    void splitsNamingWhatDoesNotExistAreErrors() throws IOException {
        GateResult result = run(
                rows(1, 5, "2024-01-01", "a", "b"), rows(6, 5, "2024-01-01", "a", "b"), "  key: customer\n", "trian");

        assertThat(messages(result, "split-error"))
                .containsExactly(
                        "Invalid splits: splits.train names 'trian', which is not a resource of the package.",
                        "Invalid splits: the splits name the field 'customer', which the resource 'test' does not"
                                + " have.");
    }

    private static String rows(int first, int count, String day, String mostly, String sometimes) {
        StringBuilder csv = new StringBuilder("id,day,label\n");
        for (int i = 0; i < count; i++) {
            csv.append(first + i)
                    .append(',')
                    .append(day)
                    .append(',')
                    .append(i % 2 == 0 ? mostly : sometimes)
                    .append('\n');
        }
        return csv.toString();
    }

    private GateResult run(String train, String test, String splits) throws IOException {
        return run(train, test, splits, "train");
    }

    private GateResult run(String train, String test, String splits, String trainName) throws IOException {
        Path directory = project.resolve("src/ml");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("train.csv"), train);
        Files.writeString(directory.resolve("test.csv"), test);
        Files.writeString(
                directory.resolve("datapackage.yaml"),
                "resources:\n"
                        + "  - name: train\n    path: train.csv\n" + SCHEMA
                        + "  - name: test\n    path: test.csv\n" + SCHEMA
                        + "splits:\n  train: " + trainName + "\n  test: test\n" + splits);
        return new DataGate()
                .run(new DataRequest(project, null, 100, project.resolve("target/mlgate"), GatePolicy.DEFAULT));
    }
}
