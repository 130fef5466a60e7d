package io.github.mlgate.baseline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the metrics an earlier release published, through whatever repository system the build uses. The Maven goal
 * implements it with Maven's resolver; tests with a map.
 */
public interface ReleaseResolver extends io.github.mlgate.gate.Service {

    /**
     * The metrics file attached to the newest release in a version range.
     *
     * @param groupId the release's group
     * @param artifactId the release's artifact
     * @param versionRange a Maven version range, for example {@code (,1.1-SNAPSHOT)}
     * @return the release, or empty when no release in the range has metrics attached
     * @throws ReleaseResolutionException when the repositories cannot be asked
     */
    Optional<Release> resolve(String groupId, String artifactId, String versionRange) throws ReleaseResolutionException;

    /**
     * A resolved release.
     *
     * @param version its version
     * @param metricsFile its attached metrics file
     */
    record Release(String version, Path metricsFile) {}

    /** The repositories could not be asked. */
    final class ReleaseResolutionException extends Exception {
        private static final long serialVersionUID = 1L;

        /**
         * Creates the exception.
         *
         * @param message what went wrong
         */
        public ReleaseResolutionException(String message) {
            super(message);
        }
    }
}
