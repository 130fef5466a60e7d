package io.github.mlgate.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlgate.evaluation.Task;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule by which the settings are checked, each with the exact message a user sees. */
class GateSettingsTest {

    private static final Path PROJECT = Path.of("project");

    private static GateSettings.Builder builder() {
        return GateSettings.builder(PROJECT);
    }

    @Test
    void theDefaultsAreTheOnesTheGoalsDocument() throws Exception {
        GateSettings settings = builder().build();

        assertThat(settings.outputDirectory()).isEqualTo(PROJECT.resolve("target/mlgate"));
        assertThat(settings.predictionsFile()).isEqualTo(PROJECT.resolve("target/ml/predictions.csv"));
        assertThat(settings.metricsFile()).isEqualTo(PROJECT.resolve("target/ml/metrics.json"));
        assertThat(settings.task()).isEqualTo("binary");
        assertThat(settings.maxReportedErrors()).isEqualTo(100);
        assertThat(settings.bootstrapResamples()).isEqualTo(1000);
        assertThat(settings.minSliceSize()).isEqualTo(30);
        assertThat(settings.failOnMissingBaseline()).isTrue();
        assertThat(settings.sliceColumns()).isEmpty();
        assertThat(settings.policy()).isEqualTo(GatePolicy.DEFAULT);
    }

    /** The core names the record bound without using the reader; the two must not drift apart. */
    @Test
    void theRecordBoundIsTheCsvReadersDefault() {
        assertThat(GateSettings.DEFAULT_MAX_RECORD_BYTES)
                .isEqualTo(io.github.mlgate.csv.CsvReader.DEFAULT_MAX_RECORD_BYTES);
    }

    @Test
    void maxReportedErrorsIsNeitherNegativeNorAbsurd() throws Exception {
        assertThat(builder().maxReportedErrors(0).build().maxReportedErrors()).isZero();
        assertThat(builder().maxReportedErrors(100_000).build().maxReportedErrors())
                .isEqualTo(100_000);
        assertThatThrownBy(() -> builder().maxReportedErrors(-1).build())
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("maxReportedErrors is -1; use 0 to 100000 (every error is counted whatever the value).");
        assertThatThrownBy(() -> builder().maxReportedErrors(Integer.MAX_VALUE).build())
                .hasMessage("maxReportedErrors is 2147483647; use 0 to 100000 (every error is counted whatever the"
                        + " value).");
    }

    @Test
    void theTaskIsOneOfTheThreeInAnyCase() throws Exception {
        assertThat(builder().task(" Regression ").build().task()).isEqualTo("regression");
        assertThatThrownBy(() -> builder().task("ranking").build())
                .hasMessage("task is 'ranking'; use binary, multiclass or regression.");
        assertThatThrownBy(() -> builder().task(null).build())
                .hasMessage("task is 'null'; use binary, multiclass or regression.");
    }

    @Test
    void theTasksAreTheEvaluationGatesTasks() {
        assertThat(GateSettings.TASKS)
                .containsExactlyElementsOf(
                        Arrays.stream(Task.values()).map(Task::label).toList());
    }

    @Test
    void theDecisionThresholdIsAProbability() throws Exception {
        assertThat(builder().decisionThreshold(0).build().decisionThreshold()).isZero();
        assertThat(builder().decisionThreshold(1).build().decisionThreshold()).isEqualTo(1);
        assertThatThrownBy(() -> builder().decisionThreshold(1.5).build())
                .hasMessage("decisionThreshold is 1.5; use a value in [0, 1].");
        assertThatThrownBy(() -> builder().decisionThreshold(Double.NaN).build())
                .hasMessage("decisionThreshold is NaN; use a value in [0, 1].");
    }

    @Test
    void theBootstrapTakesOneHundredToOneHundredThousandResamples() throws Exception {
        assertThat(builder().bootstrapResamples(100).build().bootstrapResamples())
                .isEqualTo(100);
        assertThatThrownBy(() -> builder().bootstrapResamples(99).build())
                .hasMessage("bootstrapResamples is 99; use 100 to 100000 (1000 is usual).");
        // Two billion resamples ran out of memory before this bound.
        assertThatThrownBy(() -> builder().bootstrapResamples(2_000_000_000).build())
                .hasMessage("bootstrapResamples is 2000000000; use 100 to 100000 (1000 is usual).");
    }

    @Test
    void theConfidenceLiesStrictlyBetweenZeroAndOne() throws Exception {
        assertThat(builder().confidence(null).build().confidence()).isNull();
        assertThat(builder().confidence(0.95).build().confidence()).isEqualTo(0.95);
        assertThatThrownBy(() -> builder().confidence(1.0).build())
                .hasMessage("confidence is 1.0; use a level between 0 and 1, such as 0.95.");
        assertThatThrownBy(() -> builder().confidence(0.0).build())
                .hasMessage("confidence is 0.0; use a level between 0 and 1, such as 0.95.");
    }

    @Test
    void aJudgedSliceHasAtLeastOneRow() throws Exception {
        assertThat(builder().minSliceSize(1).build().minSliceSize()).isEqualTo(1);
        assertThatThrownBy(() -> builder().minSliceSize(0).build()).hasMessage("minSliceSize is 0; use 1 or more.");
    }

    @Test
    void aMissingBaselineFailsOrWarns() throws Exception {
        assertThat(builder().onMissing("warn").build().failOnMissingBaseline()).isFalse();
        assertThat(builder().onMissing("fail").build().failOnMissingBaseline()).isTrue();
        assertThatThrownBy(() -> builder().onMissing("ignore").build())
                .hasMessage("onMissing is 'ignore'; use fail or warn.");
    }

    @Test
    void theSettingsAreAValueThatCannotBeChangedThroughWhatBuiltThem() throws Exception {
        List<String> columns = new java.util.ArrayList<>(List.of("plan"));
        GateSettings settings = builder().sliceColumns(columns).build();
        columns.add("region");

        assertThat(settings.sliceColumns()).containsExactly("plan");
        assertThatThrownBy(() -> settings.sliceColumns().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(builder().sliceColumns(List.of("plan")).build()).isEqualTo(settings);
    }
}
