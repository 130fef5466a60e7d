package io.github.mlgate.evaluation;

import io.github.mlgate.document.DocumentTemplate;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.Services;
import io.github.mlgate.gate.Stage;
import io.github.mlgate.scope.ModelCriterion;
import io.github.mlgate.scope.ScopeDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation gate: the exit of the modelling stage. It measures the model from its evidence (predictions scored
 * by the gate itself, a metrics file, latencies, the model's size) and judges every success criterion of the scope
 * document against what it measured. A criterion it cannot judge fails.
 */
public final class EvaluationGate implements Gate<EvaluationRequest> {

    /** The gate's name in outputs and on the console. */
    public static final String NAME = "evaluate";

    /** The file the measured metrics are written to, in the output directory. */
    public static final String METRICS_OUTPUT = "metrics.json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Stage stage() {
        return Stage.MODELLING;
    }

    @Override
    public EvaluationRequest request(GateSettings settings, Services services) {
        return new EvaluationRequest(
                settings.projectDirectory(),
                settings.scopeFile(),
                settings.predictionsFile(),
                PredictionsFormat.of(settings),
                settings.metricsFile(),
                settings.latencyFile(),
                settings.latencyColumn(),
                settings.modelFile(),
                settings.dataset(),
                settings.minSliceSize(),
                settings.confidence(),
                settings.bootstrapResamples(),
                settings.bootstrapSeed(),
                settings.outputDirectory(),
                settings.policy(),
                services.get(PredictionsCache.class, new PredictionsCache()),
                settings.configuredEvidence(),
                deploymentDocument(settings),
                settings.deployAbsent());
    }

    @Override
    public String absentInput(EvaluationRequest request) {
        if (!request.configuredEvidence().isEmpty()) {
            return null; // evidence the user named is never absent: it runs, and fails if the file is not there
        }
        return noEvidence(request.projectDirectory(), request.predictionsFile(), request.metricsFile());
    }

    /**
     * Why there is no evaluation evidence to judge: neither the predictions nor the metrics file exists.
     *
     * @param base the project's base directory
     * @param predictions the predictions file
     * @param metrics the metrics file
     * @return the reason, or null when either exists
     */
    public static String noEvidence(Path base, Path predictions, Path metrics) {
        Path predictionsPath = base.resolve(predictions);
        Path metricsPath = base.resolve(metrics);
        if (Files.exists(predictionsPath) || Files.exists(metricsPath)) {
            return null;
        }
        return "no evaluation evidence: neither " + ProjectFiles.display(base, predictionsPath) + " nor "
                + ProjectFiles.display(base, metricsPath) + " exists";
    }

    @Override
    public Map<String, Class<? extends Record>> sections() {
        return Map.of(MeasuredMetrics.KEY, MeasuredMetrics.class, Criteria.KEY, Criteria.class);
    }

    /** The measured metrics. */
    @Override
    public List<Path> outputs(EvaluationRequest request) {
        return List.of(request.outputDirectory().resolve(METRICS_OUTPUT));
    }

    /**
     * Measures and judges.
     *
     * @param request the evidence, the criteria and the policy
     * @return the gate's result, with the measured metrics as its {@code metrics} section
     * @throws IOException when {@code metrics.json} cannot be written
     */
    @Override
    public GateResult run(EvaluationRequest request) throws IOException {
        Path base = request.projectDirectory();
        List<CheckResult> checks = new ArrayList<>();

        Findings scopeFindings = new Findings();
        Path scopePath = ScopeDocuments.locate(base, request.scopeFile());
        String scopeShown = ProjectFiles.display(base, scopePath);
        List<ModelCriterion> criteria = criteria(scopePath, scopeShown, scopeFindings);
        checks.add(CheckResult.ran(
                "success-criteria", "the scope document states model success criteria", scopeFindings.list()));
        Map<String, Record> sections = new LinkedHashMap<>();
        String subject = measureAndJudge(request, criteria, checks, sections);
        GateResult result = GateResult.of(NAME, subject == null ? scopeShown : subject, checks, request.policy());
        for (Map.Entry<String, Record> section : sections.entrySet()) {
            result = result.withSection(section.getKey(), section.getValue());
        }
        return result;
    }

    /**
     * Measures a request's evidence and judges criteria on it: the scope's, or those of another document (the
     * deployment document's {@code monitoring.criteria}, on labelled production predictions). Writes {@code
     * metrics.json} to the request's output directory.
     *
     * @param request the evidence
     * @param criteria the criteria
     * @param checks where each check's result is added
     * @param sections where the measured metrics and the judged criteria go, by their section keys
     * @return the evidence as the user names it, or null when there is none
     * @throws IOException when {@code metrics.json} cannot be written
     */
    public static String measureAndJudge(
            EvaluationRequest request,
            List<ModelCriterion> criteria,
            List<CheckResult> checks,
            Map<String, Record> sections)
            throws IOException {
        Path base = request.projectDirectory();
        Measurement measurement = Measurement.read(
                base,
                request.predictionsFile(),
                request.metricsFile(),
                request.format(),
                bootstrapFor(request, criteria),
                intervalLevel(request, criteria),
                request.predictionsCache(),
                request.configuredEvidence(),
                checks);
        boolean evidenceBroken = measurement == null;
        MetricTable table = measurement == null ? new MetricTable() : measurement.table;
        List<String> evidence = measurement == null ? new ArrayList<>() : new ArrayList<>(measurement.sources());
        if (request.latencyFile() != null) {
            evidenceBroken |= !operational(
                    checks, "latency", "the latencies are readable", request, request.latencyFile(), table, true);
            evidence.add(ProjectFiles.display(base, base.resolve(request.latencyFile())));
        }
        if (request.modelFile() != null) {
            evidenceBroken |= !operational(
                    checks, "model-size", "the model's size is measured", request, request.modelFile(), table, false);
            evidence.add(ProjectFiles.display(base, base.resolve(request.modelFile())));
        }

        String evidenceText = evidence.isEmpty() ? "none" : String.join(", ", evidence);
        CriteriaJudge judge =
                new CriteriaJudge(table, request.dataset(), evidenceText, request.minSliceSize(), request.confidence());
        for (ModelCriterion criterion : criteria) {
            if (request.deploymentDocument() != null
                    && OperationalMetrics.judgedWhenServed(
                            criterion, request.latencyFile() != null, request.modelFile() != null)) {
                checks.add(judgedWhenServed(request, criterion));
            } else if (evidenceBroken) {
                checks.add(skipped(criterion, "the evidence could not be read"));
            } else {
                checks.add(judge.judge(criterion));
            }
        }

        Path output = request.outputDirectory().resolve(METRICS_OUTPUT);
        if (evidenceBroken) {
            // Partial metrics must never be published as this release's baseline.
            Files.deleteIfExists(output);
        } else {
            MetricsFile.write(table, output);
        }
        sections.put(MeasuredMetrics.KEY, table.summary());
        sections.put(Criteria.KEY, judge.entries());
        return evidence.isEmpty() ? null : evidenceText;
    }

    /**
     * Judges criteria on values measured outside the evaluation: the served model's latency and size, which the deploy
     * gate measures. Each criterion is judged on its value, with the same words and report entries as the evaluation.
     *
     * @param values the measured metrics by name
     * @param dataset the dataset the values stand for
     * @param evidence what was measured, for messages
     * @param criteria the criteria to judge
     * @param checks where each criterion's check is added
     * @return the judged entries, for the gate's {@code criteria} section
     */
    public static Criteria judgeMeasured(
            Map<String, Double> values,
            String dataset,
            String evidence,
            List<ModelCriterion> criteria,
            List<CheckResult> checks) {
        MetricTable table = new MetricTable();
        table.overall.putAll(values);
        CriteriaJudge judge = new CriteriaJudge(table, dataset, evidence, 1, null);
        for (ModelCriterion criterion : criteria) {
            checks.add(judge.judge(criterion));
        }
        return judge.entries();
    }

    /**
     * A criterion's check when what it is judged on could not be measured.
     *
     * @param criterion the criterion
     * @param reason why it is not judged
     * @return the skipped check, named as a judged one would be
     */
    public static CheckResult skipped(ModelCriterion criterion, String reason) {
        return CheckResult.skipped(CriteriaJudge.name(criterion), "success criterion " + criterion.path(), reason);
    }

    /** The deployment document when the project has one: the configured one, else the first default that exists. */
    private static Path deploymentDocument(GateSettings settings) {
        if (settings.deploymentFile() != null) {
            return settings.deploymentFile();
        }
        Path found = ProjectFiles.locate(settings.projectDirectory(), null, DocumentTemplate.DEPLOYMENT.locations());
        return Files.exists(found) ? found : null;
    }

    /** A criterion the deploy gate judges on the served model: said, not judged, here. */
    private static CheckResult judgedWhenServed(EvaluationRequest request, ModelCriterion criterion) {
        String document = ProjectFiles.display(
                request.projectDirectory(), request.projectDirectory().resolve(request.deploymentDocument()));
        boolean latency = OperationalMetrics.LATENCIES.contains(criterion.metric());
        Findings findings = new Findings();
        if (request.deployAbsent() != null) {
            // Handed to a gate that does not run, the criterion would be judged by no one: it fails here instead.
            findings.error(
                    "not-judged",
                    "'" + criterion.metric() + "' is judged by the deploy gate on the model " + document
                            + " serves, but mlgate:deploy does not run in this build (" + request.deployAbsent()
                            + "): bind it or mlgate:check, package with ml-model, or set "
                            + (latency ? "latencyFile" : "modelFile") + " to judge it here.",
                    criterion.location());
            return CheckResult.ran(
                    CriteriaJudge.name(criterion), "success criterion " + criterion.path(), findings.list());
        }
        findings.info(
                "judged-when-served",
                "'" + criterion.metric() + "' is judged by the deploy gate, which "
                        + (latency
                                ? "times the model as " + document + " serves it; set latencyFile to judge latencies"
                                        + " measured where the model is served instead."
                                : "measures the model " + document + " serves; set modelFile to judge another"
                                        + " artifact's size instead."),
                criterion.location());
        return CheckResult.ran(CriteriaJudge.name(criterion), "success criterion " + criterion.path(), findings.list());
    }

    private static List<ModelCriterion> criteria(Path scopePath, String shown, Findings findings) {
        LocatedDocument document = ScopeDocuments.read(scopePath, shown, "the success criteria", findings);
        if (document == null) {
            return List.of();
        }
        List<ModelCriterion> criteria = ScopeDocuments.judgedModelCriteria(document, findings);
        if (criteria.isEmpty() && ScopeDocuments.modelCriteria(document).isEmpty()) {
            findings.error(
                    "no-criteria",
                    shown + " states no model success criteria (successCriteria.model), so there is nothing to"
                            + " evaluate against.",
                    document.locate(NodePath.ROOT.key("successCriteria")));
        }
        return criteria;
    }

    private static boolean operational(
            List<CheckResult> checks,
            String name,
            String description,
            EvaluationRequest request,
            Path configured,
            MetricTable table,
            boolean latency) {
        Path path = request.projectDirectory().resolve(configured);
        String shown = ProjectFiles.display(request.projectDirectory(), path);
        Findings findings = new Findings();
        Map<String, Double> metrics = null;
        if (!Files.exists(path)) {
            findings.error(
                    "file-missing",
                    (latency ? "The latency file " : "The model ") + shown + " does not exist (set by "
                            + (latency ? "latencyFile" : "modelFile") + ").",
                    Location.ofFile(shown));
        } else {
            metrics = latency
                    ? OperationalMetrics.latency(path, shown, request.latencyColumn(), findings)
                    : OperationalMetrics.modelSize(path, shown, findings);
        }
        checks.add(CheckResult.ran(name, description, findings.list()));
        if (metrics == null) {
            return false;
        }
        metrics.forEach(table.overall::putIfAbsent);
        return true;
    }

    /** The level of the intervals written out: the request's, else the first criterion's, else 0.95. */
    private static Double intervalLevel(EvaluationRequest request, List<ModelCriterion> criteria) {
        if (request.confidence() != null) {
            return request.confidence();
        }
        return criteria.stream()
                .map(ModelCriterion::confidence)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(0.95);
    }

    /**
     * The bootstrap and the level of the intervals written out, when a criterion or the request asks for intervals.
     */
    private static Bootstrap bootstrapFor(EvaluationRequest request, List<ModelCriterion> criteria) {
        boolean wanted = request.confidence() != null || criteria.stream().anyMatch(c -> c.confidence() != null);
        return wanted ? new Bootstrap(request.resamples(), request.seed()) : null;
    }

    /**
     * The files this gate reads for a request, so a stored result can be reused while they are unchanged.
     *
     * @param request the request
     * @return the scope document and the evidence files, present or not
     */
    @Override
    public Optional<List<Path>> inputs(EvaluationRequest request) {
        Path base = request.projectDirectory();
        List<Path> files = new ArrayList<>();
        files.add(ScopeDocuments.locate(base, request.scopeFile()));
        files.add(base.resolve(request.predictionsFile()));
        files.add(base.resolve(request.metricsFile()));
        if (request.latencyFile() != null) {
            files.add(base.resolve(request.latencyFile()));
        }
        if (request.modelFile() != null) {
            files.add(base.resolve(request.modelFile()));
        }
        return Optional.of(files);
    }
}
