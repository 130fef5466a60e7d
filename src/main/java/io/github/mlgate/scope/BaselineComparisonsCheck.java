package io.github.mlgate.scope;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.DocumentCheck;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * Baselines and comparisons can be checked: each baseline names at most one evidence source, an artifact is written
 * {@code groupId:artifactId[:versionRange]}, each comparison names a baseline that exists, and its bounds make sense.
 */
final class BaselineComparisonsCheck implements DocumentCheck {

    @Override
    public String name() {
        return "baseline-comparisons";
    }

    @Override
    public String description() {
        return "every comparison names a baseline, and every baseline at most one evidence source";
    }

    @Override
    public void check(LocatedDocument document, Findings findings) {
        List<String> names = new ArrayList<>();
        JsonNode baselines = document.root().path("baselines");
        NodePath baselinesPath = NodePath.ROOT.key("baselines");
        for (int i = 0; i < baselines.size(); i++) {
            JsonNode baseline = baselines.get(i);
            NodePath at = baselinesPath.index(i);
            if (baseline.path("name").isTextual()) {
                names.add(baseline.get("name").asText());
            }
            List<String> sources = new ArrayList<>();
            for (String key : List.of("metrics", "predictions", "artifact")) {
                if (baseline.path(key).isTextual()) {
                    sources.add(key);
                }
            }
            if (sources.size() > 1) {
                findings.error(
                        "ambiguous-evidence",
                        "Baseline '" + at.display() + "' names " + String.join(" and ", sources)
                                + "; give one evidence source.",
                        document.locate(at));
            }
            if (baseline.path("artifact").isTextual()) {
                String[] parts = baseline.get("artifact").asText().strip().split(":", -1);
                if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
                    findings.error(
                            "invalid-value",
                            "'" + at.key("artifact").display() + "' is '"
                                    + baseline.get("artifact").asText()
                                    + "'; write groupId:artifactId or groupId:artifactId:versionRange.",
                            document.locateValue(at.key("artifact")));
                }
            }
        }
        JsonNode comparisons = document.root().path("comparisons");
        NodePath comparisonsPath = NodePath.ROOT.key("comparisons");
        for (int i = 0; i < comparisons.size(); i++) {
            JsonNode comparison = comparisons.get(i);
            NodePath at = comparisonsPath.index(i);
            Metrics.warnWhenMisspelt(document, at, comparison, findings);
            if (comparison.path("baseline").isTextual()
                    && !names.contains(comparison.get("baseline").asText())) {
                String name = comparison.get("baseline").asText();
                findings.error(
                        "unknown-baseline",
                        "'" + at.key("baseline").display() + "' names the baseline '" + name + "', which baselines"
                                + " does not list"
                                + Suggestions.closest(name, names)
                                        .map(s -> "; did you mean '" + s + "'?")
                                        .orElse("; it lists " + String.join(", ", names) + "."),
                        document.locateValue(at.key("baseline")));
            }
            atLeast(document, comparison, at, "maxRegression", 0, true, findings);
            atLeast(document, comparison, at, "maxRelativeRegression", 0, true, findings);
            atLeast(document, comparison, at, "maxDelta", 0, false, findings);
            if (comparison.path("significance").isNumber()) {
                double level = comparison.get("significance").doubleValue();
                if (!(level > 0 && level < 1)) {
                    findings.error(
                            "invalid-value",
                            "'" + at.key("significance").display() + "' is "
                                    + comparison.get("significance").asText()
                                    + "; a significance level lies between 0 and 1, for example 0.05.",
                            document.locateValue(at.key("significance")));
                }
            }
        }
    }

    private static void atLeast(
            LocatedDocument document,
            JsonNode comparison,
            NodePath at,
            String key,
            double floor,
            boolean inclusive,
            Findings findings) {
        JsonNode value = comparison.path(key);
        if (value.isNumber() && (inclusive ? value.doubleValue() < floor : value.doubleValue() <= floor)) {
            findings.error(
                    "invalid-value",
                    "'" + at.key(key).display() + "' is " + value.asText() + "; it must be "
                            + (inclusive ? "0 or more" : "above 0") + ".",
                    document.locateValue(at.key(key)));
        }
    }
}
