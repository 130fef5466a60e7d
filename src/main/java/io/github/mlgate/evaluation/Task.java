package io.github.mlgate.evaluation;

import java.util.Locale;

/** What the model predicts, which decides the metrics computed from its predictions. */
public enum Task {
    /** Two classes, one of them positive; scores are probabilities of the positive class. */
    BINARY,
    /** More than two classes; scores, when given, are one column per class. */
    MULTICLASS,
    /** A number. */
    REGRESSION;

    /**
     * The task named in the user's words.
     *
     * @param name {@code binary}, {@code multiclass} or {@code regression}, in any case
     * @return the task
     * @throws IllegalArgumentException for any other name
     */
    public static Task named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * The task in the user's words.
     *
     * @return for example {@code binary}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
