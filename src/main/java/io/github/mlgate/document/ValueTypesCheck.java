package io.github.mlgate.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.Shape.Anything;
import io.github.mlgate.document.Shape.Choice;
import io.github.mlgate.document.Shape.ListOf;
import io.github.mlgate.document.Shape.Mapping;
import io.github.mlgate.document.Shape.Number;
import io.github.mlgate.document.Shape.Text;
import io.github.mlgate.document.Shape.TextOrNumber;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Suggestions;

/**
 * Every answered value has the type its key needs, and every choice is one of its allowed words. Empty values and
 * placeholders are left to their own checks, so one mistake gives one finding.
 */
public final class ValueTypesCheck implements DocumentCheck {

    private final Mapping model;

    /**
     * Creates the check for documents of a model.
     *
     * @param model the keys the document's root may hold
     */
    public ValueTypesCheck(Mapping model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "value-types";
    }

    @Override
    public String description() {
        return "every value has the right type and every choice an allowed value";
    }

    @Override
    public void check(LocatedDocument document, Findings findings) {
        ModelWalker.walk(document.root(), model, new ModelWalker.Visitor() {
            @Override
            public void value(NodePath path, Shape shape, Field field, JsonNode value) {
                if (RequiredKeysCheck.isEmpty(value)
                        || (value.isTextual()
                                && Placeholders.find(value.asText()).isPresent())) {
                    return;
                }
                if (shape instanceof Choice choice && value.isTextual()) {
                    if (!choice.values().contains(value.asText())) {
                        String suggestion = Suggestions.closest(value.asText(), choice.values())
                                .map(s -> " Did you mean '" + s + "'?")
                                .orElse("");
                        findings.error(
                                "invalid-value",
                                DocumentCheck.subject(path) + " is '" + value.asText()
                                        + "'; allowed values are " + String.join(", ", choice.values()) + "."
                                        + suggestion,
                                document.locateValue(path));
                    }
                } else if (!fits(shape, value)) {
                    findings.error(
                            "invalid-type",
                            DocumentCheck.subject(path) + " must be " + shape.expected() + ", not " + kindOf(value)
                                    + ".",
                            document.locateValue(path));
                } else if (value.isNumber() && !Double.isFinite(value.doubleValue())) {
                    findings.error(
                            "invalid-value",
                            DocumentCheck.subject(path) + " must be a finite number, not " + value.asText() + ".",
                            document.locateValue(path));
                } else if (shape instanceof Shape.NonNegativeNumber && value.doubleValue() < 0) {
                    findings.error(
                            "invalid-value",
                            DocumentCheck.subject(path) + " must be " + shape.expected() + ", not " + value.asText()
                                    + ".",
                            document.locateValue(path));
                }
            }
        });
    }

    private static boolean fits(Shape shape, JsonNode value) {
        if (shape instanceof Text) {
            return value.isTextual();
        } else if (shape instanceof TextOrNumber) {
            return value.isTextual() || value.isNumber();
        } else if (shape instanceof Number || shape instanceof Shape.NonNegativeNumber) {
            return value.isNumber();
        } else if (shape instanceof Choice) {
            return value.isTextual();
        } else if (shape instanceof ListOf) {
            return value.isArray();
        } else if (shape instanceof Mapping) {
            return value.isObject();
        }
        return shape instanceof Anything;
    }

    /** The value's type in the user's words. */
    public static String kindOf(JsonNode value) {
        if (value.isTextual()) {
            return "text ('" + value.asText() + "')";
        } else if (value.isNumber()) {
            return "a number (" + value.asText() + ")";
        } else if (value.isBoolean()) {
            return "true/false (" + value.asText() + ")";
        } else if (value.isArray()) {
            return "a list";
        } else if (value.isObject()) {
            return "a mapping";
        }
        return "nothing";
    }
}
