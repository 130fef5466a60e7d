package io.github.mlgate.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.Shape.Mapping;
import io.github.mlgate.gate.Findings;

/** Every required section and key is present and answered: not null, not blank, not an empty list or mapping. */
public final class RequiredKeysCheck implements DocumentCheck {

    private final Mapping model;

    /**
     * Creates the check for documents of a model.
     *
     * @param model the keys the document's root may hold
     */
    public RequiredKeysCheck(Mapping model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "required-sections";
    }

    @Override
    public String description() {
        return "every required section and key is present and not empty";
    }

    @Override
    public void check(LocatedDocument document, Findings findings) {
        ModelWalker.walk(document.root(), model, new ModelWalker.Visitor() {
            @Override
            public void missing(NodePath parent, Field field) {
                String message = parent.isRoot()
                        ? "Required section '" + field.name() + "' is missing. It answers: " + field.question()
                        : "'" + parent.display() + "' is missing the required key '" + field.name() + "'. It answers: "
                                + field.question();
                findings.error(parent.isRoot() ? "missing-section" : "missing-key", message, document.locate(parent));
            }

            @Override
            public void value(NodePath path, Shape shape, Field field, JsonNode value) {
                if (!isEmpty(value)) {
                    return;
                }
                String code = path.isTopLevel() ? "empty-section" : "empty-value";
                if (field == null || field.required()) {
                    String question = field != null ? " It answers: " + field.question() : "";
                    findings.error(code, DocumentCheck.subject(path) + " is empty." + question, document.locate(path));
                } else {
                    findings.warning(
                            code,
                            DocumentCheck.subject(path) + " is present but empty; answer it or remove it.",
                            document.locate(path));
                }
            }
        });
    }

    /** Null, blank text, an empty list and an empty mapping answer nothing. */
    public static boolean isEmpty(JsonNode value) {
        return value.isNull()
                || (value.isTextual() && value.asText().isBlank())
                || (value.isContainerNode() && value.isEmpty());
    }
}
