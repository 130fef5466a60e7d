package io.github.mlgate.deployment;

/** A model that cannot be loaded or run, or a runtime that is not available; the message says which, in words. */
public final class ModelException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, for the user
     */
    public ModelException(String message) {
        super(message);
    }
}
