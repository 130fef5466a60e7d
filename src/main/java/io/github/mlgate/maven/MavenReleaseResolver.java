package io.github.mlgate.maven;

import io.github.mlgate.baseline.ReleaseResolver;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.version.Version;

/**
 * Finds an earlier release's metrics through Maven's own repository system, with the build's repositories and
 * settings: the newest version in the range that has a {@code json} artifact with classifier {@code mlmetrics}.
 */
final class MavenReleaseResolver implements ReleaseResolver {

    /** The classifier of the attached metrics. */
    static final String CLASSIFIER = "mlmetrics";

    /** The type, and extension, of the attached metrics. */
    static final String TYPE = "json";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    MavenReleaseResolver(
            RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
    }

    @Override
    public Optional<Release> resolve(String groupId, String artifactId, String versionRange)
            throws ReleaseResolutionException {
        Artifact query = new DefaultArtifact(groupId, artifactId, CLASSIFIER, TYPE, versionRange);
        VersionRangeResult versions;
        try {
            versions = system.resolveVersionRange(session, new VersionRangeRequest(query, repositories, null));
        } catch (VersionRangeResolutionException e) {
            throw new ReleaseResolutionException(e.getMessage());
        }
        List<Version> found = versions.getVersions();
        // Newest first; a release published without metrics is passed over for the one before it.
        for (ListIterator<Version> it = found.listIterator(found.size()); it.hasPrevious(); ) {
            Version version = it.previous();
            try {
                Artifact resolved = system.resolveArtifact(
                                session, new ArtifactRequest(query.setVersion(version.toString()), repositories, null))
                        .getArtifact();
                return Optional.of(
                        new Release(version.toString(), resolved.getFile().toPath()));
            } catch (ArtifactResolutionException e) {
                // This release has no metrics attached.
            }
        }
        return Optional.empty();
    }
}
