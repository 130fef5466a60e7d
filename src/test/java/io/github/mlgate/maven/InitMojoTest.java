package io.github.mlgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mlgate.document.DocumentTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The init goal's wiring: where it writes, and that it never overwrites without force. */
@MojoTest
class InitMojoTest {

    private static final String PROJECT = "target/test-classes/unit/empty-project";

    @Test
    @Basedir(PROJECT)
    @InjectMojo(goal = "init")
    @MojoParameter(name = "scopeFile", value = "written/scope.yaml")
    void writesTheTemplateThenRefusesToOverwriteIt(InitMojo mojo) throws Exception {
        Path written = Path.of(PROJECT, "written/scope.yaml");
        Files.deleteIfExists(written);

        mojo.execute();
        assertThat(written).hasContent(DocumentTemplate.SCOPE.text());

        Files.writeString(written, "name: mine\n");
        MojoFailureException refusal = catchThrowableOfType(MojoFailureException.class, mojo::execute);
        assertThat(refusal.getMessage())
                .isEqualTo("[mlgate:init] written/scope.yaml already exists; mlgate:init does not overwrite it."
                        + " Run with -Dmlgate.overwrite=true to replace it with the template.");
        assertThat(written).hasContent("name: mine\n");
    }

    @Test
    @Basedir(PROJECT)
    @InjectMojo(goal = "init")
    @MojoParameter(name = "scopeFile", value = "forced/scope.yaml")
    @MojoParameter(name = "overwrite", value = "true")
    void overwriteReplacesAnExistingDocument(InitMojo mojo) throws Exception {
        Path written = Path.of(PROJECT, "forced/scope.yaml");
        Files.createDirectories(written.getParent());
        Files.writeString(written, "name: mine\n");

        mojo.execute();

        assertThat(written).hasContent(DocumentTemplate.SCOPE.text());
    }
}
