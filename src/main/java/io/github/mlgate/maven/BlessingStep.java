package io.github.mlgate.maven;

import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.Services;
import io.github.mlgate.lifecycle.Blessing;
import io.github.mlgate.lifecycle.GateRequests;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * After the deploy gate: writes and attaches the blessing when every gate of the build passed, and otherwise removes
 * any earlier one and says why there is none.
 */
final class BlessingStep {

    private BlessingStep() {}

    static void run(
            String goal,
            List<GateResult> ofThisRun,
            boolean skipped,
            GateSettings settings,
            Services services,
            MavenProject project,
            MavenProjectHelper helper,
            String toolVersion,
            String run,
            Log log)
            throws IOException {
        Path output = settings.outputDirectory();
        String reason = skipped ? "this goal was skipped" : Blessing.withheld(ofThisRun);
        if (reason != null) {
            Blessing.withdraw(output);
            log.info("[mlgate:" + goal + "] No blessing: " + reason + ".");
            return;
        }
        Blessing blessing = Blessing.of(
                ofThisRun, GateRequests.of(settings, services), settings.projectDirectory(), toolVersion, run);
        Path file = blessing.write(output);
        helper.attachArtifact(project, "json", Blessing.CLASSIFIER, file.toFile());
        log.info("[mlgate:" + goal + "] Blessed " + blessing.model() + " (SHA-256 " + blessing.modelSha256()
                + "): every gate of this build passed. Wrote " + ProjectFiles.display(settings.projectDirectory(), file)
                + ", attached as " + project.getGroupId() + ":" + project.getArtifactId() + ":json:"
                + Blessing.CLASSIFIER + ":" + project.getVersion() + ".");
    }
}
