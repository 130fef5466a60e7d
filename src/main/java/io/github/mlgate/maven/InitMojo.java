package io.github.mlgate.maven;

import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.scope.ScopeGate;
import io.github.mlgate.scope.ScopeTemplate;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a commented scope template whose comments ask the questions each section answers. Its prompts in angle
 * brackets are not answers: the scope gate fails until every one is replaced. Never overwrites an existing scope
 * document unless {@code -Dmlgate.overwrite=true}; {@code mlgate.force} (which makes gates recompute) never
 * replaces it.
 */
@Mojo(name = "init", threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** Where to write the template. When not set, {@code src/ml/scope.yaml}. */
    @Parameter(property = "mlgate.scopeFile")
    private File scopeFile;

    /**
     * Replaces an existing scope document with the template. Only this switch replaces a file: {@code mlgate.force}
     * means "recompute the gates" and never overwrites anything.
     */
    @Parameter(property = "mlgate.overwrite", defaultValue = "false")
    private String overwrite;

    /** The project's base directory. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDirectory;

    /**
     * Writes the template.
     *
     * @throws MojoFailureException when a scope document exists and {@code overwrite} is off
     * @throws MojoExecutionException when the template cannot be written
     */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path base = projectDirectory.toPath();
        Path target =
                scopeFile != null ? base.resolve(scopeFile.toPath()) : base.resolve(ScopeGate.DEFAULT_LOCATIONS.get(0));
        List<Path> existing = (scopeFile != null
                        ? List.of(target)
                        : ScopeGate.DEFAULT_LOCATIONS.stream()
                                .map(base::resolve)
                                .toList())
                .stream().filter(Files::exists).toList();
        if (!existing.isEmpty() && !Switches.flag("init", "mlgate.overwrite", overwrite, false)) {
            throw new MojoFailureException("[mlgate:init] " + ProjectFiles.display(base, existing.get(0))
                    + " already exists; mlgate:init does not overwrite it. Run with -Dmlgate.overwrite=true to replace"
                    + " it with the template.");
        }
        try {
            ScopeTemplate.write(target);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "[mlgate:init] Cannot write " + ProjectFiles.display(base, target) + ": " + e.getMessage(), e);
        }
        getLog().info("[mlgate:init] Wrote the scope template to " + ProjectFiles.display(base, target)
                + ". Replace every <prompt> in it with your answer: the scope gate fails until you do.");
    }
}
