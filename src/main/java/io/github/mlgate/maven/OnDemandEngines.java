package io.github.mlgate.maven;

import io.github.mlgate.data.EngineException;
import io.github.mlgate.data.EngineSpec;
import io.github.mlgate.data.SqlEngines;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * The data gate's engines, their drivers resolved through Maven's repository system the first time a resource needs
 * one, so builds without Parquet or engine resources never download them. A driver the plugin's own {@code
 * <dependencies>} bring is used as it is.
 */
final class OnDemandEngines implements SqlEngines {

    private static final String COORDINATES = "/io/github/mlgate/data/engines.properties";

    /** The drivers loaded in this JVM, by jar ({@link OnDemandArtifacts#once}). */
    private static final Map<Path, Driver> LOADED = new ConcurrentHashMap<>();

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final String duckdbVersion;
    private final SettingsCredentials credentials;

    OnDemandEngines(
            RepositorySystem system,
            RepositorySystemSession session,
            List<RemoteRepository> repositories,
            String duckdbVersion,
            SettingsCredentials credentials) {
        this.credentials = credentials;
        this.system = system;
        this.session = session;
        this.repositories = repositories;
        this.duckdbVersion = duckdbVersion == null || duckdbVersion.isBlank() ? null : duckdbVersion.strip();
    }

    @Override
    public Connection connect(EngineSpec engine) throws EngineException {
        if (engine.server() == null) {
            return SqlEngines.connect(engine, driver(engine), null, null);
        }
        String[] server = credentials.of(engine);
        return SqlEngines.connect(engine, driver(engine), server[0], server[1]);
    }

    private Driver driver(EngineSpec engine) throws EngineException {
        try {
            return SqlEngines.driver(engine, OnDemandEngines.class.getClassLoader());
        } catch (EngineException notOnThePluginsClassPath) {
            if (SqlEngines.driverClass(engine) == null) {
                throw notOnThePluginsClassPath;
            }
        }
        Properties pinned = OnDemandArtifacts.pinned(COORDINATES);

        String type = SqlEngines.pinnedDriver(engine);
        String version =
                duckdbVersion != null && type.equals("duckdb") ? duckdbVersion : pinned.getProperty(type + ".version");
        Path jar;
        try {
            jar = OnDemandArtifacts.resolve(
                    system,
                    session,
                    repositories,
                    pinned.getProperty(type + ".groupId"),
                    pinned.getProperty(type + ".artifactId"),
                    version);
        } catch (OnDemandArtifacts.Unresolved e) {
            throw new EngineException("The " + engine.shown() + " needs its driver, and " + e.getMessage());
        }
        return OnDemandArtifacts.once(LOADED, jar, () -> SqlEngines.driver(engine, loader(jar, engine)));
    }

    private static ClassLoader loader(Path jar, EngineSpec engine) throws EngineException {
        try {
            // Kept open for the life of the JVM: a native library cannot be unloaded, nor loaded again elsewhere.
            @SuppressWarnings("resource")
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {jar.toUri().toURL()}, OnDemandEngines.class.getClassLoader());
            return loader;
        } catch (MalformedURLException e) {
            throw new EngineException("The " + engine.shown() + " cannot load its driver from " + jar + ": " + e);
        }
    }
}
