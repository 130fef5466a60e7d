package io.github.mlgate.maven;

import io.github.mlgate.report.RunInfo;
import java.time.Instant;
import org.apache.maven.execution.MavenSession;

/** The build run that goals report into: identified by the session's start, so every goal of one build agrees. */
final class RunInfos {

    private RunInfos() {}

    static RunInfo of(MavenSession session, String toolVersion) {
        Instant started = session.getRequest().getStartTime() != null
                ? session.getRequest().getStartTime().toInstant()
                : Instant.EPOCH;
        return new RunInfo(Long.toString(started.toEpochMilli()), started, toolVersion);
    }
}
