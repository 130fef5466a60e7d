package io.github.mlgate.maven;

import io.github.mlgate.deployment.DeploymentDocuments;
import io.github.mlgate.document.DocumentTemplate;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.scope.ScopeGate;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes commented templates of the documents a project answers: the scope document, and when asked the deployment
 * document. Their comments ask the questions each section answers; their prompts in angle brackets are not answers:
 * the gates fail until every one is replaced. Never overwrites an existing document unless
 * {@code -Dmlgate.overwrite=true}; {@code mlgate.force} (which makes gates recompute) never replaces it.
 */
@Mojo(name = "init", threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** The documents init can write, by the names {@code documents} takes. */
    static final List<String> DOCUMENTS = List.of("scope", "deployment");

    /** Where to write the scope template. When not set, {@code src/ml/scope.yaml}. */
    @Parameter(property = "mlgate.scopeFile")
    private File scopeFile;

    /** Where to write the deployment template. When not set, {@code src/ml/deployment.yaml}. */
    @Parameter(property = "mlgate.deploymentFile")
    private File deploymentFile;

    /**
     * Which templates to write, comma-separated: {@code scope}, {@code deployment}, or both. Nothing is written when
     * any of them exists already (unless {@code overwrite}).
     */
    @Parameter(property = "mlgate.init.documents", defaultValue = "scope")
    private String documents;

    /**
     * Replaces existing documents with the templates. Only this switch replaces a file: {@code mlgate.force} means
     * "recompute the gates" and never overwrites anything.
     */
    @Parameter(property = "mlgate.overwrite", defaultValue = "false")
    private String overwrite;

    /** The project's base directory. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDirectory;

    /** A template and where it goes. */
    private record Planned(String document, DocumentTemplate template, Path target, List<Path> existing) {}

    /**
     * Writes the templates.
     *
     * @throws MojoFailureException when a document exists and {@code overwrite} is off
     * @throws MojoExecutionException when {@code documents} names no document, or a template cannot be written
     */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path base = projectDirectory.toPath();
        boolean replace = Switches.flag("init", "mlgate.overwrite", overwrite, false);
        List<Planned> plan = new ArrayList<>();
        for (String document : chosen()) {
            plan.add(
                    document.equals("scope")
                            ? planned(document, DocumentTemplate.SCOPE, base, scopeFile, ScopeGate.DEFAULT_LOCATIONS)
                            : planned(
                                    document,
                                    DocumentTemplate.DEPLOYMENT,
                                    base,
                                    deploymentFile,
                                    DeploymentDocuments.DEFAULT_LOCATIONS));
        }
        // Nothing is written unless everything may be, so a refusal leaves the project as it was.
        for (Planned planned : plan) {
            if (!planned.existing().isEmpty() && !replace) {
                throw new MojoFailureException("[mlgate:init] "
                        + ProjectFiles.display(base, planned.existing().get(0))
                        + " already exists; mlgate:init does not overwrite it. Run with -Dmlgate.overwrite=true to"
                        + " replace it with the template.");
            }
        }
        for (Planned planned : plan) {
            String shown = ProjectFiles.display(base, planned.target());
            try {
                planned.template().write(planned.target());
            } catch (IOException e) {
                throw new MojoExecutionException("[mlgate:init] Cannot write " + shown + ": " + e.getMessage(), e);
            }
            getLog().info("[mlgate:init] Wrote the " + planned.document() + " template to " + shown
                    + ". Replace every <prompt> in it with your answer: " + gatesOf(planned.document())
                    + " until you do.");
        }
    }

    private static String gatesOf(String document) {
        return document.equals("scope") ? "the scope gate fails" : "the deployment gates fail";
    }

    private Set<String> chosen() throws MojoExecutionException {
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : (documents == null ? "" : documents).split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!DOCUMENTS.contains(name)) {
                throw new MojoExecutionException("[mlgate:init] documents names '" + part.strip()
                        + "', which init cannot write; use scope, deployment or both (mlgate.init.documents).");
            }
            chosen.add(name);
        }
        if (chosen.isEmpty()) {
            throw new MojoExecutionException(
                    "[mlgate:init] documents is empty; use scope, deployment or both (mlgate.init.documents).");
        }
        return chosen;
    }

    private static Planned planned(
            String document, DocumentTemplate template, Path base, File configured, List<String> defaults) {
        Path target = configured != null ? base.resolve(configured.toPath()) : base.resolve(defaults.get(0));
        List<Path> candidates = configured != null
                ? List.of(target)
                : defaults.stream().map(base::resolve).toList();
        return new Planned(
                document,
                template,
                target,
                candidates.stream().filter(Files::exists).toList());
    }
}
