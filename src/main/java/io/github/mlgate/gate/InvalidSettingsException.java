package io.github.mlgate.gate;

/** A setting has a value the gates cannot use; the message says which, and what to use instead. */
public final class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem the setting, its value and what to use, for example {@code minSliceSize is 0; use 1 or more.}
     */
    public InvalidSettingsException(String problem) {
        super(problem);
    }
}
