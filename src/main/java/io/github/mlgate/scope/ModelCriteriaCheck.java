package io.github.mlgate.scope;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Findings;

/**
 * Every model success criterion can be checked: it has a bound ({@code min}, {@code max} or both) and, with both,
 * {@code min <= max}.
 */
final class ModelCriteriaCheck implements ScopeCheck {

    @Override
    public String name() {
        return "model-criteria";
    }

    @Override
    public String description() {
        return "every model criterion has a bound, and min <= max";
    }

    @Override
    public void check(LocatedDocument document, Findings findings) {
        JsonNode criteria = document.root().path("successCriteria").path("model");
        if (!criteria.isArray()) {
            return; // Missing or mistyped: the required-sections and value-types checks report it.
        }
        NodePath list = NodePath.ROOT.key("successCriteria").key("model");
        for (int i = 0; i < criteria.size(); i++) {
            JsonNode criterion = criteria.get(i);
            if (!criterion.isObject()) {
                continue;
            }
            NodePath at = list.index(i);
            String metric = criterion.path("metric").isTextual()
                    ? " (metric '" + criterion.get("metric").asText() + "')"
                    : "";
            JsonNode min = criterion.get("min");
            JsonNode max = criterion.get("max");
            boolean hasMin = min != null && min.isNumber();
            boolean hasMax = max != null && max.isNumber();
            if (!hasMin && !hasMax && (min == null || min.isNull()) && (max == null || max.isNull())) {
                findings.error(
                        "missing-bound",
                        "Model criterion '" + at.display() + "'" + metric
                                + " sets neither 'min' nor 'max'; a criterion needs a bound to be checked.",
                        document.locate(at));
            } else if (hasMin && hasMax && min.doubleValue() > max.doubleValue()) {
                findings.error(
                        "inverted-bounds",
                        "Model criterion '" + at.display() + "'" + metric + " has min " + min.asText() + " above max "
                                + max.asText() + "; no value can meet it.",
                        document.locateValue(at.key("min")));
            }
        }
    }
}
