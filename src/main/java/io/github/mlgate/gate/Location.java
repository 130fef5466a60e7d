package io.github.mlgate.gate;

import java.util.Objects;

/**
 * Where a finding points: a file and, where known, a 1-based line and column; or a place that is no file, such as a
 * table of a database ({@code warehouse: table analytics.churn}), with the row as its line.
 *
 * @param file the file as the user would name it, usually relative to the project directory, or the place; never null
 * @param line the 1-based line (a place's row), or null when unknown
 * @param column the 1-based column, or null when unknown
 * @param logical true when {@code file} names a place that is not a file: outputs that link files (SARIF) give it as a
 *     logical location
 */
public record Location(String file, Integer line, Integer column, boolean logical) {

    /** Checks the file is named. */
    public Location {
        Objects.requireNonNull(file, "file");
    }

    /**
     * A location in a file.
     *
     * @param file the file
     * @param line the 1-based line, or null
     * @param column the 1-based column, or null
     */
    public Location(String file, Integer line, Integer column) {
        this(file, line, column, false);
    }

    /**
     * The same place, said to be no file: a table or query of an engine.
     *
     * @return the location, logical
     */
    public Location asLogical() {
        return new Location(file, line, column, true);
    }

    /**
     * A location naming only a file.
     *
     * @param file the file
     * @return the location
     */
    public static Location ofFile(String file) {
        return new Location(file, null, null);
    }

    /**
     * The location as {@code file:line:column}, leaving out what is unknown.
     *
     * @return the printable location
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line != null) {
            text.append(':').append(line);
            if (column != null) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }
}
