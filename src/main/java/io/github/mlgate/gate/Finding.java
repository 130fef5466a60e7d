package io.github.mlgate.gate;

import java.util.Objects;

/**
 * One thing a gate found: a stable code that names the rule, a severity, a sentence for people, and where it is.
 *
 * @param code the rule's stable, kebab-case code, for example {@code missing-section}
 * @param severity how much it matters
 * @param message a complete sentence a user understands without reading the code
 * @param location where the offending input is, or null when it has no place (a missing file has its path)
 * @param table for data findings, the resource, row, field, cell and key, as fields; else null
 */
public record Finding(String code, Severity severity, String message, Location location, TablePlace table) {

    /** Checks the required parts are present. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A finding with no place in a table.
     *
     * @param code the rule's code
     * @param severity how much it matters
     * @param message the sentence
     * @param location where, or null
     */
    public Finding(String code, Severity severity, String message, Location location) {
        this(code, severity, message, location, null);
    }

    /**
     * The same finding with another severity.
     *
     * @param other the severity
     * @return the finding
     */
    public Finding withSeverity(Severity other) {
        return new Finding(code, other, message, location, table);
    }
}
