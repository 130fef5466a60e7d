package io.github.mlgate.data.engine;

/** An engine that cannot be loaded, reached or queried: the gate cannot judge the resources it holds. */
public final class EngineException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, naming the engine and its URL, never a credential
     */
    public EngineException(String message) {
        super(message);
    }

    /**
     * The failure as a finding on a resource says it: {@code Resource 'train': the engine ...}.
     *
     * @param resource the resource's name
     * @return the message
     */
    public String about(String resource) {
        String message = getMessage();
        return "Resource '" + resource + "': " + Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
