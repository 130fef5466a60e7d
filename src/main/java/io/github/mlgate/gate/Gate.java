package io.github.mlgate.gate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One gate: the exit of one lifecycle stage, checked. A gate owns everything that is particular to it: its name, its
 * stage, how its request is made from the run's settings, when its input is absent, which files decide its result
 * and which it writes, and how it runs. Everything that all gates share (the order, skipping, reuse of stored
 * results, the outputs, the console and the build's verdict) iterates the registry of gates and never names one.
 *
 * @param <R> the request the gate takes: a record, whose every component that is not a {@link Service} decides the
 *     result
 */
public interface Gate<R extends Record> {

    /**
     * The gate's name, as in {@code mlgate:<name>}, {@code mlgate.<name>.skip}, outputs and stored results.
     *
     * @return the name
     */
    String name();

    /**
     * The lifecycle stage whose exit the gate checks.
     *
     * @return the stage
     */
    Stage stage();

    /**
     * The gate's request for a run.
     *
     * @param settings the run's settings, already checked
     * @param services what the build offers the gates
     * @return the request
     */
    R request(GateSettings settings, Services services);

    /**
     * Why the gate has nothing to judge, so that a run of every gate records it as skipped instead of failing.
     *
     * @param request the request
     * @return the reason, or null when its input is there (the default: the gate always has something to judge)
     */
    default String absentInput(R request) {
        return null;
    }

    /**
     * The files whose contents decide the result, present or not, so a stored result is reused only while they are
     * unchanged.
     *
     * @param request the request
     * @return the files, or empty when a result may never be reused
     */
    Optional<List<Path>> inputs(R request);

    /**
     * Whether the goal that runs this gate alone ({@code mlgate:deploy}) stores its result, as {@code mlgate:check}
     * does, for a later {@code check} or site report to reuse while its inputs are unchanged. For a gate whose result
     * would differ if measured again (timings) and whose inputs are quick to hash; a data gate's inputs can be
     * gigabytes, which a goal run alone does not hash.
     *
     * @return false by default
     */
    default boolean storedWhenRunAlone() {
        return false;
    }

    /**
     * The files a blessing records, by their SHA-256, as the evidence this gate judged.
     *
     * @param request the request
     * @return the files; by default the gate's inputs
     */
    default List<Path> evidence(R request) {
        return inputs(request).orElse(List.of());
    }

    /**
     * Everything of a request, apart from the input files' contents, that decides the result.
     *
     * @param request the request
     * @return the key; by default every component of the request but its services
     */
    default String reuseKey(R request) {
        return ReuseKey.of(request);
    }

    /**
     * The files the gate writes beside the shared outputs; a stored result is reused only while they are untouched.
     *
     * @param request the request
     * @return the files; none by default
     * @throws IOException when the output directory cannot be listed
     */
    default List<Path> outputs(R request) throws IOException {
        return List.of();
    }

    /**
     * The sections the gate's results may hold, by key: the records that {@code report.json} and stored results are
     * read back into.
     *
     * @return the types by key; none by default
     */
    default Map<String, Class<? extends Record>> sections() {
        return Map.of();
    }

    /**
     * Runs the gate. A gate that cannot read, parse or find its input fails; it never passes for that.
     *
     * @param request the request
     * @return the result
     * @throws IOException when a file the gate writes cannot be written
     */
    GateResult run(R request) throws IOException;

    /**
     * Runs the gate to its end or fails it: a gate that throws, or runs out of memory or stack, gives a result that
     * says so ({@link GateResult#unfinished}), which the outputs record, so {@code report.json} never keeps an earlier
     * verdict of a gate that did not finish.
     *
     * @param request the request
     * @return the result
     * @throws IOException when a file the gate writes cannot be written
     */
    default GateResult runToTheEnd(R request) throws IOException {
        try {
            return run(request);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return GateResult.unfinished(name(), e);
        }
    }
}
