package io.github.mlgate.gate;

import java.util.List;

/** Test helpers for reading findings out of a gate's result. */
public final class TestFindings {

    private TestFindings() {}

    /**
     * The messages of a result's findings of one code, in order.
     *
     * @param result the result
     * @param code the code
     * @return the messages
     */
    public static List<String> messages(GateResult result, String code) {
        return result.findings().stream()
                .filter(f -> f.code().equals(code))
                .map(Finding::message)
                .toList();
    }
}
