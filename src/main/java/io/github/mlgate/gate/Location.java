package io.github.mlgate.gate;

import java.util.Objects;

/**
 * Where a finding points: a file and, where known, a 1-based line and column.
 *
 * @param file the file as the user would name it, usually relative to the project directory; never null
 * @param line the 1-based line, or null when unknown
 * @param column the 1-based column, or null when unknown
 */
public record Location(String file, Integer line, Integer column) {

    /** Checks the file is named. */
    public Location {
        Objects.requireNonNull(file, "file");
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
