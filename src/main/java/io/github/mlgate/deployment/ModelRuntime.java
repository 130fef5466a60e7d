package io.github.mlgate.deployment;

import io.github.mlgate.gate.Service;
import java.nio.file.Path;

/** Loads a model in the runtime it is served with, as a serving platform would. */
public interface ModelRuntime extends Service {

    /**
     * Loads a model.
     *
     * @param model the model file
     * @return the loaded model, to be closed
     * @throws ModelException when the runtime is not available or the model does not load
     */
    ServedModel load(Path model) throws ModelException;

    /**
     * The runtime's name and version, for messages.
     *
     * @return for example {@code ONNX Runtime 1.29.0}
     */
    String describe();
}
