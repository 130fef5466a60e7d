package io.github.mlgate.lifecycle;

import io.github.mlgate.baseline.BaselineGate;
import io.github.mlgate.baseline.BaselineRequest;
import io.github.mlgate.data.DataGate;
import io.github.mlgate.data.DataRequest;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.evaluation.EvaluationRequest;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.scope.ScopeDocuments;
import io.github.mlgate.scope.ScopeGate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs every gate of the lifecycle in stage order: scope, data, evaluation, baseline. A gate whose input is absent
 * (no data package, no evaluation evidence, no comparisons) is {@code SKIPPED} with the reason, unless the user named
 * it; the scope gate always runs, since every later stage judges against the scope document. A gate whose inputs,
 * configuration and plugin version are unchanged since an earlier run reuses that run's stored result.
 */
public final class LifecycleCheck {

    /** The gates in lifecycle order. */
    public static final List<String> GATES =
            List.of(ScopeGate.NAME, DataGate.NAME, EvaluationGate.NAME, BaselineGate.NAME);

    /** Where stored results are kept, under the output directory. */
    public static final String RESULTS = "results";

    /**
     * Runs the gates.
     *
     * @param request the gates' requests and the run's settings
     * @return one run per gate, in lifecycle order
     * @throws IOException when an output or a stored result cannot be written
     * @throws IllegalArgumentException when {@code selected} names a gate that does not exist
     */
    public List<GateRun> run(CheckRequest request) throws IOException {
        for (String name : request.selected()) {
            if (!GATES.contains(name)) {
                throw new IllegalArgumentException(
                        "'" + name + "' is not a gate; the gates are " + String.join(", ", GATES) + ".");
            }
        }
        List<GateRun> runs = new ArrayList<>();
        for (String gate : GATES) {
            runs.add(runOne(gate, request));
        }
        return runs;
    }

    private GateRun runOne(String gate, CheckRequest request) throws IOException {
        boolean named = request.selected().contains(gate);
        if (!request.selected().isEmpty() && !named) {
            return new GateRun(GateResult.skipped(gate, "not among mlgate.gates " + request.selected()), null);
        }
        if (request.switchedOff().containsKey(gate)) {
            return new GateRun(GateResult.skipped(gate, request.switchedOff().get(gate)), null);
        }
        String absent = named ? null : absentInput(gate, request);
        if (absent != null) {
            return new GateRun(GateResult.skipped(gate, absent), null);
        }
        Optional<List<Path>> inputs = inputs(gate, request);
        Path stored = request.outputDirectory().resolve(RESULTS).resolve(gate + ".json");
        if (inputs.isEmpty()) {
            StoredResult.forget(stored);
            return new GateRun(compute(gate, request), null);
        }
        String configuration = ContentHash.of(request.toolVersion() + "\n" + configuration(gate, request));
        Map<String, String> hashes;
        try {
            hashes = StoredResult.hash(inputs.get());
        } catch (UncheckedIOException e) {
            // An input that cannot be read is the gate's to report: run it, and keep nothing.
            StoredResult.forget(stored);
            return new GateRun(compute(gate, request), null);
        }
        if (request.reuse()) {
            StoredResult previous = StoredResult.reusable(stored, configuration, hashes);
            if (previous != null) {
                return new GateRun(previous.result(), previous.storedAt());
            }
        }
        GateResult result = compute(gate, request);
        StoredResult.store(stored, configuration, hashes, outputs(gate, request), result);
        return new GateRun(result, null);
    }

    private static GateResult compute(String gate, CheckRequest request) throws IOException {
        return switch (gate) {
            case ScopeGate.NAME -> new ScopeGate().run(request.scope());
            case DataGate.NAME -> new DataGate().run(request.data());
            case EvaluationGate.NAME -> new EvaluationGate().run(request.evaluation());
            case BaselineGate.NAME -> new BaselineGate().run(request.baseline());
            default -> throw new IllegalStateException("No such gate: " + gate);
        };
    }

    /** Why a gate has nothing to judge, or null when its input is there. */
    private static String absentInput(String gate, CheckRequest request) {
        switch (gate) {
            case DataGate.NAME -> {
                DataRequest data = request.data();
                if (data.dataPackage() == null && !Files.exists(DataGate.locate(data))) {
                    return "no data package: looked for " + String.join(", ", DataGate.DEFAULT_LOCATIONS);
                }
                return null;
            }
            case EvaluationGate.NAME -> {
                EvaluationRequest evaluation = request.evaluation();
                return noEvidence(
                        evaluation.projectDirectory(), evaluation.predictionsFile(), evaluation.metricsFile());
            }
            case BaselineGate.NAME -> {
                BaselineRequest baseline = request.baseline();
                String none =
                        noEvidence(baseline.projectDirectory(), baseline.predictionsFile(), baseline.metricsFile());
                if (none != null) {
                    return none;
                }
                Path scope = ScopeDocuments.locate(baseline.projectDirectory(), baseline.scopeFile());
                LocatedDocument document = ScopeDocuments.read(scope, scope.toString(), "comparisons", new Findings());
                if (document != null && document.root().path("comparisons").isMissingNode()) {
                    return ProjectFiles.display(baseline.projectDirectory(), scope) + " states no comparisons";
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static String noEvidence(Path base, Path predictions, Path metrics) {
        Path predictionsPath = base.resolve(predictions);
        Path metricsPath = base.resolve(metrics);
        if (Files.exists(predictionsPath) || Files.exists(metricsPath)) {
            return null;
        }
        return "no evaluation evidence: neither " + ProjectFiles.display(base, predictionsPath) + " nor "
                + ProjectFiles.display(base, metricsPath) + " exists";
    }

    private static Optional<List<Path>> inputs(String gate, CheckRequest request) {
        return switch (gate) {
            case ScopeGate.NAME -> Optional.of(ScopeGate.inputs(request.scope()));
            case DataGate.NAME -> Optional.of(DataGate.inputs(request.data()));
            case EvaluationGate.NAME -> Optional.of(EvaluationGate.inputs(request.evaluation()));
            case BaselineGate.NAME -> BaselineGate.inputs(request.baseline());
            default -> throw new IllegalStateException("No such gate: " + gate);
        };
    }

    /** Everything of a request that decides its result, apart from the input files' contents. */
    private static String configuration(String gate, CheckRequest request) {
        return switch (gate) {
            case ScopeGate.NAME -> request.scope().toString();
            case DataGate.NAME -> {
                DataRequest data = request.data();
                yield List.of(
                                data.projectDirectory(),
                                String.valueOf(data.dataPackage()),
                                data.maxReportedErrors(),
                                data.policy())
                        .toString();
            }
            case EvaluationGate.NAME -> request.evaluation().toString();
            case BaselineGate.NAME -> {
                BaselineRequest baseline = request.baseline();
                yield List.of(
                                baseline.projectDirectory(),
                                String.valueOf(baseline.scopeFile()),
                                baseline.predictionsFile(),
                                baseline.metricsFile(),
                                baseline.format(),
                                baseline.defaultVersionRange(),
                                baseline.failOnMissing(),
                                baseline.resamples(),
                                baseline.seed(),
                                baseline.policy())
                        .toString();
            }
            default -> throw new IllegalStateException("No such gate: " + gate);
        };
    }

    /** The files a gate writes beside the shared outputs; a reused result needs them untouched. */
    private static List<Path> outputs(String gate, CheckRequest request) throws IOException {
        Path directory = request.outputDirectory();
        if (gate.equals(EvaluationGate.NAME)) {
            return List.of(directory.resolve(EvaluationGate.METRICS_OUTPUT));
        }
        Path profiles = directory.resolve(DataGate.PROFILES);
        if (gate.equals(DataGate.NAME) && Files.isDirectory(profiles)) {
            try (Stream<Path> files = Files.list(profiles)) {
                return files.sorted().toList();
            }
        }
        return List.of();
    }
}
