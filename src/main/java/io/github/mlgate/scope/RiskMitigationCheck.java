package io.github.mlgate.scope;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.DocumentCheck;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.document.RequiredKeysCheck;
import io.github.mlgate.gate.Findings;

/** A risk that is both likely and severe ({@code likelihood: high}, {@code impact: high}) has a mitigation. */
final class RiskMitigationCheck implements DocumentCheck {

    @Override
    public String name() {
        return "risk-mitigations";
    }

    @Override
    public String description() {
        return "every risk that is high in likelihood and impact has a mitigation";
    }

    @Override
    public void check(LocatedDocument document, Findings findings) {
        JsonNode risks = document.root().path("risks");
        if (!risks.isArray()) {
            return; // Missing or mistyped: the required-sections and value-types checks report it.
        }
        for (int i = 0; i < risks.size(); i++) {
            JsonNode risk = risks.get(i);
            boolean severe = "high".equals(risk.path("likelihood").asText())
                    && "high".equals(risk.path("impact").asText());
            JsonNode mitigation = risk.get("mitigation");
            if (severe && (mitigation == null || RequiredKeysCheck.isEmpty(mitigation))) {
                NodePath at = NodePath.ROOT.key("risks").index(i);
                String what = risk.path("description").isTextual()
                        ? " ('" + risk.get("description").asText() + "')"
                        : "";
                findings.error(
                        "unmitigated-risk",
                        "Risk '" + at.display() + "'" + what
                                + " is high in likelihood and impact but has no 'mitigation'.",
                        document.locate(at));
            }
        }
    }
}
