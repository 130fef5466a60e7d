package io.github.mlgate.gate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the findings of one check, in the order they are found. Not thread-safe: one per check run. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    /**
     * Records an error.
     *
     * @param code the rule's code
     * @param message the sentence for the user
     * @param location where, or null
     */
    public void error(String code, String message, Location location) {
        add(new Finding(code, Severity.ERROR, message, location));
    }

    /**
     * Records a warning.
     *
     * @param code the rule's code
     * @param message the sentence for the user
     * @param location where, or null
     */
    public void warning(String code, String message, Location location) {
        add(new Finding(code, Severity.WARNING, message, location));
    }

    /**
     * Records context that is never a violation.
     *
     * @param code the rule's code
     * @param message the sentence for the user
     * @param location where, or null
     */
    public void info(String code, String message, Location location) {
        add(new Finding(code, Severity.INFO, message, location));
    }

    /**
     * Records a finding.
     *
     * @param finding the finding
     */
    public void add(Finding finding) {
        list.add(finding);
    }

    /**
     * The findings recorded so far.
     *
     * @return an unmodifiable view
     */
    public List<Finding> list() {
        return Collections.unmodifiableList(list);
    }
}
