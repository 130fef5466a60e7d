package io.github.mlgate.maven;

import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.RegularFiles;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Makes the trained model the project's main artifact, for the {@code ml-model} packaging: {@code install} and
 * {@code deploy} then publish the model itself, with its measured metrics attached by {@code mlgate:attach-metrics},
 * and another project can depend on it with {@code <type>ml-model</type>}. Bound to {@code package} by that
 * packaging; the model must exist by then (training writes it in an earlier phase, or before the build). It is not a
 * gate, and {@code mlgate.skip} does not skip it: a project of this packaging has no other artifact.
 */
@Mojo(name = "package-model", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageModelMojo extends AbstractMojo {

    /** The model file that becomes the project's artifact. */
    @Parameter(property = "mlgate.model", defaultValue = "${project.build.directory}/model/model.onnx", required = true)
    private File model;

    /** The project whose artifact the model becomes. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * Sets the model as the project's artifact.
     *
     * @throws MojoExecutionException when the model is missing or not a regular file
     */
    @Override
    public void execute() throws MojoExecutionException {
        String shown = ProjectFiles.display(project.getBasedir().toPath(), model.toPath());
        if (!model.isFile()) {
            String kind = RegularFiles.notRegular(model.toPath());
            throw new MojoExecutionException("mlgate:package-model cannot run: the model " + shown
                    + (kind == null ? " does not exist" : " is not a regular file (" + kind + ")")
                    + "; train it before the package phase, or name it with -Dmlgate.model=<file>.");
        }
        project.getArtifact().setFile(model);
        getLog().info("[mlgate:package-model] The model " + shown + " is the artifact " + project.getGroupId() + ":"
                + project.getArtifactId() + ":" + project.getPackaging() + ":" + project.getVersion() + ".");
    }
}
