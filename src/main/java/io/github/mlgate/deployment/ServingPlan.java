package io.github.mlgate.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code serving} section of a complete deployment document, as the deploy gate acts on it.
 *
 * @param document the document, for locating findings
 * @param model the model file, relative to the project
 * @param online whether the model is served a request at a time ({@code mode: online}) rather than in batches
 * @param parity the largest difference allowed between a served and an evaluated score
 * @param evidence the resource scored for parity, or null for the test split
 * @param signatureInputs the fields of a matrix input's columns, in order; empty when not given
 * @param score the output holding the score, or null for the model's first output
 */
record ServingPlan(
        LocatedDocument document,
        String model,
        boolean online,
        double parity,
        String evidence,
        List<String> signatureInputs,
        String score) {

    /** Where the model is by default, where {@code mlgate:package-model} looks too. */
    static final String DEFAULT_MODEL = "target/model/model.onnx";

    /** The parity tolerance by default. */
    static final double DEFAULT_PARITY = 1e-6;

    static final NodePath SECTION = NodePath.ROOT.key("serving");

    static ServingPlan of(LocatedDocument document) {
        JsonNode serving = document.root().get("serving");
        List<String> signature = new ArrayList<>();
        serving.path("signature")
                .path("inputs")
                .forEach(name -> signature.add(name.asText().strip()));
        return new ServingPlan(
                document,
                serving.path("model").isTextual()
                        ? serving.get("model").asText().strip()
                        : DEFAULT_MODEL,
                serving.path("mode").asText().strip().equals("online"),
                serving.path("parity").isNumber() ? serving.get("parity").doubleValue() : DEFAULT_PARITY,
                serving.path("evidence").isTextual()
                        ? serving.get("evidence").asText().strip()
                        : null,
                List.copyOf(signature),
                serving.path("score").isTextual()
                        ? serving.get("score").asText().strip()
                        : null);
    }

    /** Where a key of the section is, or the section when the key is absent. */
    Location locate(String key) {
        JsonNode serving = document.root().get("serving");
        return document.locate(serving.has(key) ? SECTION.key(key) : SECTION);
    }
}
