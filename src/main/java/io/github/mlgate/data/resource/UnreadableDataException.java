package io.github.mlgate.data.resource;

/** A resource's file is missing or cannot be read, holds a row that cannot be parsed, or lacks a column a reader needs. */
public final class UnreadableDataException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message where and what, in the user's words
     */
    public UnreadableDataException(String message) {
        super(message);
    }
}
