package io.github.mlgate.report;

import java.time.Instant;
import java.util.Objects;

/**
 * The build run that gates report into. Gates of the same run share one {@code report.json}; a new run starts a new
 * one, so results of an earlier build never mix with this one's.
 *
 * @param id identifies the run, for example the build's start time
 * @param startedAt when the run started
 * @param toolVersion the plugin's version, recorded in the report
 */
public record RunInfo(String id, Instant startedAt, String toolVersion) {

    /** Checks the required parts. */
    public RunInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }
}
