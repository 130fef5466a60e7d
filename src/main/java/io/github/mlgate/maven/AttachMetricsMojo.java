package io.github.mlgate.maven;

import io.github.mlgate.gate.ProjectFiles;
import java.io.File;
import java.nio.file.Files;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Attaches the measured metrics ({@code target/mlgate/metrics.json}, written by {@code mlgate:evaluate}) to the build
 * as an artifact of type {@code json} and classifier {@code mlmetrics}, so {@code install} and {@code deploy}
 * publish them and the next version's baseline gate can resolve them.
 *
 * <p>Attaching records the file; Maven copies it at {@code install}. The evaluation gate runs in {@code verify},
 * after {@code package} and before {@code install}, so the file may be written after this goal runs; if it is never
 * written, {@code install} fails on the missing file.
 */
@Mojo(name = "attach-metrics", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class AttachMetricsMojo extends AbstractMojo {

    private final MavenProjectHelper projectHelper;

    /** The metrics file to attach. */
    @Parameter(property = "mlgate.attach.metricsFile", defaultValue = "${project.build.directory}/mlgate/metrics.json")
    private File metricsFile;

    /** Skips every mlgate goal, this one included. */
    @Parameter(property = "mlgate.skip", defaultValue = "false")
    private String skip;

    /** Skips attaching the metrics. */
    @Parameter(property = "mlgate.attach.skip", defaultValue = "false")
    private String skipAttach;

    /** The project the metrics are attached to. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * Creates the goal.
     *
     * @param projectHelper attaches artifacts to the project
     */
    @Inject
    public AttachMetricsMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    /**
     * Attaches the metrics file.
     *
     * @throws MojoExecutionException when a switch is neither true nor false
     */
    @Override
    public void execute() throws MojoExecutionException {
        boolean skipAll = Switches.flag("attach-metrics", "mlgate.skip", skip, false);
        boolean skipThis = Switches.flag("attach-metrics", "mlgate.attach.skip", skipAttach, false);
        if (skipAll || skipThis) {
            getLog().info("[mlgate:attach-metrics] Skipped.");
            return;
        }
        projectHelper.attachArtifact(project, MavenReleaseResolver.TYPE, MavenReleaseResolver.CLASSIFIER, metricsFile);
        String shown = ProjectFiles.display(project.getBasedir().toPath(), metricsFile.toPath());
        getLog().info("[mlgate:attach-metrics] Attached " + shown + " as " + project.getGroupId() + ":"
                + project.getArtifactId() + ":" + MavenReleaseResolver.TYPE + ":" + MavenReleaseResolver.CLASSIFIER
                + ":" + project.getVersion()
                + (Files.exists(metricsFile.toPath()) ? "." : "; mlgate:evaluate writes it in the verify phase."));
    }
}
