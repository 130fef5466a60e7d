package io.github.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The CI recipes of docs/ci.md are well-formed and read only the files the plugin writes, under the names it gives
 * them. (Running them needs the CI services themselves.)
 */
class CiRecipesTest {

    private static final Path CI_MD = Path.of("docs/ci.md");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theGitHubWorkflowReportsTheJUnitFilesAndKeepsTheOutputs() throws IOException {
        JsonNode workflow = YAML.readTree(blocks("yaml").get(0));
        JsonNode steps = workflow.at("/jobs/gates/steps");

        assertThat(steps.findValuesAsText("run")).containsExactly("./mvnw --batch-mode verify");
        assertThat(steps.findValuesAsText("report_paths")).containsExactly(JUnitFiles.PATTERN);
        assertThat(steps.findValuesAsText("path")).containsExactly("target/mlgate/");
        assertThat(steps.findValuesAsText("sarif_file")).containsExactly("target/mlgate/" + SarifReport.FILE);
        assertThat(workflow.at("/permissions/security-events").asText()).isEqualTo("write");
        assertThat(steps.findValuesAsText("if")).containsOnly("always()");
    }

    @Test
    void theGitLabJobPublishesTheJUnitFilesEvenWhenTheGatesFail() throws IOException {
        JsonNode job = YAML.readTree(blocks("yaml").get(1)).get("ml-gates");

        assertThat(job.at("/artifacts/reports/junit").asText()).isEqualTo(JUnitFiles.PATTERN);
        assertThat(job.at("/artifacts/when").asText()).isEqualTo("always");
    }

    @Test
    void theJenkinsPipelineRecordsTheJUnitFilesAlways() throws IOException {
        String pipeline = blocks("groovy").get(0);

        assertThat(pipeline).contains("post {\n        always {");
        assertThat(pipeline).contains("junit testResults: '" + JUnitFiles.PATTERN + "'");
    }

    @Test
    void thePatternMatchesTheFilesTheGatesWrite() {
        assertThat(Path.of("target/mlgate").resolve(GateOutputs.junitFile("data")))
                .matches(path -> path.getFileSystem()
                        .getPathMatcher("glob:" + JUnitFiles.PATTERN)
                        .matches(path));
    }

    private static List<String> blocks(String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(CI_MD));
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    /** Where the JUnit files are, as the recipes name them. */
    private static final class JUnitFiles {
        static final String PATTERN = "target/mlgate/junit/TEST-mlgate-*.xml";
    }
}
