package io.github.mlgate.document;

import io.github.mlgate.gate.Location;

/** A document that cannot be read or parsed; the message names the problem, the location says where. */
public final class DocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Location location;

    /**
     * Creates the exception.
     *
     * @param code the finding code to report it under ({@code file-unreadable}, {@code parse-error}, ...)
     * @param message the sentence for the user
     * @param location where, with line and column when the parser knows them
     */
    public DocumentException(String code, String message, Location location) {
        super(message);
        this.code = code;
        this.location = location;
    }

    /**
     * The finding code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Where the problem is.
     *
     * @return the location
     */
    public Location location() {
        return location;
    }
}
