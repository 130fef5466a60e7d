package io.github.mlgate.document;

import io.github.mlgate.gate.Findings;

/** One rule of a document gate (scope, deployment); each becomes one JUnit test case in the outputs. */
public interface DocumentCheck {

    /** The check's stable name, for example {@code required-sections}. */
    String name();

    /** What the check verifies, in a few words. */
    String description();

    /**
     * Judges a parsed document whose root is a mapping.
     *
     * @param document the document
     * @param findings where to record what is wrong
     */
    void check(LocatedDocument document, Findings findings);

    /**
     * How to name a path in a message: top-level keys are sections, nested keys are quoted paths.
     *
     * @param path the path
     * @return for example {@code section 'problem'} or {@code 'inputs[0].name'}
     */
    static String describe(NodePath path) {
        return path.isTopLevel() ? "section '" + path.display() + "'" : "'" + path.display() + "'";
    }

    /**
     * The path named at the start of a sentence.
     *
     * @param path the path
     * @return for example {@code Section 'problem'} or {@code 'inputs[0].name'}
     */
    static String subject(NodePath path) {
        String text = describe(path);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
