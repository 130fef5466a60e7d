package io.github.mlgate.document;

import io.github.mlgate.document.Shape.Mapping;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Suggestions;
import java.util.List;

/**
 * Keys the document's model does not define are errors, with a did-you-mean for likely typos: a misspelt optional key
 * ({@code confidance: 0.95}) would otherwise be ignored, and the criterion judged as if it were not there. Free-form
 * sections ({@link Shape.Anything}) may hold any keys.
 */
public final class UnknownKeysCheck implements DocumentCheck {

    private final Mapping model;

    /**
     * Creates the check for documents of a model.
     *
     * @param model the keys the document's root may hold
     */
    public UnknownKeysCheck(Mapping model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "unknown-keys";
    }

    @Override
    public String description() {
        return "every key is one the document defines";
    }

    @Override
    public void check(LocatedDocument document, Findings findings) {
        ModelWalker.walk(document.root(), model, new ModelWalker.Visitor() {
            @Override
            public void unknown(NodePath parent, String key, List<String> known) {
                String where = parent.isRoot() ? "at the top level" : "in '" + parent.display() + "'";
                String hint = Suggestions.closest(key, known)
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("; the keys known there are " + String.join(", ", known) + ".");
                findings.error(
                        "unknown-key",
                        "Unknown key '" + key + "' " + where + hint
                                + " An unknown key checks nothing, so it is an error.",
                        document.locate(parent.key(key)));
            }
        });
    }
}
