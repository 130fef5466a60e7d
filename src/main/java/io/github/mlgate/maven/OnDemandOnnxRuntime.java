package io.github.mlgate.maven;

import io.github.mlgate.deployment.ModelException;
import io.github.mlgate.deployment.ModelRuntime;
import io.github.mlgate.deployment.ServedModel;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * ONNX Runtime, resolved through Maven's repository system (with the build's mirrors, proxies and offline mode) the
 * first time a model is loaded, so that builds that never deploy never download it.
 */
final class OnDemandOnnxRuntime implements ModelRuntime {

    /** Where the pinned coordinates are, filtered from the build. */
    private static final String COORDINATES = "/io/github/mlgate/deployment/onnxruntime.properties";

    /** The adapter class, defined next to ONNX Runtime. */
    private static final String ADAPTER = IsolatedRuntimeLoader.ADAPTER + "OnnxRuntimeModels";

    /**
     * The runtimes loaded in this JVM, by jar. A native library can be loaded by one class loader of a JVM only, so a
     * second module of the build (or a later build in a long-lived Maven daemon) must reuse the first one's loader.
     */
    private static final Map<Path, ModelRuntime> LOADED = new ConcurrentHashMap<>();

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final String version;

    OnDemandOnnxRuntime(
            RepositorySystem system,
            RepositorySystemSession session,
            List<RemoteRepository> repositories,
            String version) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
        this.version = version == null || version.isBlank() ? pinned().getProperty("version") : version.strip();
    }

    /** The coordinates this plugin was built and tested with. */
    static Properties pinned() {
        return OnDemandArtifacts.pinned(COORDINATES);
    }

    @Override
    public String describe() {
        return "ONNX Runtime " + version;
    }

    @Override
    public ServedModel load(Path model) throws ModelException {
        return runtime().load(model);
    }

    private ModelRuntime runtime() throws ModelException {
        Properties coordinates = pinned();
        String id = coordinates.getProperty("groupId") + ":" + coordinates.getProperty("artifactId") + ":" + version;
        Path jar;
        try {
            jar = OnDemandArtifacts.resolve(
                    system,
                    session,
                    repositories,
                    coordinates.getProperty("groupId"),
                    coordinates.getProperty("artifactId"),
                    version);
        } catch (OnDemandArtifacts.Unresolved e) {
            throw new ModelException(e.getMessage());
        }
        return OnDemandArtifacts.once(LOADED, jar, () -> instantiate(jar, id));
    }

    private static ModelRuntime instantiate(Path jar, String id) throws ModelException {
        try {
            // Kept open for the life of the JVM: its native library cannot be unloaded, nor loaded again elsewhere.
            @SuppressWarnings("resource")
            IsolatedRuntimeLoader loader =
                    new IsolatedRuntimeLoader(jar.toUri().toURL(), OnDemandOnnxRuntime.class.getClassLoader());
            return (ModelRuntime) loader.loadClass(ADAPTER).getConstructor().newInstance();
        } catch (MalformedURLException | ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
            throw new ModelException(id + " cannot be loaded: " + cause);
        }
    }
}
