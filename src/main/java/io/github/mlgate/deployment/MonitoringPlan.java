package io.github.mlgate.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.drift.DriftMethod;
import io.github.mlgate.gate.Location;
import io.github.mlgate.scope.ModelCriterion;
import io.github.mlgate.scope.ScopeDocuments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code monitoring} section of a complete deployment document, as the monitor gate acts on it.
 *
 * @param document the document, for locating findings
 * @param reference the reference resource, or null for the train split
 * @param current the current (production) resource
 * @param numeric the rule of numeric fields, or null for the default by size
 * @param categorical the rule of categorical fields, or null for the default by size
 * @param fields the rules of named fields, by field
 * @param exclude the fields not watched
 * @param predictions the labelled production predictions, or null
 * @param criteria the criteria judged on them
 */
record MonitoringPlan(
        LocatedDocument document,
        String reference,
        String current,
        DriftRule numeric,
        DriftRule categorical,
        Map<String, DriftRule> fields,
        Set<String> exclude,
        String predictions,
        List<ModelCriterion> criteria) {

    static final NodePath SECTION = NodePath.ROOT.key("monitoring");

    /**
     * Reads the section of a document the structural checks passed.
     *
     * @param document the document
     * @return the plan
     */
    static MonitoringPlan of(LocatedDocument document) {
        JsonNode monitoring = document.root().get("monitoring");
        JsonNode drift = monitoring.path("drift");
        NodePath driftAt = SECTION.key("drift");
        Map<String, DriftRule> fields = new LinkedHashMap<>();
        JsonNode list = drift.path("fields");
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            NodePath at = driftAt.key("fields").index(i);
            String field = entry.get("field").asText().strip();
            DriftMethod method = entry.path("method").isTextual()
                    ? DriftMethod.named(entry.get("method").asText())
                    : null;
            Double threshold =
                    entry.path("threshold").isNumber() ? entry.get("threshold").doubleValue() : null;
            fields.put(
                    field,
                    new DriftRule(
                            method, threshold == null ? Double.NaN : threshold, at.display(), document.locate(at)));
        }
        Set<String> exclude = new LinkedHashSet<>();
        drift.path("exclude").forEach(name -> exclude.add(name.asText().strip()));
        return new MonitoringPlan(
                document,
                text(monitoring, "reference"),
                text(monitoring, "current"),
                rule(document, drift.path("numeric"), driftAt.key("numeric")),
                rule(document, drift.path("categorical"), driftAt.key("categorical")),
                fields,
                exclude,
                text(monitoring, "predictions"),
                productionCriteria(document));
    }

    /** The criteria of the section; one that names no dataset is measured on production, where it is judged. */
    private static List<ModelCriterion> productionCriteria(LocatedDocument document) {
        NodePath at = SECTION.key("criteria");
        List<ModelCriterion> criteria = new ArrayList<>();
        JsonNode list = document.root().at(at.pointer());
        for (ModelCriterion criterion : ScopeDocuments.modelCriteria(document, at)) {
            int index = Integer.parseInt(criterion
                    .path()
                    .substring(
                            criterion.path().lastIndexOf('[') + 1,
                            criterion.path().length() - 1));
            boolean named = list.get(index).has("dataset");
            criteria.add(
                    named
                            ? criterion
                            : new ModelCriterion(
                                    criterion.path(),
                                    criterion.location(),
                                    criterion.metric(),
                                    criterion.min(),
                                    criterion.max(),
                                    PRODUCTION,
                                    criterion.slice(),
                                    criterion.gapColumn(),
                                    criterion.maxGap(),
                                    criterion.confidence()));
        }
        return criteria;
    }

    /** The dataset production predictions are. */
    static final String PRODUCTION = "production";

    private static DriftRule rule(LocatedDocument document, JsonNode node, NodePath at) {
        if (!node.isObject()) {
            return null;
        }
        return new DriftRule(
                DriftMethod.named(node.get("method").asText()),
                node.get("threshold").doubleValue(),
                at.display(),
                document.locate(at));
    }

    private static String text(JsonNode node, String key) {
        return node.path(key).isTextual() ? node.get(key).asText().strip() : null;
    }

    /** Where a key of the section is, for a finding. */
    Location locate(String key) {
        return document.locate(SECTION.key(key));
    }

    /** Where a named field's rule is. */
    Location locateField(String field) {
        return fields.get(field).location();
    }

    /** The sections' keys that name fields, for checking they exist. */
    List<String> namedFields() {
        List<String> names = new ArrayList<>(fields.keySet());
        names.addAll(exclude);
        return names;
    }
}
