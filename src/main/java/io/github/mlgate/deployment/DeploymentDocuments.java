package io.github.mlgate.deployment;

import io.github.mlgate.document.DocumentCheck;
import io.github.mlgate.document.DocumentReader;
import io.github.mlgate.document.DocumentTemplate;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.PlaceholderCheck;
import io.github.mlgate.document.RequiredKeysCheck;
import io.github.mlgate.document.UnknownKeysCheck;
import io.github.mlgate.document.ValueTypesCheck;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finding the deployment document, and checking that it is complete, as every deployment-stage gate first does. */
public final class DeploymentDocuments {

    /** Where the deployment document is looked for when none is configured, in this order. */
    public static final List<String> DEFAULT_LOCATIONS = DocumentTemplate.DEPLOYMENT.locations();

    private static final List<DocumentCheck> CHECKS = List.of(
            new RequiredKeysCheck(DeploymentModel.DOCUMENT),
            new ValueTypesCheck(DeploymentModel.DOCUMENT),
            new PlaceholderCheck(),
            new UnknownKeysCheck(DeploymentModel.DOCUMENT));

    private DeploymentDocuments() {}

    /**
     * The deployment document's path: the configured one, or the first default location that exists, or the first
     * default location when none does.
     *
     * @param projectDirectory the project's base directory
     * @param configured the configured file, or null
     * @return the path to read
     */
    public static Path locate(Path projectDirectory, Path configured) {
        return ProjectFiles.locate(projectDirectory, configured, DEFAULT_LOCATIONS);
    }

    /**
     * Reads the document and runs the checks of its completeness, each as one check result.
     *
     * @param projectDirectory the project's base directory
     * @param configured the configured file, or null
     * @param results where each check's result is added
     * @return the document when it is complete enough to act on (no errors), else null
     */
    static LocatedDocument readComplete(Path projectDirectory, Path configured, List<CheckResult> results) {
        Path file = locate(projectDirectory, configured);
        String shown = ProjectFiles.display(projectDirectory, file);
        Findings findings = new Findings();
        LocatedDocument document = read(file, shown, configured != null, findings);
        results.add(CheckResult.ran(
                "document", "the deployment document exists and is a well-formed mapping", findings.list()));
        boolean complete = document != null;
        for (DocumentCheck check : CHECKS) {
            if (document == null) {
                results.add(CheckResult.skipped(
                        check.name(), check.description(), "the deployment document could not be read"));
                continue;
            }
            Findings own = new Findings();
            check.check(document, own);
            results.add(CheckResult.ran(check.name(), check.description(), own.list()));
            complete &= own.list().stream().noneMatch(f -> f.severity() == Severity.ERROR);
        }
        return complete ? document : null;
    }

    private static LocatedDocument read(Path file, String shown, boolean configured, Findings findings) {
        if (!Files.exists(file)) {
            findings.error(
                    "file-missing",
                    configured
                            ? "The deployment document " + shown
                                    + " does not exist (set by deploymentFile / mlgate.deploymentFile)."
                            : "No deployment document found: looked for " + String.join(", ", DEFAULT_LOCATIONS)
                                    + ". Run 'mvn mlgate:init -Dmlgate.init.documents=deployment' to write a commented"
                                    + " template, then answer its questions.",
                    Location.ofFile(shown));
            return null;
        }
        return DocumentReader.readSections(
                file, shown, "deployment document", "serving, monitoring, rollback", findings);
    }
}
