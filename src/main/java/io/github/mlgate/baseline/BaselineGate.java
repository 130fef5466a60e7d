package io.github.mlgate.baseline;

import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.evaluation.Measurement;
import io.github.mlgate.evaluation.PredictionsCache;
import io.github.mlgate.evaluation.PredictionsFormat;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.Services;
import io.github.mlgate.gate.Stage;
import io.github.mlgate.scope.Baseline;
import io.github.mlgate.scope.Comparison;
import io.github.mlgate.scope.ScopeDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline gate: the model must beat, or not fall behind, the baselines the scope names, as its comparison rules
 * say. Each baseline's evidence is a metrics file, predictions on the same test set, or the metrics an earlier
 * release published; a baseline that cannot be found fails the gate unless {@code onMissing} is {@code warn}.
 */
public final class BaselineGate implements Gate<BaselineRequest> {

    /** The gate's name in outputs and on the console. */
    public static final String NAME = "baseline";

    /** Without releases to look in, an artifact baseline cannot be found: such a run fails closed. */
    private static final ReleaseResolver NO_REPOSITORIES = (group, artifact, range) -> {
        throw new ReleaseResolver.ReleaseResolutionException("no Maven repositories are available to this run");
    };

    @Override
    public Map<String, Class<? extends Record>> sections() {
        return Map.of(Comparisons.KEY, Comparisons.class, RocCurves.KEY, RocCurves.class);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Stage stage() {
        return Stage.MODELLING;
    }

    @Override
    public BaselineRequest request(GateSettings settings, Services services) {
        return new BaselineRequest(
                settings.projectDirectory(),
                settings.scopeFile(),
                settings.predictionsFile(),
                settings.metricsFile(),
                PredictionsFormat.of(settings),
                settings.baselineVersionRange(),
                settings.failOnMissingBaseline(),
                settings.bootstrapResamples(),
                settings.bootstrapSeed(),
                services.get(ReleaseResolver.class, NO_REPOSITORIES),
                settings.policy(),
                services.get(PredictionsCache.class, new PredictionsCache()));
    }

    /** Nothing to compare without evaluation evidence, or when the scope document states no comparisons. */
    @Override
    public String absentInput(BaselineRequest request) {
        Path base = request.projectDirectory();
        String none = EvaluationGate.noEvidence(base, request.predictionsFile(), request.metricsFile());
        if (none != null) {
            return none;
        }
        Path scope = ScopeDocuments.locate(base, request.scopeFile());
        LocatedDocument document = ScopeDocuments.read(scope, scope.toString(), "comparisons", new Findings());
        if (document != null && document.root().path("comparisons").isMissingNode()) {
            return ProjectFiles.display(base, scope) + " states no comparisons";
        }
        return null;
    }

    /**
     * Compares the model with its baselines.
     *
     * @param request the evidence, the rules and the policy
     * @return the gate's result, with a {@code comparisons} section
     */
    @Override
    public GateResult run(BaselineRequest request) {
        Path base = request.projectDirectory();
        List<CheckResult> checks = new ArrayList<>();
        Path scopePath = ScopeDocuments.locate(base, request.scopeFile());
        String scopeShown = ProjectFiles.display(base, scopePath);
        Findings scopeFindings = new Findings();
        List<Baseline> baselines = List.of();
        List<Comparison> comparisons = List.of();
        LocatedDocument document = ScopeDocuments.read(scopePath, scopeShown, "the comparisons", scopeFindings);
        if (document != null) {
            baselines = ScopeDocuments.baselines(document);
            comparisons = ScopeDocuments.comparisons(document);
            if (comparisons.isEmpty()) {
                scopeFindings.error(
                        "no-comparisons",
                        scopeShown + " states no comparisons with its baselines, so there is nothing to check;"
                                + " add comparisons: [{baseline, metric, ...}].",
                        document.locate(NodePath.ROOT.key("comparisons")));
            }
        }
        checks.add(CheckResult.ran("comparisons", "the scope document states comparisons", scopeFindings.list()));

        Measurement candidate = comparisons.isEmpty()
                ? null
                : Measurement.read(
                        base,
                        request.predictionsFile(),
                        request.metricsFile(),
                        request.format(),
                        request.predictionsCache(),
                        checks);

        Map<String, Measurement> measured = new LinkedHashMap<>();
        for (Comparison rule : comparisons) {
            if (measured.containsKey(rule.baseline())) {
                continue;
            }
            Optional<Baseline> baseline = baselines.stream()
                    .filter(b -> b.name().equals(rule.baseline()))
                    .findFirst();
            Findings findings = new Findings();
            Measurement measurement = baseline.isEmpty()
                    ? missing(
                            request,
                            rule.location(),
                            "'" + rule.baseline() + "' is not one of the baselines.",
                            findings)
                    : measure(request, baseline.get(), findings);
            measured.put(rule.baseline(), measurement);
            checks.add(CheckResult.ran(
                    "baseline " + rule.baseline(), "the baseline's evidence is found", findings.list()));
        }

        List<Comparisons.Outcome> outcomes = new ArrayList<>();
        ComparisonJudge judge = new ComparisonJudge(request.resamples(), request.seed());
        for (Comparison rule : comparisons) {
            Measurement baseline = measured.get(rule.baseline());
            String name = ComparisonJudge.name(rule);
            if (candidate == null) {
                checks.add(CheckResult.skipped(
                        name, "comparison " + rule.path(), "the model's evidence could not be read"));
            } else if (baseline == null) {
                checks.add(CheckResult.skipped(name, "comparison " + rule.path(), "the baseline is not available"));
            } else {
                checks.add(judge.judge(rule, candidate, baseline, outcomes));
            }
        }
        String subject = candidate == null ? scopeShown : String.join(", ", candidate.sources());
        GateResult result = GateResult.of(NAME, subject, checks, request.policy())
                .withSection(Comparisons.KEY, new Comparisons(outcomes));
        RocCurves curves = rocCurves(candidate, measured);
        return curves == null ? result : result.withSection(RocCurves.KEY, curves);
    }

    /** The model's ROC curve and each scored baseline's, when there are two or more to draw together. */
    private static RocCurves rocCurves(Measurement candidate, Map<String, Measurement> baselines) {
        if (candidate == null
                || candidate.curves() == null
                || candidate.curves().roc() == null) {
            return null;
        }
        Map<String, List<List<Double>>> curves = new LinkedHashMap<>();
        baselines.forEach((name, measurement) -> {
            if (measurement != null
                    && measurement.curves() != null
                    && measurement.curves().roc() != null) {
                curves.put(name, measurement.curves().roc());
            }
        });
        return curves.isEmpty() ? null : new RocCurves(candidate.curves().roc(), curves);
    }

    private Measurement measure(BaselineRequest request, Baseline baseline, Findings findings) {
        Path base = request.projectDirectory();
        if (baseline.metrics() != null || baseline.predictions() != null) {
            boolean isMetrics = baseline.metrics() != null;
            Path path = base.resolve(isMetrics ? baseline.metrics() : baseline.predictions());
            String shown = ProjectFiles.display(base, path);
            if (!Files.exists(path)) {
                return missing(
                        request,
                        baseline.location(),
                        "The " + (isMetrics ? "metrics file " : "predictions ") + shown + " of baseline '"
                                + baseline.name() + "' does not exist.",
                        findings);
            }
            Measurement measurement = isMetrics
                    ? Measurement.ofMetricsFile(path, shown, findings)
                    : Measurement.ofPredictions(path, shown, request.format(), findings);
            if (measurement != null) {
                findings.info(
                        "baseline-read",
                        "Baseline '" + baseline.name() + "' measured from " + shown + ".",
                        baseline.location());
            }
            return measurement;
        }
        if (baseline.artifact() != null) {
            String[] parts = baseline.artifact().strip().split(":", -1);
            if (parts.length < 2 || parts.length > 3) {
                findings.error(
                        "invalid-value",
                        "Baseline '" + baseline.name() + "' has the artifact '" + baseline.artifact()
                                + "'; write groupId:artifactId or groupId:artifactId:versionRange.",
                        baseline.location());
                return null;
            }
            String range = parts.length == 3 ? parts[2] : request.defaultVersionRange();
            String coordinates = parts[0] + ":" + parts[1] + ":" + range;
            try {
                Optional<ReleaseResolver.Release> release = request.resolver().resolve(parts[0], parts[1], range);
                if (release.isEmpty()) {
                    return missing(
                            request,
                            baseline.location(),
                            "No release of " + coordinates
                                    + " with metrics attached (classifier mlmetrics) was found for baseline '"
                                    + baseline.name()
                                    + "'.",
                            findings);
                }
                String shown = coordinates.substring(0, coordinates.lastIndexOf(':')) + ":"
                        + release.get().version();
                Measurement measurement =
                        Measurement.ofMetricsFile(release.get().metricsFile(), shown, findings);
                if (measurement != null) {
                    findings.info(
                            "baseline-read",
                            "Baseline '" + baseline.name() + "' is release " + shown + ".",
                            baseline.location());
                }
                return measurement;
            } catch (ReleaseResolver.ReleaseResolutionException e) {
                findings.error(
                        "resolution-error",
                        "The releases of " + coordinates + " cannot be looked up for" + " baseline '" + baseline.name()
                                + "': " + e.getMessage(),
                        baseline.location());
                return null;
            }
        }
        return missing(
                request,
                baseline.location(),
                "Baseline '" + baseline.name() + "' names no evidence: give it metrics, predictions or artifact.",
                findings);
    }

    private static Measurement missing(BaselineRequest request, Location location, String message, Findings findings) {
        String policy = request.failOnMissing()
                ? " Set mlgate.baseline.onMissing=warn to go on without it (a first release has no baseline yet)."
                : " Going on without it (onMissing=warn).";
        if (request.failOnMissing()) {
            findings.error("missing-baseline", message + policy, location);
        } else {
            findings.warning("missing-baseline", message + policy, location);
        }
        return null;
    }

    /**
     * The files this gate reads for a request, so a stored result can be reused while they are unchanged; none when
     * a baseline is an earlier release, since a newer release may appear in a repository at any time.
     *
     * @param request the request
     * @return the scope document, the evidence and the baselines' files, or empty when the result cannot be reused
     */
    @Override
    public Optional<List<Path>> inputs(BaselineRequest request) {
        Path base = request.projectDirectory();
        Path scopePath = ScopeDocuments.locate(base, request.scopeFile());
        List<Path> files = new ArrayList<>(
                List.of(scopePath, base.resolve(request.predictionsFile()), base.resolve(request.metricsFile())));
        LocatedDocument document =
                ScopeDocuments.read(scopePath, scopePath.toString(), "the baselines", new Findings());
        if (document != null) {
            for (Baseline baseline : ScopeDocuments.baselines(document)) {
                if (baseline.artifact() != null) {
                    return Optional.empty();
                }
                for (String file : new String[] {baseline.metrics(), baseline.predictions()}) {
                    if (file != null) {
                        files.add(base.resolve(file));
                    }
                }
            }
        }
        return Optional.of(files);
    }
}
