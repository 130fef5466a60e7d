package io.github.mlgate.gate;

import java.nio.file.Path;

/** How files are named to users: relative to the project when inside it, with forward slashes everywhere. */
public final class ProjectFiles {

    private ProjectFiles() {}

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
