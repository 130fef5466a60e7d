package io.github.mlgate.gate;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings of every gate for one run, as the user configured them: an immutable value, checked once when it is
 * built, from which each gate makes its own request ({@link Gate#request}). Paths may be relative to the project.
 *
 * @param projectDirectory the project's base directory
 * @param outputDirectory where the gates write their outputs
 * @param policy what counts as a violation
 * @param scopeFile the scope document, or null for the default locations
 * @param dataPackage the data package descriptor, or null for the default locations
 * @param maxReportedErrors how many data errors of each code are reported one by one
 * @param maxRecordBytes the most bytes a data record may take
 * @param allowOutsideProject whether data files may lie outside the project directory
 * @param predictionsFile the predictions CSV
 * @param metricsFile a metrics file written by a training tool
 * @param configuredEvidence the evidence files (predictions, metrics) the user named rather than left at their default
 *     locations: each must exist
 * @param task what the model predicts, one of {@link #TASKS}
 * @param labelColumn the predictions column holding the actual value or class
 * @param predictionColumn the predictions column holding the predicted value or class
 * @param scoreColumn the score column, or the prefix of one score column per class
 * @param positiveLabel binary: the value of the positive class
 * @param decisionThreshold binary without a prediction column: the score from which the positive class is predicted
 * @param sliceColumns columns whose values define slices
 * @param bootstrapResamples resamples per confidence interval or significance test
 * @param bootstrapSeed the bootstrap's seed
 * @param minSliceSize slices with fewer rows are reported, not judged
 * @param latencyFile measured latencies, or null
 * @param latencyColumn the CSV column of the latency file, or null for one number per line
 * @param modelFile the model artifact whose size is measured, or null
 * @param dataset the dataset the evidence comes from
 * @param confidence a confidence level for every criterion that sets none, or null
 * @param failOnMissingBaseline whether a baseline without evidence fails the gate ({@code onMissing=fail})
 * @param baselineVersionRange the version range of an artifact baseline that names none
 * @param deploymentFile the deployment document, or null for the default locations
 * @param deployAbsent why the deploy gate does not run in this build, or null when it does: a criterion the
 *     evaluation would hand it is then an error, never a silent pass
 */
public record GateSettings(
        Path projectDirectory,
        Path outputDirectory,
        GatePolicy policy,
        Path scopeFile,
        Path dataPackage,
        int maxReportedErrors,
        long maxRecordBytes,
        boolean allowOutsideProject,
        Path predictionsFile,
        Path metricsFile,
        java.util.Set<Path> configuredEvidence,
        String task,
        String labelColumn,
        String predictionColumn,
        String scoreColumn,
        String positiveLabel,
        double decisionThreshold,
        List<String> sliceColumns,
        int bootstrapResamples,
        long bootstrapSeed,
        int minSliceSize,
        Path latencyFile,
        String latencyColumn,
        Path modelFile,
        String dataset,
        Double confidence,
        boolean failOnMissingBaseline,
        String baselineVersionRange,
        Path deploymentFile,
        String deployAbsent) {

    /** The tasks a model may have, as users write them. */
    public static final List<String> TASKS = List.of("binary", "multiclass", "regression");

    /** The most errors of one code listed one by one: each is kept in memory and written to every output. */
    public static final int MAX_REPORTED_ERRORS = 100_000;

    /**
     * The most bytes a data record may take unless configured: 16 MiB, the CSV reader's default, written there too
     * since the core uses no reader ({@code GateSettingsTest} holds the two equal).
     */
    public static final long DEFAULT_MAX_RECORD_BYTES = 16L << 20;

    /** The most bootstrap resamples: each costs a pass over the predictions for every metric. */
    public static final int MAX_BOOTSTRAP_RESAMPLES = 100_000;

    /** Copies the slice columns and checks the required parts. */
    public GateSettings {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(policy, "policy");
        sliceColumns = List.copyOf(sliceColumns);
        configuredEvidence = java.util.Set.copyOf(configuredEvidence);
    }

    /**
     * A builder with every setting at the default the goals document.
     *
     * @param projectDirectory the project's base directory
     * @return the builder
     */
    public static Builder builder(Path projectDirectory) {
        return new Builder(projectDirectory);
    }

    /** Collects the settings as configured, then checks them all at once in {@link #build()}. */
    public static final class Builder {
        private final Path projectDirectory;
        private Path outputDirectory;
        private GatePolicy policy = GatePolicy.DEFAULT;
        private Path scopeFile;
        private Path deploymentFile;
        private String deployAbsent;
        private Path dataPackage;
        private int maxReportedErrors = 100;
        private long maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
        private boolean allowOutsideProject;
        private Path predictionsFile;
        private java.util.Set<Path> configuredEvidence = java.util.Set.of();
        private Path metricsFile;
        private String task = "binary";
        private String labelColumn = "label";
        private String predictionColumn = "prediction";
        private String scoreColumn = "score";
        private String positiveLabel = "1";
        private double decisionThreshold = 0.5;
        private List<String> sliceColumns = List.of();
        private int bootstrapResamples = 1000;
        private long bootstrapSeed = 20261126L;
        private int minSliceSize = 30;
        private Path latencyFile;
        private String latencyColumn;
        private Path modelFile;
        private String dataset = "test";
        private Double confidence;
        private String onMissing = "fail";
        private String versionRange = "(,)";

        private Builder(Path projectDirectory) {
            this.projectDirectory = Objects.requireNonNull(projectDirectory, "projectDirectory");
            this.outputDirectory = projectDirectory.resolve("target/mlgate");
            this.predictionsFile = projectDirectory.resolve("target/ml/predictions.csv");
            this.metricsFile = projectDirectory.resolve("target/ml/metrics.json");
        }

        /**
         * Sets where the outputs go.
         *
         * @param value the directory
         * @return this builder
         */
        public Builder outputDirectory(Path value) {
            outputDirectory = value;
            return this;
        }

        /**
         * Sets what counts as a violation.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder policy(GatePolicy value) {
            policy = value;
            return this;
        }

        /**
         * Sets the scope document.
         *
         * @param value the file, or null for the default locations
         * @return this builder
         */
        public Builder scopeFile(Path value) {
            scopeFile = value;
            return this;
        }

        /**
         * Sets the deployment document.
         *
         * @param value the file, or null for the default locations
         * @return this builder
         */
        public Builder deploymentFile(Path value) {
            deploymentFile = value;
            return this;
        }

        /**
         * Says that the deploy gate does not run in this build, and why.
         *
         * @param reason for example {@code skipped by mlgate.deploy.skip}, or null when it runs (the default)
         * @return this builder
         */
        public Builder deployAbsent(String reason) {
            deployAbsent = reason;
            return this;
        }

        /**
         * Sets the data package descriptor.
         *
         * @param value the file, or null for the default locations
         * @return this builder
         */
        public Builder dataPackage(Path value) {
            dataPackage = value;
            return this;
        }

        /**
         * Sets how many data errors of each code are reported one by one.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder maxReportedErrors(int value) {
            maxReportedErrors = value;
            return this;
        }

        /**
         * Sets the most bytes a data record (a row with its line break) may take.
         *
         * @param value 1 or more
         * @return this builder
         */
        public Builder maxRecordBytes(long value) {
            maxRecordBytes = value;
            return this;
        }

        /**
         * Sets whether data files may lie outside the project directory.
         *
         * @param value true to allow them
         * @return this builder
         */
        public Builder allowOutsideProject(boolean value) {
            allowOutsideProject = value;
            return this;
        }

        /**
         * Sets the evidence files the user named rather than left at their default locations.
         *
         * @param value the files, each as configured
         * @return this builder
         */
        public Builder configuredEvidence(java.util.Set<Path> value) {
            configuredEvidence = value;
            return this;
        }

        /**
         * Sets the predictions CSV.
         *
         * @param value the file
         * @return this builder
         */
        public Builder predictionsFile(Path value) {
            predictionsFile = value;
            return this;
        }

        /**
         * Sets the metrics file.
         *
         * @param value the file
         * @return this builder
         */
        public Builder metricsFile(Path value) {
            metricsFile = value;
            return this;
        }

        /**
         * Sets what the model predicts.
         *
         * @param value one of {@link #TASKS}, in any case
         * @return this builder
         */
        public Builder task(String value) {
            task = value;
            return this;
        }

        /**
         * Sets the label column.
         *
         * @param value the column
         * @return this builder
         */
        public Builder labelColumn(String value) {
            labelColumn = value;
            return this;
        }

        /**
         * Sets the prediction column.
         *
         * @param value the column
         * @return this builder
         */
        public Builder predictionColumn(String value) {
            predictionColumn = value;
            return this;
        }

        /**
         * Sets the score column, or the prefix of one per class.
         *
         * @param value the column or prefix
         * @return this builder
         */
        public Builder scoreColumn(String value) {
            scoreColumn = value;
            return this;
        }

        /**
         * Sets the positive class of a binary model.
         *
         * @param value the label
         * @return this builder
         */
        public Builder positiveLabel(String value) {
            positiveLabel = value;
            return this;
        }

        /**
         * Sets the decision threshold.
         *
         * @param value a value in [0, 1]
         * @return this builder
         */
        public Builder decisionThreshold(double value) {
            decisionThreshold = value;
            return this;
        }

        /**
         * Sets the slice columns.
         *
         * @param value the columns, or null for none
         * @return this builder
         */
        public Builder sliceColumns(List<String> value) {
            sliceColumns = value == null ? List.of() : value;
            return this;
        }

        /**
         * Sets the bootstrap's resamples.
         *
         * @param value 100 or more
         * @return this builder
         */
        public Builder bootstrapResamples(int value) {
            bootstrapResamples = value;
            return this;
        }

        /**
         * Sets the bootstrap's seed.
         *
         * @param value the seed
         * @return this builder
         */
        public Builder bootstrapSeed(long value) {
            bootstrapSeed = value;
            return this;
        }

        /**
         * Sets the least number of rows of a judged slice.
         *
         * @param value 1 or more
         * @return this builder
         */
        public Builder minSliceSize(int value) {
            minSliceSize = value;
            return this;
        }

        /**
         * Sets the latency file.
         *
         * @param value the file, or null
         * @return this builder
         */
        public Builder latencyFile(Path value) {
            latencyFile = value;
            return this;
        }

        /**
         * Sets the latency file's column.
         *
         * @param value the column, or null for one number per line
         * @return this builder
         */
        public Builder latencyColumn(String value) {
            latencyColumn = value;
            return this;
        }

        /**
         * Sets the model artifact.
         *
         * @param value the file or directory, or null
         * @return this builder
         */
        public Builder modelFile(Path value) {
            modelFile = value;
            return this;
        }

        /**
         * Sets the dataset the evidence comes from.
         *
         * @param value the dataset
         * @return this builder
         */
        public Builder dataset(String value) {
            dataset = value;
            return this;
        }

        /**
         * Sets the confidence level of criteria that set none.
         *
         * @param value a level strictly between 0 and 1, or null
         * @return this builder
         */
        public Builder confidence(Double value) {
            confidence = value;
            return this;
        }

        /**
         * Sets what happens when a baseline's evidence cannot be found.
         *
         * @param value {@code fail} or {@code warn}
         * @return this builder
         */
        public Builder onMissing(String value) {
            onMissing = value;
            return this;
        }

        /**
         * Sets the version range of an artifact baseline that names none.
         *
         * @param value the range
         * @return this builder
         */
        public Builder versionRange(String value) {
            versionRange = value;
            return this;
        }

        /**
         * Checks every setting and builds the value.
         *
         * @return the settings
         * @throws InvalidSettingsException naming the first setting whose value the gates cannot use
         */
        public GateSettings build() throws InvalidSettingsException {
            if (maxReportedErrors < 0 || maxReportedErrors > MAX_REPORTED_ERRORS) {
                throw new InvalidSettingsException("maxReportedErrors is " + maxReportedErrors + "; use 0 to "
                        + MAX_REPORTED_ERRORS + " (every error is counted whatever the value).");
            }
            if (maxRecordBytes < 1024) {
                throw new InvalidSettingsException("maxRecordBytes is " + maxRecordBytes
                        + "; use 1024 or more (the default is 16 MiB, " + DEFAULT_MAX_RECORD_BYTES + ").");
            }
            String taskName = task == null ? "" : task.trim().toLowerCase(Locale.ROOT);
            if (!TASKS.contains(taskName)) {
                throw new InvalidSettingsException("task is '" + task + "'; use binary, multiclass or regression.");
            }
            if (!(decisionThreshold >= 0 && decisionThreshold <= 1)) {
                throw new InvalidSettingsException(
                        "decisionThreshold is " + decisionThreshold + "; use a value in [0, 1].");
            }
            if (bootstrapResamples < 100 || bootstrapResamples > MAX_BOOTSTRAP_RESAMPLES) {
                throw new InvalidSettingsException("bootstrapResamples is " + bootstrapResamples + "; use 100 to "
                        + MAX_BOOTSTRAP_RESAMPLES + " (1000 is usual).");
            }
            if (confidence != null && !(confidence > 0 && confidence < 1)) {
                throw new InvalidSettingsException(
                        "confidence is " + confidence + "; use a level between 0 and 1, such as 0.95.");
            }
            if (minSliceSize < 1) {
                throw new InvalidSettingsException("minSliceSize is " + minSliceSize + "; use 1 or more.");
            }
            if (!"fail".equals(onMissing) && !"warn".equals(onMissing)) {
                throw new InvalidSettingsException("onMissing is '" + onMissing + "'; use fail or warn.");
            }
            return new GateSettings(
                    projectDirectory,
                    Objects.requireNonNull(outputDirectory, "outputDirectory"),
                    Objects.requireNonNull(policy, "policy"),
                    scopeFile,
                    dataPackage,
                    maxReportedErrors,
                    maxRecordBytes,
                    allowOutsideProject,
                    Objects.requireNonNull(predictionsFile, "predictionsFile"),
                    Objects.requireNonNull(metricsFile, "metricsFile"),
                    configuredEvidence,
                    taskName,
                    labelColumn,
                    predictionColumn,
                    scoreColumn,
                    positiveLabel,
                    decisionThreshold,
                    sliceColumns,
                    bootstrapResamples,
                    bootstrapSeed,
                    minSliceSize,
                    latencyFile,
                    latencyColumn,
                    modelFile,
                    dataset,
                    confidence,
                    "fail".equals(onMissing),
                    versionRange,
                    deploymentFile,
                    deployAbsent);
        }
    }
}
