package io.github.mlgate.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.gate.Findings;
import java.util.Iterator;
import java.util.Map;

/**
 * No text anywhere in the document, free-form sections included, is a placeholder: {@code TODO}, {@code TBD},
 * {@code FIXME}, {@code ???}, {@code lorem ipsum}, or a template prompt in angle brackets.
 */
public final class PlaceholderCheck implements DocumentCheck {

    @Override
    public String name() {
        return "placeholders";
    }

    @Override
    public String description() {
        return "no answer is a placeholder (TODO, TBD, FIXME, ???, lorem ipsum, template prompts)";
    }

    @Override
    public void check(LocatedDocument document, Findings findings) {
        visit(NodePath.ROOT, document.root(), document, findings);
    }

    private static void visit(NodePath path, JsonNode node, LocatedDocument document, Findings findings) {
        if (node.isTextual()) {
            Placeholders.find(node.asText())
                    .ifPresent(marker -> findings.error(
                            "placeholder",
                            DocumentCheck.subject(path) + " holds a placeholder (" + abbreviate(marker)
                                    + "), not an answer.",
                            document.locateValue(path)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(path.index(i), node.get(i), document, findings);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                visit(path.key(entry.getKey()), entry.getValue(), document, findings);
            }
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return "'" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "'";
    }
}
