package io.github.mlgate.lifecycle;

import io.github.mlgate.gate.ContentHash;
import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every gate of the registry in lifecycle order. A gate whose input is absent (no data package, no evaluation
 * evidence, no comparisons) is {@code SKIPPED} with the reason, unless the user named it; the scope gate always runs,
 * since every later stage judges against the scope document. A gate whose inputs, request and plugin version are
 * unchanged since an earlier run reuses that run's stored result.
 */
public final class LifecycleCheck {

    /** Where stored results are kept, under the output directory. */
    public static final String RESULTS = "results";

    private final List<Gate<?>> gates;

    /** Runs the registered gates ({@link GateRegistry#GATES}). */
    public LifecycleCheck() {
        this(GateRegistry.GATES);
    }

    /**
     * Runs other gates, for a test of a gate before it is registered.
     *
     * @param gates the gates, in lifecycle order
     */
    public LifecycleCheck(List<Gate<?>> gates) {
        this.gates = List.copyOf(gates);
    }

    /**
     * Runs the gates.
     *
     * @param request the gates' requests and the run's settings
     * @return one run per gate, in lifecycle order
     * @throws IOException when an output or a stored result cannot be written
     * @throws IllegalArgumentException when {@code selected} names a gate that does not exist
     */
    public List<GateRun> run(CheckRequest request) throws IOException {
        List<String> names = gates.stream().map(Gate::name).toList();
        for (String name : request.selected()) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException(
                        "'" + name + "' is not a gate; the gates are " + String.join(", ", names) + ".");
            }
        }
        List<GateRun> runs = new ArrayList<>();
        for (Gate<?> gate : gates) {
            runs.add(runOne(gate, request));
        }
        return runs;
    }

    private static <R extends Record> GateRun runOne(Gate<R> gate, CheckRequest request) throws IOException {
        String name = gate.name();
        boolean named = request.selected().contains(name);
        if (!request.selected().isEmpty() && !named) {
            return new GateRun(GateResult.skipped(name, "not among mlgate.gates " + request.selected()), null);
        }
        if (request.switchedOff().containsKey(name)) {
            return new GateRun(GateResult.skipped(name, request.switchedOff().get(name)), null);
        }
        R own = request.requests().of(gate);
        String absent = named ? null : gate.absentInput(own);
        if (absent != null) {
            return new GateRun(GateResult.skipped(name, absent), null);
        }
        Path stored = request.outputDirectory().resolve(RESULTS).resolve(name + ".json");
        // Stamped before the run: an input changed while the gate read it is then not taken for the one it judged.
        Stamp stamp = stamp(gate, own, request.toolVersion());
        if (request.reuse() && stamp != null) {
            StoredResult previous =
                    StoredResult.reusable(stored, stamp.configuration(), stamp.hashes(), gate.sections());
            if (previous != null) {
                return new GateRun(previous.result(), previous.storedAt());
            }
        }
        GateResult result = runAndStore(gate, own, stored, stamp);
        return new GateRun(result, null);
    }

    /** What a stored result is reused on: the gate's configuration, and its inputs' hashes. */
    private record Stamp(String configuration, Map<String, String> hashes) {}

    /** The gate's stamp, or null when its result may never be reused or an input cannot be read. */
    private static <R extends Record> Stamp stamp(Gate<R> gate, R own, String toolVersion) {
        Optional<List<Path>> inputs = gate.inputs(own);
        if (inputs.isEmpty()) {
            return null;
        }
        try {
            return new Stamp(ContentHash.of(toolVersion + "\n" + gate.reuseKey(own)), StoredResult.hash(inputs.get()));
        } catch (UncheckedIOException e) {
            // An input that cannot be read is the gate's to report: run it, and keep nothing.
            return null;
        }
    }

    /**
     * Runs a gate now and stores its result for a later run to reuse while its inputs are unchanged ({@code mlgate:
     * check}, the site report): a goal of one gate runs every time, but what it measured serves the rest of the build.
     * Nothing is stored for an unfinished run or a gate whose results are never reused.
     *
     * @param gate the gate
     * @param own its request
     * @param outputDirectory where stored results are kept, under {@link #RESULTS}
     * @param toolVersion the plugin's version, part of what a stored result is reused on
     * @return the result
     * @throws IOException when the stored result cannot be written
     */
    public static <R extends Record> GateResult runAndStore(
            Gate<R> gate, R own, Path outputDirectory, String toolVersion) throws IOException {
        return runAndStore(
                gate,
                own,
                outputDirectory.resolve(RESULTS).resolve(gate.name() + ".json"),
                stamp(gate, own, toolVersion));
    }

    private static <R extends Record> GateResult runAndStore(Gate<R> gate, R own, Path stored, Stamp stamp)
            throws IOException {
        GateResult result = gate.runToTheEnd(own);
        if (stamp == null || result.isUnfinished()) {
            StoredResult.forget(stored);
        } else {
            StoredResult.store(stored, stamp.configuration(), stamp.hashes(), gate.outputs(own), result);
        }
        return result;
    }
}
