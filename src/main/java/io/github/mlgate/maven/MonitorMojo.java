package io.github.mlgate.maven;

import io.github.mlgate.deployment.MonitorGate;
import io.github.mlgate.gate.Printable;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.report.ReportPage;
import io.github.mlgate.report.ReportText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

/**
 * Judges production data against the data the model learnt from, as the {@code monitoring} section of the deployment
 * document says: the drift of every watched field, each by its method and bound. It has no default phase: run it from
 * a scheduled CI job over a fresh production sample ({@code mvn mlgate:monitor}). See {@code docs/deployment.md}.
 */
@Mojo(name = MonitorGate.NAME, threadSafe = true)
public class MonitorMojo extends AbstractOneGateMojo {

    /** Where the site is written: when drift fails a build that would go on to the site, the page is written there. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportOutputDirectory;

    /**
     * Creates the goal.
     *
     * @param repositorySystem Maven's repository system
     * @param settingsDecrypter decrypts the passwords of settings.xml servers, for engines that name one
     */
    @Inject
    public MonitorMojo(RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter) {
        super(repositorySystem, settingsDecrypter, MonitorGate.NAME);
    }

    /**
     * Drift is when a scheduled job's page is wanted most, yet the failure stops the build before the site runs: so
     * when the build names the site or the report, the page ({@code mlgate.html}, without the site's skin, as
     * {@code mvn mlgate:report} writes it) is written here first.
     */
    @Override
    protected void beforeFailing() {
        if (!pageWantedLater()) {
            return;
        }
        Path file = reportOutputDirectory.toPath().resolve(ReportMojo.OUTPUT_NAME + ".html");
        String shown = ProjectFiles.display(projectDirectory(), file);
        Locale locale = Locale.getDefault();
        try {
            ReportPage page = new ProjectReport(this, reportOutputDirectory.toPath()).page(new ReportText(locale));
            StandalonePage.write(page, locale, file);
        } catch (IOException | MojoExecutionException e) {
            // The drift still fails the build: the page is what it would have shown, not what it judged.
            getLog().warn("[mlgate:monitor] Cannot write the page " + shown + ": " + Printable.text(e.getMessage()));
            return;
        }
        getLog().info("[mlgate:monitor] The failure stops the build before the site: wrote the page, with the drift"
                + " found, to " + shown + ".");
    }
}
