package io.github.mlgate.maven;

import io.github.mlgate.data.DataGate;
import io.github.mlgate.data.DataRequest;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the datasets described in a Frictionless Data Package, the exit of the data-preparation stage: every
 * resource has a Table Schema and its rows hold to it. See {@code docs/data.md}.
 */
@Mojo(name = "data", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class DataMojo extends AbstractGateMojo {

    /**
     * The data package descriptor, YAML or JSON. When not set, the first of {@code src/ml/datapackage.yaml},
     * {@code .yml} and {@code .json} that exists. Paths inside it resolve against its directory.
     */
    @Parameter(property = "mlgate.dataPackage")
    private File dataPackage;

    /** How many errors of each code are reported one by one; every error is counted. */
    @Parameter(property = "mlgate.data.maxReportedErrors", defaultValue = "100")
    private int maxReportedErrors;

    /** Skips the data gate alone. */
    @Parameter(property = "mlgate.data.skip", defaultValue = "false")
    private boolean skipData;

    @Override
    protected String gateName() {
        return DataGate.NAME;
    }

    @Override
    protected boolean isGateSkipped() {
        return skipData;
    }

    @Override
    protected GateResult runGate(Path projectDirectory, GatePolicy policy) throws MojoExecutionException {
        if (maxReportedErrors < 0) {
            throw new MojoExecutionException(
                    "mlgate:data cannot run: maxReportedErrors is " + maxReportedErrors + "; use 0 or more.");
        }
        return new DataGate()
                .run(new DataRequest(
                        projectDirectory,
                        dataPackage == null ? null : dataPackage.toPath(),
                        maxReportedErrors,
                        outputDirectory(),
                        policy,
                        this::logProgress,
                        DataRequest.DEFAULT_PROGRESS_INTERVAL));
    }

    /** Logs how far a long validation has got: rows, bytes, throughput and the time left. */
    private void logProgress(String resource, long rows, long bytesRead, long bytesTotal, double seconds) {
        double megabytesPerSecond = bytesRead / 1e6 / Math.max(seconds, 1e-9);
        double left = bytesRead == 0 ? 0 : seconds * (bytesTotal - bytesRead) / bytesRead;
        getLog().info(String.format(
                java.util.Locale.ROOT,
                "[mlgate:data] %s: %,d rows, %,d of %,d MB (%.0f%%), %.0f MB/s, about %.0f s left",
                resource,
                rows,
                bytesRead / 1_000_000,
                bytesTotal / 1_000_000,
                bytesTotal == 0 ? 100.0 : 100.0 * bytesRead / bytesTotal,
                megabytesPerSecond,
                left));
    }
}
