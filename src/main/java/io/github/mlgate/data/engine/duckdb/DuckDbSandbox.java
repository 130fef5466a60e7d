package io.github.mlgate.data.engine.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The boundary an embedded DuckDB keeps, set with DuckDB's own controls before any query of the data package runs:
 * files are read only under the data roots (DuckDB resolves symbolic links before it checks), no extension is
 * installed or loaded by itself, nothing is reached over the network, the session's time zone is UTC, spilled data
 * goes under the build's output directory, and the configuration is locked so that no query can undo any of it. Our
 * code does not filter SQL text for this: the engine enforces it.
 *
 * @param roots the directories whose files DuckDB may read: the project's, and those of files the build lets the data
 *     package name outside it
 * @param files single files outside the roots that the build lets the data package name
 * @param temporary where DuckDB spills what does not fit in memory, or null to keep its default
 */
public record DuckDbSandbox(List<Path> roots, List<Path> files, Path temporary) {

    /** Copies the lists. */
    public DuckDbSandbox {
        roots = List.copyOf(roots);
        files = List.copyOf(files);
    }

    /**
     * The sandbox of a project: its directory, and the output directory for spilled data.
     *
     * @param projectDirectory the project's base directory
     * @param outputDirectory the gate's output directory, or null
     * @return the sandbox
     */
    public static DuckDbSandbox of(Path projectDirectory, Path outputDirectory) {
        Path spilled = outputDirectory == null ? null : outputDirectory.resolve("duckdb.tmp");
        return new DuckDbSandbox(List.of(projectDirectory), List.of(), spilled);
    }

    /**
     * The same sandbox, also letting DuckDB read these files where they are (files the build lets the data package
     * name outside the project).
     *
     * @param more the files
     * @return the sandbox
     */
    public DuckDbSandbox allowing(List<Path> more) {
        List<Path> all = new ArrayList<>(files);
        all.addAll(more);
        return new DuckDbSandbox(roots, all, temporary);
    }

    /**
     * Sets the boundary on a new connection, before it runs anything else.
     *
     * @param connection a connection to an embedded DuckDB
     * @throws SQLException when DuckDB refuses a setting (an older driver without them): the engine is then not used
     */
    public void apply(Connection connection) throws SQLException {
        forgetUnpackedLibrary();
        try (Statement settings = connection.createStatement()) {
            List<String> statements = new ArrayList<>();
            statements.add("SET allowed_directories = " + list(directories()));
            if (!files.isEmpty()) {
                statements.add("SET allowed_paths = " + list(real(files)));
            }
            if (temporary != null) {
                Files.createDirectories(temporary);
                statements.add("SET temp_directory = "
                        + text(temporary.toAbsolutePath().toString()));
            }
            statements.add("SET autoinstall_known_extensions = false");
            statements.add("SET autoload_known_extensions = false");
            statements.add("SET TimeZone = 'UTC'");
            statements.add("SET enable_external_access = false");
            statements.add("SET lock_configuration = true");
            for (String statement : statements) {
                settings.execute(statement);
            }
        } catch (IOException e) {
            throw new SQLException("cannot make the directory for DuckDB's spilled data " + temporary + ": " + e);
        }
    }

    /**
     * Removes the copy of DuckDB's native library that its driver unpacked into the temporary folder
     * ({@code libduckdb_java*.so}, about 70 MB) as soon as it is loaded. The driver only asks the JVM to delete it on
     * a normal exit, so every killed build would leave one behind. Where the process's mappings can be read (Linux,
     * {@code /proc/self/maps}), the loaded copy is found there and deleted: the mapping keeps the library for this
     * process. Elsewhere the driver's own deletion at exit is all there is.
     */
    static void forgetUnpackedLibrary() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return;
        }
        try (java.util.stream.Stream<String> lines = Files.lines(maps)) {
            Path temporaryFolder = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
            List<Path> copies = lines.filter(line -> line.endsWith(".so") && line.contains("/libduckdb_java"))
                    .map(line -> Path.of(line.substring(line.indexOf('/'))))
                    .filter(library -> temporaryFolder.equals(library.getParent()))
                    .distinct()
                    .toList();
            for (Path library : copies) {
                Files.deleteIfExists(library);
            }
        } catch (IOException | RuntimeException e) {
            // The copy stays for the JVM to delete at exit, as the driver asked.
        }
    }

    /** The roots, as DuckDB compares them: real paths, each ending in a separator so that a prefix is a folder. */
    private List<String> directories() {
        Set<String> shown = new LinkedHashSet<>();
        for (String root : real(roots)) {
            shown.add(root.endsWith("/") ? root : root + "/");
        }
        if (temporary != null) {
            shown.add(temporary.toAbsolutePath().normalize() + "/");
        }
        return List.copyOf(shown);
    }

    private static List<String> real(List<Path> paths) {
        List<String> real = new ArrayList<>();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            real.add(absolute.toString());
            try {
                String resolved = absolute.toRealPath().toString();
                if (!resolved.equals(absolute.toString())) {
                    real.add(resolved);
                }
            } catch (IOException e) {
                // A path that does not exist yet is allowed as written: DuckDB finds nothing there.
            }
        }
        return real;
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(DuckDbSandbox::text).toList()) + "]";
    }

    private static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
