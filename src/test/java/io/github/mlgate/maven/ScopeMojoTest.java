package io.github.mlgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The scope goal's wiring: its parameters reach the engine and its outputs land where configured. */
@MojoTest
class ScopeMojoTest {

    // Test projects are run from their copies in target/test-classes, so outputs never land in src/.
    private static final String COMPLETE = "target/test-classes/unit/scope-project";
    private static final String PLACEHOLDER = "target/test-classes/unit/placeholder-project";
    private static final String JSON = "target/test-classes/unit/json-project";

    @Test
    @Basedir(COMPLETE)
    @InjectMojo(goal = "scope")
    void aCompleteProjectPassesAndWritesTheReportUnderTheBuildDirectory(ScopeMojo mojo) throws Exception {
        mojo.execute();

        JsonNode report = report(COMPLETE + "/target/mlgate");
        assertThat(report.path("status").asText()).isEqualTo("PASSED");
        assertThat(report.at("/gates/0/subject").asText()).isEqualTo("src/ml/scope.yaml");
    }

    @Test
    @Basedir(PLACEHOLDER)
    @InjectMojo(goal = "scope")
    @MojoParameter(name = "outputDirectory", value = "target/fails")
    void violationsFailTheBuildNamingEachFinding(ScopeMojo mojo) throws Exception {
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure.getMessage())
                .isEqualTo("mlgate:scope failed with 1 error, 0 warnings in src/ml/scope.yaml:\n"
                        + "  ERROR placeholder: Section 'name' holds a placeholder ('TODO'), not an answer."
                        + " (src/ml/scope.yaml:2:7)\n"
                        + "Full report: target/fails/report.json");
    }

    @Test
    @Basedir(PLACEHOLDER)
    @InjectMojo(goal = "scope")
    @MojoParameter(name = "outputDirectory", value = "target/warn-only")
    @MojoParameter(name = "failOnViolation", value = "false")
    void warnOnlyModeRecordsTheFailureAndLetsTheBuildGoOn(ScopeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(report(PLACEHOLDER + "/target/warn-only").path("status").asText())
                .isEqualTo("FAILED");
    }

    @Test
    @Basedir(PLACEHOLDER)
    @InjectMojo(goal = "scope")
    @MojoParameter(name = "outputDirectory", value = "target/skip-all")
    @MojoParameter(name = "skip", value = "true")
    void skipRecordsTheGateAsSkipped(ScopeMojo mojo) throws Exception {
        mojo.execute();

        JsonNode gate = report(PLACEHOLDER + "/target/skip-all").at("/gates/0");
        assertThat(gate.path("status").asText()).isEqualTo("SKIPPED");
        assertThat(gate.path("skippedReason").asText()).isEqualTo("skipped by mlgate.skip");
    }

    @Test
    @Basedir(PLACEHOLDER)
    @InjectMojo(goal = "scope")
    @MojoParameter(name = "outputDirectory", value = "target/skip-scope")
    @MojoParameter(name = "skipScope", value = "true")
    void theScopeSwitchSkipsThisGateAlone(ScopeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(report(PLACEHOLDER + "/target/skip-scope")
                        .at("/gates/0/skippedReason")
                        .asText())
                .isEqualTo("skipped by mlgate.scope.skip");
    }

    @Test
    @Basedir(JSON)
    @InjectMojo(goal = "scope")
    @MojoParameter(name = "scopeFile", value = "ml/scope.json")
    void theScopeFileParameterNamesTheDocument(ScopeMojo mojo) throws Exception {
        catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(report(JSON + "/target/mlgate").at("/gates/0/subject").asText())
                .isEqualTo("ml/scope.json");
    }

    private static JsonNode report(String directory) throws IOException {
        return new ObjectMapper().readTree(Path.of(directory, "report.json").toFile());
    }
}
