package io.github.mlgate.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * The class loader of the model runtime: ONNX Runtime's jar, resolved on demand, and mlgate's adapter to it
 * ({@value #ADAPTER}), which is compiled against ONNX Runtime but must be defined where ONNX Runtime is visible.
 * Both are loaded here first; everything else (the runtime's interfaces in the engine, the JDK) comes from the plugin,
 * so the adapter's objects are the engine's own types.
 */
final class IsolatedRuntimeLoader extends URLClassLoader {

    /** The package of mlgate's adapter, defined in this loader from the plugin's own class files. */
    static final String ADAPTER = "io.github.mlgate.deployment.onnx.";

    /** ONNX Runtime's package, loaded from its jar. */
    static final String RUNTIME = "ai.onnxruntime.";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader plugin;

    IsolatedRuntimeLoader(URL runtimeJar, ClassLoader plugin) {
        super(new URL[] {runtimeJar}, plugin);
        this.plugin = plugin;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(ADAPTER) && !name.startsWith(RUNTIME)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = name.startsWith(ADAPTER) ? defineAdapter(name) : findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> defineAdapter(String name) throws ClassNotFoundException {
        String file = name.replace('.', '/') + ".class";
        try (InputStream in = plugin.getResourceAsStream(file)) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }
}
