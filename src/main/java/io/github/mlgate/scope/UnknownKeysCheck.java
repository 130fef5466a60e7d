package io.github.mlgate.scope;

import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Suggestions;
import java.util.List;

/**
 * Keys the scope document does not define are warnings, with a did-you-mean for likely typos: a misspelt optional
 * key would otherwise be silently ignored. Free-form sections ({@code canvas}, {@code data}, {@code evaluation})
 * may hold any keys.
 */
final class UnknownKeysCheck implements ScopeCheck {

    @Override
    public String name() {
        return "unknown-keys";
    }

    @Override
    public String description() {
        return "every key is one the scope document defines";
    }

    @Override
    public void check(LocatedDocument document, Findings findings) {
        ScopeWalker.walk(document.root(), new ScopeWalker.Visitor() {
            @Override
            public void unknown(NodePath parent, String key, List<String> known) {
                String where = parent.isRoot() ? "at the top level" : "in '" + parent.display() + "'";
                String hint = Suggestions.closest(key, known)
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("; the keys known there are " + String.join(", ", known) + ".");
                findings.warning(
                        "unknown-key", "Unknown key '" + key + "' " + where + hint, document.locate(parent.key(key)));
            }
        });
    }
}
