package io.github.mlgate.maven;

import io.github.mlgate.data.engine.EngineException;
import io.github.mlgate.data.engine.SqlEngines;
import io.github.mlgate.data.resource.EngineSpec;
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
    private final String sparkVersion;
    private final List<String> sparkDependencies;
    private final SettingsCredentials credentials;
    private final Map<String, com.fasterxml.jackson.databind.JsonNode> configured;

    /** Spark's class paths resolved in this JVM, by the coordinates asked for: hundreds of jars, walked once. */
    private static final Map<List<String>, List<Path>> SPARK = new ConcurrentHashMap<>();

    OnDemandEngines(
            RepositorySystem system,
            RepositorySystemSession session,
            List<RemoteRepository> repositories,
            String duckdbVersion,
            String sparkVersion,
            List<String> sparkDependencies,
            List<Engine> engines,
            SettingsCredentials credentials) {
        this.credentials = credentials;
        this.system = system;
        this.session = session;
        this.repositories = repositories;
        this.duckdbVersion = duckdbVersion == null || duckdbVersion.isBlank() ? null : duckdbVersion.strip();
        Map<String, com.fasterxml.jackson.databind.JsonNode> declared = new java.util.LinkedHashMap<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (Engine engine : engines == null ? List.<Engine>of() : engines) {
            declared.put(engine.name() == null ? "" : engine.name().strip(), json.valueToTree(engine.declared()));
        }
        this.configured = declared;
        this.sparkVersion = sparkVersion == null || sparkVersion.isBlank() ? null : sparkVersion.strip();
        this.sparkDependencies = sparkDependencies == null
                ? List.of()
                : sparkDependencies.stream()
                        .map(String::strip)
                        .filter(one -> !one.isEmpty())
                        .toList();
    }

    @Override
    public Map<String, com.fasterxml.jackson.databind.JsonNode> configured() {
        return configured;
    }

    @Override
    public Connection connect(EngineSpec engine) throws EngineException {
        if (engine.server() == null) {
            return SqlEngines.connect(engine, driver(engine), null, null);
        }
        String[] server = credentials.of(engine);
        return SqlEngines.connect(engine, driver(engine), server[0], server[1]);
    }

    /**
     * Spark SQL at the pinned version (or {@code mlgate.spark.version}) with its dependencies, and the {@code
     * sparkDependencies} the build adds (Spark's YARN, Kubernetes or Hive modules, a cloud file system), resolved
     * from the build's repositories the first time a Spark engine runs.
     */
    @Override
    public List<Path> sparkClassPath(EngineSpec engine) throws EngineException {
        Properties pinned = OnDemandArtifacts.pinned(COORDINATES);
        List<String> coordinates = new java.util.ArrayList<>();
        coordinates.add(pinned.getProperty("spark.groupId") + ":" + pinned.getProperty("spark.artifactId") + ":"
                + (sparkVersion != null ? sparkVersion : pinned.getProperty("spark.version")));
        coordinates.addAll(sparkDependencies);
        List<Path> found = SPARK.get(coordinates);
        if (found == null) {
            try {
                found = OnDemandArtifacts.resolveWithDependencies(system, session, repositories, coordinates);
            } catch (OnDemandArtifacts.Unresolved e) {
                throw new EngineException("The " + engine.shown() + " needs Spark, and " + e.getMessage());
            }
            SPARK.put(coordinates, found);
        }
        return found;
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
