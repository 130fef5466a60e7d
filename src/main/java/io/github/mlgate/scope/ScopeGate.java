package io.github.mlgate.scope;

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
import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.Services;
import io.github.mlgate.gate.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scope gate: the exit of the scoping stage. The scope document must exist, parse, answer every required
 * question without placeholders, and state checkable success criteria, mitigated risks and at least one baseline.
 */
public final class ScopeGate implements Gate<ScopeRequest> {

    /** The gate's name in outputs and on the console. */
    public static final String NAME = "scope";

    /** Where the scope document is looked for when none is configured, in this order. */
    public static final List<String> DEFAULT_LOCATIONS = DocumentTemplate.SCOPE.locations();

    private static final String DOCUMENT_CHECK = "document";
    private static final String DOCUMENT_DESCRIPTION = "the scope document exists and is a well-formed mapping";

    private static final List<DocumentCheck> CHECKS = List.of(
            new RequiredKeysCheck(ScopeModel.DOCUMENT),
            new ValueTypesCheck(ScopeModel.DOCUMENT),
            new PlaceholderCheck(),
            new ModelCriteriaCheck(true),
            new RiskMitigationCheck(),
            new BaselineComparisonsCheck(),
            new UnknownKeysCheck(ScopeModel.DOCUMENT));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Stage stage() {
        return Stage.SCOPE;
    }

    @Override
    public ScopeRequest request(GateSettings settings, Services services) {
        return new ScopeRequest(settings.projectDirectory(), settings.scopeFile(), settings.policy());
    }

    /**
     * Runs every check of the scope gate.
     *
     * @param request where the project and the document are, and the policy
     * @return the gate's result; a document that cannot be found or read fails the gate, never passes it
     */
    @Override
    public GateResult run(ScopeRequest request) {
        Path file = ScopeDocuments.locate(request.projectDirectory(), request.scopeFile());
        String shown = ProjectFiles.display(request.projectDirectory(), file);
        List<CheckResult> results = new ArrayList<>();
        Findings documentFindings = new Findings();
        LocatedDocument document = read(request, file, shown, documentFindings);
        results.add(CheckResult.ran(DOCUMENT_CHECK, DOCUMENT_DESCRIPTION, documentFindings.list()));
        for (DocumentCheck check : CHECKS) {
            if (document == null) {
                results.add(
                        CheckResult.skipped(check.name(), check.description(), "the scope document could not be read"));
            } else {
                Findings findings = new Findings();
                check.check(document, findings);
                results.add(CheckResult.ran(check.name(), check.description(), findings.list()));
            }
        }
        return GateResult.of(NAME, shown, results, request.policy());
    }

    /** The document when it can be judged, else null with the reason recorded. */
    private static LocatedDocument read(ScopeRequest request, Path file, String shown, Findings findings) {
        if (!Files.exists(file)) {
            String message = request.scopeFile() == null
                    ? "No scope document found: looked for " + String.join(", ", DEFAULT_LOCATIONS)
                            + ". Run 'mvn mlgate:init' to write a commented template, then answer its questions."
                    : "The scope document " + shown + " does not exist (set by scopeFile / mlgate.scopeFile).";
            findings.error("file-missing", message, Location.ofFile(shown));
            return null;
        }
        return DocumentReader.readSections(file, shown, "scope document", "name, problem, ...", findings);
    }

    /** The scope document alone decides the result. The gate always runs: every later stage judges against it. */
    @Override
    public Optional<List<Path>> inputs(ScopeRequest request) {
        return Optional.of(List.of(ScopeDocuments.locate(request.projectDirectory(), request.scopeFile())));
    }
}
