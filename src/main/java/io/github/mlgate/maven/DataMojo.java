package io.github.mlgate.maven;

import io.github.mlgate.data.DataGate;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.lifecycle.GateRun;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
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
    protected List<GateRun> runGates(Path projectDirectory, GatePolicy policy) throws MojoExecutionException {
        GateSettings settings = new GateSettings();
        settings.goal = gateName();
        settings.dataPackage = dataPackage;
        settings.maxReportedErrors = maxReportedErrors;
        return ranNow(new DataGate()
                .run(settings.dataRequest(projectDirectory, outputDirectory(), policy, this::logProgress)));
    }
}
