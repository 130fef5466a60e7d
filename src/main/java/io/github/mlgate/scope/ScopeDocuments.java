package io.github.mlgate.scope;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.DocumentException;
import io.github.mlgate.document.DocumentReader;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finding the scope document and reading what other gates need from it. */
public final class ScopeDocuments {

    private ScopeDocuments() {}

    /**
     * The scope document's path: the configured one, or the first default location that exists, or the first
     * default location when none does.
     *
     * @param projectDirectory the project's base directory
     * @param configured the configured file, or null
     * @return the path to read
     */
    public static Path locate(Path projectDirectory, Path configured) {
        return ProjectFiles.locate(projectDirectory, configured, ScopeGate.DEFAULT_LOCATIONS);
    }

    /**
     * Reads the scope document for another gate, which takes what it judges from it.
     *
     * @param path the document
     * @param shown how to name it
     * @param what what the gate takes from it, for the message, for example {@code the success criteria}
     * @param findings where an unreadable document is reported
     * @return the document, or null when it cannot be read
     */
    public static LocatedDocument read(Path path, String shown, String what, Findings findings) {
        try {
            return DocumentReader.read(path, shown);
        } catch (DocumentException e) {
            findings.error(
                    e.code(),
                    capitalised(what) + " come from the scope document, which cannot be read: " + e.getMessage(),
                    e.location());
            return null;
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The model success criteria of a scope document. Entries that are not mappings or have no metric are left out:
     * the scope gate reports them.
     *
     * @param document the scope document
     * @return the criteria, in document order
     */
    public static List<ModelCriterion> modelCriteria(LocatedDocument document) {
        return modelCriteria(document, NodePath.ROOT.key("successCriteria").key("model"));
    }

    /**
     * The model success criteria a gate judges, after the scope's rules for them ({@link ModelCriteriaCheck}: a bound,
     * bounds in order, a slice column for a gap, a confidence level between 0 and 1) are checked in this gate too, so
     * a criterion the scope gate would refuse is reported here as well when the scope gate did not run, and is never
     * judged without a bound.
     *
     * @param document the scope document
     * @param findings where the rules' errors go
     * @return the criteria that can be judged, in document order
     */
    public static List<ModelCriterion> judgedModelCriteria(LocatedDocument document, Findings findings) {
        new ModelCriteriaCheck(false).check(document, findings);
        return modelCriteria(document).stream()
                .filter(ModelCriterion::judgeable)
                .toList();
    }

    /**
     * The model criteria at a place of a document, in the form of the scope's {@code successCriteria.model}: the
     * deployment document's {@code monitoring.criteria} takes it too. Entries that are not mappings or have no metric
     * are left out: the document's gate reports them.
     *
     * @param document the document
     * @param at where the list of criteria is
     * @return the criteria, in document order
     */
    public static List<ModelCriterion> modelCriteria(LocatedDocument document, NodePath at) {
        List<ModelCriterion> criteria = new ArrayList<>();
        JsonNode list = document.root().at(at.pointer());
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.isObject() || !entry.path("metric").isTextual()) {
                continue;
            }
            NodePath path = at.index(i);
            criteria.add(new ModelCriterion(
                    path.display(),
                    document.locate(path),
                    entry.get("metric").asText().strip(),
                    number(entry, "min"),
                    number(entry, "max"),
                    entry.path("dataset").isTextual()
                            ? entry.get("dataset").asText().strip()
                            : ModelCriterion.DEFAULT_DATASET,
                    entry.path("slice").isTextual()
                            ? entry.get("slice").asText().strip()
                            : null,
                    entry.path("slices").isTextual()
                            ? entry.get("slices").asText().strip()
                            : null,
                    number(entry, "maxGap"),
                    number(entry, "confidence")));
        }
        return criteria;
    }

    /**
     * The baselines of a scope document. Entries without a name are left out: the scope gate reports them.
     *
     * @param document the scope document
     * @return the baselines, in document order
     */
    public static List<Baseline> baselines(LocatedDocument document) {
        List<Baseline> baselines = new ArrayList<>();
        JsonNode list = document.root().path("baselines");
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.path("name").isTextual()) {
                continue;
            }
            baselines.add(new Baseline(
                    entry.get("name").asText(),
                    text(entry, "kind"),
                    document.locate(NodePath.ROOT.key("baselines").index(i)),
                    text(entry, "metrics"),
                    text(entry, "predictions"),
                    text(entry, "artifact")));
        }
        return baselines;
    }

    /**
     * The comparison rules of a scope document. Entries without a baseline or metric are left out: the scope gate
     * reports them.
     *
     * @param document the scope document
     * @return the rules, in document order
     */
    public static List<Comparison> comparisons(LocatedDocument document) {
        List<Comparison> comparisons = new ArrayList<>();
        JsonNode list = document.root().path("comparisons");
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.path("baseline").isTextual() || !entry.path("metric").isTextual()) {
                continue;
            }
            NodePath path = NodePath.ROOT.key("comparisons").index(i);
            comparisons.add(new Comparison(
                    path.display(),
                    document.locate(path),
                    entry.get("baseline").asText().strip(),
                    entry.get("metric").asText().strip(),
                    number(entry, "minDelta"),
                    number(entry, "minRelativeDelta"),
                    number(entry, "maxRegression"),
                    number(entry, "maxRelativeRegression"),
                    number(entry, "maxDelta"),
                    text(entry, "direction"),
                    number(entry, "significance")));
        }
        return comparisons;
    }

    /**
     * The names of a scope document's inputs or outputs. Entries without a name are left out: the scope gate reports
     * them.
     *
     * @param document the scope document
     * @param section {@code inputs} or {@code outputs}
     * @return the names, in document order
     */
    public static List<String> names(LocatedDocument document, String section) {
        List<String> names = new ArrayList<>();
        for (JsonNode entry : document.root().path(section)) {
            if (entry.path("name").isTextual()) {
                names.add(entry.get("name").asText().strip());
            }
        }
        return names;
    }

    private static String text(JsonNode entry, String key) {
        return entry.path(key).isTextual() ? entry.get(key).asText().strip() : null;
    }

    private static Double number(JsonNode entry, String key) {
        return entry.path(key).isNumber() ? entry.get(key).doubleValue() : null;
    }
}
