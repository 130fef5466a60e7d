package io.github.mlgate.data.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Findings;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a Parquet resource: each path a file, a directory of a partitioned dataset (every {@code .parquet}
 * file under it, as {@code year=2024/part-0.parquet}), or a glob ({@code data/train-*.parquet}); in path order, and
 * within one path in the order of their names, so rows are numbered the same every run.
 */
public final class ParquetFiles {

    private ParquetFiles() {}

    /**
     * Expands a resource's paths into its files.
     *
     * @param resolved the paths, resolved against the descriptor's directory
     * @param paths the paths as written
     * @param prefix how messages about the resource start
     * @param descriptor the descriptor
     * @param at where the resource is
     * @param node the resource
     * @param findings where errors go
     * @return the files, or null after an error
     */
    public static List<Path> expand(
            List<Path> resolved,
            List<String> paths,
            String prefix,
            LocatedDocument descriptor,
            NodePath at,
            JsonNode node,
            Findings findings) {
        List<Path> files = new ArrayList<>();
        for (int p = 0; p < resolved.size(); p++) {
            NodePath where = node.path("path").isArray() ? at.key("path").index(p) : at.key("path");
            List<Path> found;
            try {
                found = expand(resolved.get(p), paths.get(p));
            } catch (IOException e) {
                findings.error(
                        "resource-error",
                        prefix + ": the path '" + paths.get(p) + "' cannot be listed: " + e.getMessage(),
                        descriptor.locate(where));
                return null;
            }
            if (found.isEmpty()) {
                findings.error(
                        "resource-error",
                        prefix + ": the path '" + paths.get(p) + "' matches no Parquet file.",
                        descriptor.locate(where));
                return null;
            }
            files.addAll(found);
        }
        return files;
    }

    /**
     * The files a path names, for deciding whether a stored result is still valid: its Parquet files when it is a
     * directory or a glob, else itself; itself too when it cannot be listed (the gate then reports why).
     *
     * @param path the path, resolved
     * @param written the path as written
     * @return the files
     */
    public static List<Path> filesOf(Path path, String written) {
        if (!isGlob(written) && !Files.isDirectory(path)) {
            return List.of(path);
        }
        try {
            return expand(path, written);
        } catch (IOException | RuntimeException e) {
            return List.of(path);
        }
    }

    private static List<Path> expand(Path path, String written) throws IOException {
        if (isGlob(written)) {
            // The glob's fixed folders are walked; the rest of it is matched against each file's path.
            Path base = path.getRoot() == null ? Path.of("") : path.getRoot();
            for (Path part : path) {
                if (isGlob(part.toString())) {
                    break;
                }
                base = base.resolve(part);
            }
            if (!Files.isDirectory(base)) {
                return List.of();
            }
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + path.toString());
            return walk(base, matcher::matches);
        }
        if (Files.isDirectory(path)) {
            return walk(path, file -> file.getFileName().toString().endsWith(".parquet"));
        }
        return List.of(path); // A missing file is reported when it is read, as for other formats.
    }

    private static List<Path> walk(Path base, java.util.function.Predicate<Path> wanted) throws IOException {
        try (Stream<Path> all = Files.walk(base)) {
            return all.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(wanted)
                    .sorted()
                    .toList();
        }
    }

    private static boolean isGlob(String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0 || path.indexOf('{') >= 0;
    }
}
