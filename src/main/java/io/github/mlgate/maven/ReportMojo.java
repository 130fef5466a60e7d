package io.github.mlgate.maven;

import io.github.mlgate.lifecycle.GateRegistry;
import io.github.mlgate.report.GateOutputs;
import io.github.mlgate.report.ModuleResults;
import io.github.mlgate.report.ReportPage;
import io.github.mlgate.report.ReportText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.RepositorySystem;

/**
 * The "ML Lifecycle Gates" site report: where the project stands in each lifecycle stage (scope, data, modelling,
 * deployment readiness) and why. It shows the results the gates produced earlier in the same build; when there are
 * none it runs the gates itself (reusing results stored by an earlier {@code check} while inputs are unchanged), so
 * {@code mvn site} alone works. In a project with modules it shows an aggregate page linking each module's report.
 * The text follows the site's locale (English, Brazilian Portuguese). See {@code docs/report.md}.
 *
 * <p>It shares the gates' parameters ({@link AbstractMlgateMojo}), so the plugin's configuration in
 * {@code <build><pluginManagement>} configures the report too; it implements Maven's report interface itself rather
 * than extending {@code AbstractMavenReport}, as JaCoCo's reports do.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMlgateMojo implements MavenMultiPageReport {

    /** The report page's name, {@code mlgate.html}. */
    static final String OUTPUT_NAME = "mlgate";

    /** Skips the report alone. */
    @Parameter(property = "mlgate.report.skip", defaultValue = "false")
    private String skipReport;

    /** Where the site is written; the page goes there as {@code mlgate.html}. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportOutputDirectory;

    /** The projects of the build, whose modules an aggregate page lists. */
    @Parameter(defaultValue = "${reactorProjects}", readonly = true)
    private List<MavenProject> reactorProjects;

    /** This goal's execution, whose plugin the aggregate page looks for in each module. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    /**
     * Creates the report.
     *
     * @param repositorySystem Maven's repository system, which resolves earlier releases for artifact baselines
     * @param settingsDecrypter decrypts the passwords of settings.xml servers, for engines that name one
     */
    @Inject
    public ReportMojo(RepositorySystem repositorySystem, SettingsDecrypter settingsDecrypter) {
        super(repositorySystem, settingsDecrypter);
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return new ReportText(locale).get("report.name");
    }

    @Override
    public String getDescription(Locale locale) {
        return new ReportText(locale).get("report.description");
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() throws MavenReportException {
        try {
            return !skipAll() && !flag("mlgate.report.skip", skipReport, false);
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    protected String goalName() {
        return "report";
    }

    /**
     * Run as a goal of its own ({@code mvn mlgate:report}), outside a site: writes the page, without the site's
     * skin, as {@code mlgate.html} in the reporting output directory.
     *
     * @throws MojoExecutionException when the page cannot be built or written
     */
    @Override
    public void execute() throws MojoExecutionException {
        if (skipAll() || flag("mlgate.report.skip", skipReport, false)) {
            getLog().info("[mlgate:report] Skipped.");
            return;
        }
        Locale locale = Locale.getDefault();
        Path file = reportOutputDirectory.toPath().resolve(OUTPUT_NAME + ".html");
        try {
            StandalonePage.write(page(new ReportText(locale)), locale, file);
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("mlgate:report cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("[mlgate:report] Wrote " + file);
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        new DoxiaPage(sink, page(new ReportText(locale))).render();
    }

    private ReportPage page(ReportText text) throws MavenReportException {
        try {
            return isAggregator() ? aggregate(text) : projectPage(text);
        } catch (MojoExecutionException | IOException e) {
            throw new MavenReportException("mlgate:report cannot build the report: " + e.getMessage(), e);
        }
    }

    /** A project with modules shows its modules' results rather than gates of its own. */
    private boolean isAggregator() {
        return "pom".equals(project().getPackaging()) && !project().getModules().isEmpty();
    }

    private ReportPage projectPage(ReportText text) throws MojoExecutionException, IOException {
        return new ProjectReport(this, reportOutputDirectory.toPath()).page(text);
    }

    private String pluginKey() {
        return mojoExecution == null
                ? "io.github.mlgate:mlgate-maven-plugin"
                : mojoExecution.getGroupId() + ":" + mojoExecution.getArtifactId();
    }

    private ReportPage aggregate(ReportText text) {
        List<ModuleResults.Module> modules = new ArrayList<>();
        for (MavenProject module : reactorProjects) {
            if (module != project() && isBelow(module)) {
                modules.add(new ModuleResults.Module(
                        module.getName() == null ? module.getArtifactId() : module.getName(),
                        module.getArtifactId() + "/" + OUTPUT_NAME + ".html",
                        gateDirectoryOf(module).resolve(GateOutputs.REPORT)));
            }
        }
        return new ModuleResults(text, GateRegistry.names()).page(modules);
    }

    private boolean isBelow(MavenProject module) {
        for (MavenProject parent = module.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getBasedir() != null
                    && parent.getBasedir().equals(project().getBasedir())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a module's gates wrote their outputs: this plugin's {@code outputDirectory} as the module configures it
     * (in its build plugins, which include what they take from plugin management, else in its plugin management),
     * else its {@code mlgate.outputDirectory} property, else the default under its build directory.
     */
    private Path gateDirectoryOf(MavenProject module) {
        Path base = module.getBasedir().toPath();
        List<Plugin> plugins = new ArrayList<>(module.getBuildPlugins());
        if (module.getPluginManagement() != null) {
            plugins.addAll(module.getPluginManagement().getPlugins());
        }
        String configured = null;
        for (Plugin plugin : plugins) {
            if (configured == null
                    && plugin.getKey().equals(pluginKey())
                    && plugin.getConfiguration() instanceof Xpp3Dom configuration) {
                Xpp3Dom child = configuration.getChild("outputDirectory");
                if (child != null
                        && child.getValue() != null
                        && !child.getValue().isBlank()) {
                    configured = child.getValue().strip();
                }
            }
        }
        if (configured == null) {
            configured = module.getProperties().getProperty("mlgate.outputDirectory");
        }
        if (configured == null || configured.isBlank()) {
            return Path.of(module.getBuild().getDirectory()).resolve("mlgate");
        }
        return base.resolve(configured);
    }
}
