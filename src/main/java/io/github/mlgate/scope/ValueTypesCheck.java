package io.github.mlgate.scope;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Suggestions;
import io.github.mlgate.scope.Shape.Anything;
import io.github.mlgate.scope.Shape.Choice;
import io.github.mlgate.scope.Shape.ListOf;
import io.github.mlgate.scope.Shape.Mapping;
import io.github.mlgate.scope.Shape.Number;
import io.github.mlgate.scope.Shape.Text;
import io.github.mlgate.scope.Shape.TextOrNumber;

/**
 * Every answered value has the type its key needs, and every choice is one of its allowed words. Empty values and
 * placeholders are left to their own checks, so one mistake gives one finding.
 */
final class ValueTypesCheck implements ScopeCheck {

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
        ScopeWalker.walk(document.root(), new ScopeWalker.Visitor() {
            @Override
            public void value(NodePath path, Shape shape, Field field, JsonNode value) {
                if (RequiredSectionsCheck.isEmpty(value)
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
                                ScopeCheck.subject(path) + " is '" + value.asText()
                                        + "'; allowed values are " + String.join(", ", choice.values()) + "."
                                        + suggestion,
                                document.locateValue(path));
                    }
                } else if (!fits(shape, value)) {
                    findings.error(
                            "invalid-type",
                            ScopeCheck.subject(path) + " must be " + shape.expected() + ", not " + kindOf(value) + ".",
                            document.locateValue(path));
                } else if (value.isNumber() && !Double.isFinite(value.doubleValue())) {
                    findings.error(
                            "invalid-value",
                            ScopeCheck.subject(path) + " must be a finite number, not " + value.asText() + ".",
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
        } else if (shape instanceof Number) {
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
    static String kindOf(JsonNode value) {
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
