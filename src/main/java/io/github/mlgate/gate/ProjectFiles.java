package io.github.mlgate.gate;

import java.nio.file.Path;

/** How files are named to users: relative to the project when inside it, with forward slashes everywhere. */
public final class ProjectFiles {

    private ProjectFiles() {}

    /**
     * The input a gate reads: the configured file, or the first default location that exists, or the first default
     * location when none does (the gate then reports it missing).
     *
     * @param projectDirectory the project's base directory
     * @param configured the configured file, or null
     * @param defaults the default locations relative to the project, in order
     * @return the path to read
     */
    public static Path locate(Path projectDirectory, Path configured, java.util.List<String> defaults) {
        if (configured != null) {
            return projectDirectory.resolve(configured);
        }
        for (String candidate : defaults) {
            Path path = projectDirectory.resolve(candidate);
            if (java.nio.file.Files.isRegularFile(path)) {
                return path;
            }
        }
        return projectDirectory.resolve(defaults.get(0));
    }

    /**
     * Whether a file lies outside the project directory: by its path once {@code ..} is resolved, and, when it exists,
     * by where its symbolic links lead.
     *
     * @param projectDirectory the project's base directory
     * @param file the file
     * @return true when it is outside
     */
    public static boolean isOutside(Path projectDirectory, Path file) {
        Path base = projectDirectory.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(base)) {
            return true;
        }
        try {
            return java.nio.file.Files.exists(target) && !target.toRealPath().startsWith(base.toRealPath());
        } catch (java.io.IOException e) {
            return true; // cannot tell where it leads: not read
        }
    }

    /**
     * The name to show for a file.
     *
     * @param projectDirectory the project's base directory
     * @param file the file
     * @return for example {@code src/ml/scope.yaml}, or the absolute path of a file outside the project
     */
    public static String display(Path projectDirectory, Path file) {
        Path base = projectDirectory.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        Path shown = target.startsWith(base) ? base.relativize(target) : target;
        return shown.toString().replace('\\', '/');
    }
}
