package io.github.mlgate.scope;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scope documents shown in the README and docs/scope.md pass the gate, so the docs cannot drift from it. */
class DocsExamplesTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path project;

    @Test
    void theReadmeExamplePasses() throws IOException {
        List<String> blocks = yamlBlocks(Path.of("README.md"));

        GateResult result = run(blocks.get(0));

        assertThat(result.findings()).isEmpty();
        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void theKeyByKeyExamplesOfDocsScopeMdMakeAPassingDocument() throws IOException {
        String whole = String.join("", yamlBlocks(Path.of("docs/scope.md")));

        assertThat(run(whole).findings()).isEmpty();
    }

    private GateResult run(String text) throws IOException {
        return ScopeGateTest.runOn(project, text);
    }

    private static List<String> yamlBlocks(Path markdown) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = YAML_BLOCK.matcher(Files.readString(markdown));
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }
}
