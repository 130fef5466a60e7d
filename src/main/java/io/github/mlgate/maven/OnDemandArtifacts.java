package io.github.mlgate.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Large runtimes resolved only when a gate needs them (ONNX Runtime, engine drivers), through Maven's repository
 * system with the build's mirrors, proxies and offline mode, at versions pinned by a properties file the build
 * filters.
 */
final class OnDemandArtifacts {

    private OnDemandArtifacts() {}

    /** A jar that cannot be resolved; the message names its coordinates and why. */
    static final class Unresolved extends Exception {
        private static final long serialVersionUID = 1L;

        Unresolved(String message) {
            super(message);
        }
    }

    /**
     * Reads pinned coordinates from the plugin's jar.
     *
     * @param resource the properties file's resource path
     * @return the properties
     */
    static Properties pinned(String resource) {
        Properties properties = new Properties();
        try (InputStream in = OnDemandArtifacts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The plugin jar lacks " + resource);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * Resolves a jar.
     *
     * @param system the repository system
     * @param session the build's repository session
     * @param repositories where to look
     * @param groupId the group
     * @param artifactId the artifact
     * @param version the version
     * @return the jar in the local repository
     * @throws Unresolved when no repository has it, or offline mode forbids fetching it
     */
    static Path resolve(
            RepositorySystem system,
            RepositorySystemSession session,
            List<RemoteRepository> repositories,
            String groupId,
            String artifactId,
            String version)
            throws Unresolved {
        try {
            return system.resolveArtifact(
                            session,
                            new ArtifactRequest(
                                    new DefaultArtifact(groupId, artifactId, "jar", version), repositories, null))
                    .getArtifact()
                    .getFile()
                    .toPath();
        } catch (ArtifactResolutionException e) {
            throw new Unresolved(groupId + ":" + artifactId + ":" + version + " cannot be resolved"
                    + (session.isOffline()
                            ? " in offline mode (run once online, or install it in the local repository)"
                            : "")
                    + ": " + e.getMessage());
        }
    }

    /**
     * Resolves artifacts with their runtime dependencies, as one class path: the versions Maven's nearest-wins rule
     * picks among them, optional dependencies left out.
     *
     * @param system the repository system
     * @param session the build's repository session
     * @param repositories where to look
     * @param coordinates each artifact as {@code groupId:artifactId:version}
     * @return the jars in the local repository, in resolution order
     * @throws Unresolved when an artifact or a dependency cannot be resolved, or offline mode forbids fetching it
     */
    static List<Path> resolveWithDependencies(
            RepositorySystem system,
            RepositorySystemSession session,
            List<RemoteRepository> repositories,
            List<String> coordinates)
            throws Unresolved {
        CollectRequest collect = new CollectRequest();
        for (String one : coordinates) {
            collect.addDependency(new Dependency(new DefaultArtifact(one), "runtime"));
        }
        collect.setRepositories(repositories);
        try {
            return system
                    .resolveDependencies(
                            session,
                            // No filter: the build's selectors already leave out test, provided and optional
                            // dependencies of dependencies (and resolver-util, which has filters, is not every
                            // Maven's to export).
                            new DependencyRequest(collect, null))
                    .getArtifactResults()
                    .stream()
                    .map(result -> result.getArtifact().getFile().toPath())
                    .toList();
        } catch (DependencyResolutionException | IllegalArgumentException e) {
            throw new Unresolved(String.join(", ", coordinates) + " with their dependencies cannot be resolved"
                    + (session.isOffline()
                            ? " in offline mode (run once online, or install them in the local repository)"
                            : "")
                    + ": " + e.getMessage());
        }
    }

    /** Loads what a jar holds, once. */
    @FunctionalInterface
    interface Load<T, E extends Exception> {
        T load() throws E;
    }

    /**
     * What a jar holds, loaded the first time it is asked for and kept for the life of the JVM: a native library
     * can be loaded by one class loader of a JVM only, so a later module of the build (or a later build in a
     * long-lived Maven daemon) must reuse the first loader.
     *
     * @param loaded what was loaded, by jar
     * @param jar the jar
     * @param load loads it
     * @param <T> what is loaded
     * @param <E> what loading may throw
     * @return what the jar holds
     * @throws E when loading fails
     */
    static <T, E extends Exception> T once(java.util.Map<Path, T> loaded, Path jar, Load<T, E> load) throws E {
        T found = loaded.get(jar);
        if (found != null) {
            return found;
        }
        synchronized (loaded) {
            found = loaded.get(jar);
            if (found == null) {
                found = load.load();
                loaded.put(jar, found);
            }
            return found;
        }
    }
}
