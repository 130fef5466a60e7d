package io.github.mlgate.scope;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.DocumentCheck;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Findings;

/**
 * Every model success criterion can be checked: it has a bound ({@code min}, {@code max}, or {@code maxGap} with the
 * {@code slices} column it compares) and, with both {@code min} and {@code max}, {@code min <= max}.
 */
final class ModelCriteriaCheck implements DocumentCheck {

    private final boolean metricNames;

    /**
     * The check.
     *
     * @param metricNames whether to warn of metric names close to one mlgate measures: the scope gate does; a gate
     *     that judges the criteria says so itself, as an error, when the metric is not measured
     */
    ModelCriteriaCheck(boolean metricNames) {
        this.metricNames = metricNames;
    }

    @Override
    public String name() {
        return "model-criteria";
    }

    @Override
    public String description() {
        return "every model criterion has a bound (min, max or maxGap with slices), min <= max, and a metric name"
                + " mlgate measures or close to none";
    }

    /** Whether any of the keys is present with a value of another type, which the value-types check reports. */
    private static boolean present(JsonNode criterion, String... keys) {
        for (String key : keys) {
            JsonNode value = criterion.get(key);
            if (value != null && !value.isNull()) {
                return true;
            }
        }
        return false;
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
            if (metricNames) {
                Metrics.warnWhenMisspelt(document, at, criterion, findings);
            }
            String metric = criterion.path("metric").isTextual()
                    ? " (metric '" + criterion.get("metric").asText() + "')"
                    : "";
            boolean hasMin = criterion.path("min").isNumber();
            boolean hasMax = criterion.path("max").isNumber();
            boolean hasGap = criterion.path("maxGap").isNumber();
            if (!hasMin && !hasMax && !hasGap && !present(criterion, "min", "max", "maxGap")) {
                findings.error(
                        "missing-bound",
                        "Model criterion '" + at.display() + "'" + metric
                                + " sets none of 'min', 'max' or 'maxGap'; a criterion needs a bound to be checked.",
                        document.locate(at));
            }
            if (hasMin
                    && hasMax
                    && criterion.get("min").doubleValue() > criterion.get("max").doubleValue()) {
                findings.error(
                        "inverted-bounds",
                        "Model criterion '" + at.display() + "'" + metric + " has min "
                                + criterion.get("min").asText() + " above max "
                                + criterion.get("max").asText()
                                + "; no value can meet it.",
                        document.locateValue(at.key("min")));
            }
            if (hasGap && !criterion.path("slices").isTextual()) {
                findings.error(
                        "missing-slices",
                        "Model criterion '" + at.display() + "'" + metric
                                + " sets 'maxGap' but not 'slices', the slice column whose values it compares.",
                        document.locate(at));
            }
            if (criterion.path("confidence").isNumber()) {
                double confidence = criterion.get("confidence").doubleValue();
                if (!(confidence > 0 && confidence < 1)) {
                    findings.error(
                            "invalid-value",
                            "Model criterion '" + at.display() + "'" + metric + " has confidence "
                                    + criterion.get("confidence").asText()
                                    + "; a confidence level lies between 0 and 1, for example 0.95.",
                            document.locateValue(at.key("confidence")));
                } else if (hasGap) {
                    findings.error(
                            "invalid-value",
                            "Model criterion '" + at.display() + "'" + metric
                                    + " sets confidence on a maxGap criterion; gaps are judged on measured values.",
                            document.locateValue(at.key("confidence")));
                }
            }
            if (hasGap && criterion.get("maxGap").doubleValue() < 0) {
                findings.error(
                        "invalid-value",
                        "Model criterion '" + at.display() + "'" + metric + " has a negative maxGap ("
                                + criterion.get("maxGap").asText() + "); a gap is never below 0.",
                        document.locateValue(at.key("maxGap")));
            }
        }
    }
}
