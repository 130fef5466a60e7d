package io.github.mlgate.lifecycle;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of every gate needs: each gate's request, which gates to run, and whether stored results may be
 * reused.
 *
 * @param outputDirectory where the gates write their outputs and the stored results are kept
 * @param toolVersion the plugin's version; a result stored by another version is never reused
 * @param selected the gates named by the user ({@code mlgate.gates}), or empty for every gate; a named gate runs even
 *     when its input is absent, and fails for it
 * @param reuse whether results stored by an earlier run with unchanged inputs are reused
 * @param requests each gate's request
 * @param switchedOff gates switched off by their own skip switch, with the reason
 */
public record CheckRequest(
        Path outputDirectory,
        String toolVersion,
        List<String> selected,
        boolean reuse,
        GateRequests requests,
        Map<String, String> switchedOff) {

    /** Checks the required parts and copies the collections. */
    public CheckRequest {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(requests, "requests");
        selected = List.copyOf(selected);
        switchedOff = Map.copyOf(switchedOff);
    }
}
