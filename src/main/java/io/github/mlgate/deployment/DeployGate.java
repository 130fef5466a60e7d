package io.github.mlgate.deployment;

import io.github.mlgate.data.DataSamples;
import io.github.mlgate.data.FieldValues;
import io.github.mlgate.data.resource.UnreadableDataException;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.evaluation.Criteria;
import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.evaluation.OperationalMetrics;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.ContentHash;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.Services;
import io.github.mlgate.gate.Severity;
import io.github.mlgate.gate.Stage;
import io.github.mlgate.scope.ModelCriterion;
import io.github.mlgate.scope.ScopeDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The deploy gate: the exit of the deployment stage, before a model is released. The deployment document must be
 * complete; the model must load in the runtime it is served with, take the inputs the scope names from fields whose
 * types it can hold and give the outputs the scope names; and, run as it will be served, it must reproduce the
 * evaluated scores within the parity tolerance. It times scoring on this machine, as {@code serving.mode} serves the
 * model, and judges the scope's latency and model-size criteria on those figures when the evaluation has no file of its
 * own for them ({@link OperationalMetrics#judgedWhenServed}).
 */
public final class DeployGate implements Gate<DeployRequest> {

    /** The gate's name in outputs and on the console. */
    public static final String NAME = "deploy";

    private static final String MODEL_CHECK = "model";
    private static final String MODEL_DESCRIPTION = "the model exists and loads in its serving runtime";
    private static final String CONTRACT_CHECK = "serving-contract";
    private static final String CONTRACT_DESCRIPTION =
            "the model takes the scope's inputs from fields it can hold and gives the scope's outputs";
    private static final String PARITY_CHECK = "parity";
    private static final String PARITY_DESCRIPTION =
            "the served model reproduces the evaluated scores within the parity tolerance";

    /** What the gate runs models with when the build offers no runtime. */
    private static final ModelRuntime NO_RUNTIME = new ModelRuntime() {
        @Override
        public ServedModel load(Path model) throws ModelException {
            throw new ModelException("no model runtime is available to this run");
        }

        @Override
        public String describe() {
            return "no runtime";
        }
    };

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Stage stage() {
        return Stage.DEPLOYMENT;
    }

    @Override
    public DeployRequest request(GateSettings settings, Services services) {
        return new DeployRequest(
                settings.projectDirectory(),
                settings.deploymentFile(),
                settings.scopeFile(),
                settings.dataPackage(),
                settings.predictionsFile(),
                settings.task().equals("regression") ? settings.predictionColumn() : settings.scoreColumn(),
                settings.policy(),
                settings.maxRecordBytes(),
                settings.allowOutsideProject(),
                services.get(ModelRuntime.class, NO_RUNTIME),
                settings.dataset(),
                settings.latencyFile(),
                settings.modelFile());
    }

    /** Without a deployment document at a default location there is nothing to judge; a configured one must exist. */
    @Override
    public String absentInput(DeployRequest request) {
        if (request.deploymentFile() == null
                && !Files.exists(DeploymentDocuments.locate(request.projectDirectory(), null))) {
            return "no deployment document: looked for " + String.join(", ", DeploymentDocuments.DEFAULT_LOCATIONS);
        }
        return null;
    }

    /**
     * The evidence ({@link #evidence}) and the data package's files, among them the resource the model is scored
     * on: while they are unchanged, the timings measured once serve the rest of the build and later runs, so the
     * console, {@code check} and the site show one set of figures ({@code -Dmlgate.force=true} measures again). A data
     * package with a resource in a database, whose rows may change unseen, is read again every run.
     */
    @Override
    public Optional<List<Path>> inputs(DeployRequest request) {
        Optional<List<Path>> data = new io.github.mlgate.data.DataGate()
                .inputs(new io.github.mlgate.data.DataRequest(
                                request.projectDirectory(), request.dataPackage(), 0, null, request.policy())
                        .reading(request.maxRecordBytes(), request.allowOutsideProject()));
        if (data.isEmpty()) {
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>(evidence(request));
        files.addAll(data.get());
        return Optional.of(files);
    }

    /** Timings measured again would differ: a goal of this gate alone stores them for the site and check. */
    @Override
    public boolean storedWhenRunAlone() {
        return true;
    }

    /** The deployment and scope documents, the model, and the predictions its scores were compared with. */
    @Override
    public List<Path> evidence(DeployRequest request) {
        Path base = request.projectDirectory();
        Path document = DeploymentDocuments.locate(base, request.deploymentFile());
        List<Path> files = new ArrayList<>(List.of(document, ScopeDocuments.locate(base, request.scopeFile())));
        try {
            ServingPlan plan =
                    ServingPlan.of(io.github.mlgate.document.DocumentReader.read(document, document.toString()));
            files.add(base.resolve(plan.model()));
        } catch (io.github.mlgate.document.DocumentException | RuntimeException e) {
            // A document the gate could not read earns no blessing; the files it names are not evidence then.
        }
        files.add(base.resolve(request.predictionsFile()));
        return files;
    }

    @Override
    public Map<String, Class<? extends Record>> sections() {
        return Map.of(ServingSummary.KEY, ServingSummary.class, Criteria.KEY, Criteria.class);
    }

    @Override
    public GateResult run(DeployRequest request) {
        Path base = request.projectDirectory();
        String shown = ProjectFiles.display(base, DeploymentDocuments.locate(base, request.deploymentFile()));
        List<CheckResult> results = new ArrayList<>();
        LocatedDocument document = DeploymentDocuments.readComplete(base, request.deploymentFile(), results);
        if (document == null) {
            skipRest(results, "the deployment document is not complete");
            return GateResult.of(NAME, shown, results, request.policy());
        }
        ServingPlan plan = ServingPlan.of(document);
        Path modelFile = base.resolve(plan.model());
        String model = ProjectFiles.display(base, modelFile);
        Findings modelFindings = new Findings();
        ServedModel served = load(request, plan, modelFile, model, modelFindings);
        results.add(CheckResult.ran(MODEL_CHECK, MODEL_DESCRIPTION, modelFindings.list()));
        if (served == null) {
            results.add(CheckResult.skipped(CONTRACT_CHECK, CONTRACT_DESCRIPTION, "the model did not load"));
            results.add(CheckResult.skipped(PARITY_CHECK, PARITY_DESCRIPTION, "the model did not load"));
            return GateResult.of(NAME, shown, results, request.policy());
        }
        try (served) {
            ServingSummary.Parity parity = null;
            ServingSummary.Latency latency = null;
            Findings contractFindings = new Findings();
            DataSamples data =
                    DataSamples.open(base, request.dataPackage(), request.allowOutsideProject(), contractFindings);
            String evidence = evidence(plan, data, contractFindings);
            Path scopePath = ScopeDocuments.locate(base, request.scopeFile());
            String scopeShown = ProjectFiles.display(base, scopePath);
            LocatedDocument scope = Files.exists(scopePath)
                    ? ScopeDocuments.read(scopePath, scopeShown, "the serving contract's inputs", contractFindings)
                    : null;
            ServingContract contract = ServingContract.check(
                    served,
                    plan,
                    scope == null ? null : ScopeDocuments.names(scope, "inputs"),
                    scope == null ? null : ScopeDocuments.names(scope, "outputs"),
                    scopeShown,
                    data,
                    evidence,
                    contractFindings);
            if (scope == null && Files.notExists(scopePath)) {
                contractFindings.error(
                        "contract-input",
                        "The scope document " + scopeShown + " does not exist; the model's inputs and outputs are"
                                + " checked against the ones it names.",
                        Location.ofFile(scopeShown));
            }
            boolean holds = contract != null
                    && evidence != null
                    && data != null
                    && contractFindings.list().stream().noneMatch(f -> f.severity() == Severity.ERROR);
            results.add(CheckResult.ran(CONTRACT_CHECK, CONTRACT_DESCRIPTION, contractFindings.list()));
            List<ModelCriterion> operational = scope == null
                    ? List.of()
                    : ScopeDocuments.modelCriteria(scope).stream()
                            .filter(ModelCriterion::judgeable)
                            .filter(c -> OperationalMetrics.judgedWhenServed(
                                    c, request.latencyFile() != null, request.modelFile() != null))
                            .toList();
            if (!holds) {
                results.add(
                        CheckResult.skipped(PARITY_CHECK, PARITY_DESCRIPTION, "the serving contract does not hold"));
            } else {
                Findings parityFindings = new Findings();
                Outcome outcome = parityAndLatency(request, plan, served, contract, data, evidence, parityFindings);
                parity = outcome.parity();
                latency = outcome.latency();
                results.add(CheckResult.ran(PARITY_CHECK, PARITY_DESCRIPTION, parityFindings.list()));
            }
            ServingSummary summary = summary(request, plan, modelFile, model, served, parity, latency);
            Criteria judged = judgeOperational(request, plan, model, summary, operational, results);
            GateResult result =
                    GateResult.of(NAME, shown, results, request.policy()).withSection(ServingSummary.KEY, summary);
            return judged == null ? result : result.withSection(Criteria.KEY, judged);
        }
    }

    /**
     * Judges the scope's latency and size criteria on the served model's figures: its latency as {@code serving.mode}
     * serves it (one row a call online, a batch a call in batch) and its file's size. Skipped when the model did not
     * run on the evidence.
     *
     * @return the judged entries, or null when there is no such criterion
     */
    private static Criteria judgeOperational(
            DeployRequest request,
            ServingPlan plan,
            String model,
            ServingSummary summary,
            List<ModelCriterion> criteria,
            List<CheckResult> results) {
        if (criteria.isEmpty()) {
            return null;
        }
        if (summary.latency() == null || summary.sizeMb() < 0) {
            for (ModelCriterion criterion : criteria) {
                results.add(EvaluationGate.skipped(criterion, "the served model did not run on the evidence"));
            }
            return null;
        }
        Map<String, Double> measured =
                new java.util.LinkedHashMap<>(summary.latency().metrics(plan.online()));
        measured.put(OperationalMetrics.MODEL_SIZE, summary.sizeMb());
        ServingSummary.Latency latency = summary.latency();
        String evidence = "the model " + model + " served " + (plan.online() ? "online" : "in batches")
                + " on this machine: "
                + (plan.online()
                        ? Numbers.count(latency.singleRowRuns()) + " calls of one row"
                        : Numbers.count(latency.batchRuns()) + " calls of " + Numbers.count(latency.batchRows())
                                + " rows");
        return EvaluationGate.judgeMeasured(measured, request.dataset(), evidence, criteria, results);
    }

    private static void skipRest(List<CheckResult> results, String reason) {
        results.add(CheckResult.skipped(MODEL_CHECK, MODEL_DESCRIPTION, reason));
        results.add(CheckResult.skipped(CONTRACT_CHECK, CONTRACT_DESCRIPTION, reason));
        results.add(CheckResult.skipped(PARITY_CHECK, PARITY_DESCRIPTION, reason));
    }

    private static ServedModel load(
            DeployRequest request, ServingPlan plan, Path modelFile, String model, Findings findings) {
        if (!Files.isRegularFile(modelFile)) {
            findings.error(
                    "model-missing",
                    "The model " + model + " does not exist (serving.model); the training step writes it before the"
                            + " verify phase.",
                    plan.locate("model"));
            return null;
        }
        try {
            return request.runtime().load(modelFile);
        } catch (ModelException e) {
            findings.error(
                    "model-load",
                    "The model " + model + " does not load in "
                            + request.runtime().describe() + ": "
                            + e.getMessage()
                                    .replace(modelFile.toAbsolutePath().toString(), model)
                                    .strip(),
                    plan.locate("model"));
            return null;
        }
    }

    /** The evidence resource: serving.evidence, else the test split; null with an error when there is none. */
    private static String evidence(ServingPlan plan, DataSamples data, Findings findings) {
        if (data == null) {
            return null;
        }
        String evidence = plan.evidence() != null ? plan.evidence() : data.split("test");
        if (evidence == null) {
            findings.error(
                    "resource-missing",
                    "serving.evidence is not set and " + data.descriptor() + " has no test split to score.",
                    plan.locate("evidence"));
            return null;
        }
        if (!data.resourceNames().contains(evidence)) {
            findings.error(
                    "resource-missing",
                    "serving.evidence names '" + evidence + "', which is not a resource of " + data.descriptor()
                            + "; its resources are " + String.join(", ", data.resourceNames()) + ".",
                    plan.locate("evidence"));
            return null;
        }
        return evidence;
    }

    /**
     * A percentile's interval as the console and the site show it.
     *
     * @param bounds the lower and upper bound, in milliseconds
     * @return for example {@code 2.9-3.4 ms}
     */
    public static String interval(List<Double> bounds) {
        return Numbers.format(bounds.get(0)) + "-" + Numbers.format(bounds.get(1)) + " ms";
    }

    /** Scores the evidence, compares with the predictions file, then times scoring. */
    /** What running the model on the evidence found; either part null when it did not get that far. */
    private record Outcome(ServingSummary.Parity parity, ServingSummary.Latency latency) {
        static final Outcome NONE = new Outcome(null, null);
    }

    private static Outcome parityAndLatency(
            DeployRequest request,
            ServingPlan plan,
            ServedModel served,
            ServingContract contract,
            DataSamples data,
            String evidence,
            Findings findings) {
        Location at = plan.locate("parity");
        List<String> key = data.keyOf(evidence);
        String keyField = key.size() == 1 ? key.get(0) : null;
        Set<String> fields = new LinkedHashSet<>(contract.fields());
        if (keyField != null) {
            fields.add(keyField);
        }
        Map<String, FieldValues> values;
        try {
            values = data.readRows(evidence, fields, request.maxRecordBytes());
        } catch (UnreadableDataException e) {
            findings.error("source-error", "The evidence " + evidence + " cannot be read: " + e.getMessage(), at);
            return Outcome.NONE;
        }
        for (FieldValues field : values.values()) {
            if (field.invalid() > 0) {
                findings.error(
                        "type-error",
                        Numbers.counted(field.invalid(), "value") + " of '" + field.field() + "' in " + evidence
                                + " do not fit its schema (first: " + field.firstInvalid() + "); mlgate:data lists"
                                + " them.",
                        at);
                return Outcome.NONE;
            }
        }
        int rows = values.values().iterator().next().values().length;
        if (rows == 0) {
            // Parity on no rows would show nothing, and the model would never run: fail closed.
            findings.error(
                    "parity-evidence",
                    "The evidence " + evidence + " has no rows: the served model's scores cannot be compared with the"
                            + " evaluated ones, nor timed.",
                    at);
            return Outcome.NONE;
        }
        Object[] keys = keyField == null ? null : values.get(keyField).values();
        String predictions = ProjectFiles.display(
                request.projectDirectory(), request.projectDirectory().resolve(request.predictionsFile()));
        String[] joinedBy = new String[1];
        double[] evaluated = ParityCheck.evaluated(
                request.projectDirectory().resolve(request.predictionsFile()),
                predictions,
                request.scoreColumn(),
                keyField,
                keys,
                rows,
                findings,
                at,
                joinedBy);
        if (evaluated == null) {
            return Outcome.NONE;
        }
        try {
            double[] scores = ParityCheck.score(served, contract, values, rows);
            ServingSummary.Parity parity = ParityCheck.compare(
                    evidence,
                    joinedBy[0],
                    plan.parity(),
                    scores,
                    evaluated,
                    keyField,
                    keys,
                    predictions,
                    contract.score(),
                    findings,
                    at);
            ServingSummary.Latency latency = LatencyProbe.measure(served, contract, values, rows);
            // The mode's figures first: they are the ones the scope's latency criteria are judged on.
            String oneRow = "one row in " + Numbers.format(latency.singleRowP50()) + " ms (p95 "
                    + Numbers.format(latency.singleRowP95()) + " ms, 95% interval "
                    + interval(latency.singleRowP95Interval()) + ", p99 " + Numbers.format(latency.singleRowP99())
                    + " ms over " + Numbers.count(latency.singleRowRuns()) + " calls)";
            String batches = Numbers.count(latency.batchRows()) + " rows in " + Numbers.format(latency.batchP50())
                    + " ms (p95 "
                    + Numbers.format(latency.batchP95()) + " ms, 95% interval " + interval(latency.batchP95Interval())
                    + ", p99 " + Numbers.format(latency.batchP99())
                    + " ms over " + Numbers.count(latency.batchRuns()) + " calls, "
                    + String.format(Locale.ROOT, "%,.0f", latency.rowsPerSecond()) + " rows/s)";
            findings.info(
                    "latency",
                    "Scored on this machine with " + request.runtime().describe() + ", served "
                            + (plan.online()
                                    ? "online: " + oneRow + "; in batches, " + batches
                                    : "in batches: " + batches + "; one row at a time, " + oneRow)
                            + ".",
                    at);
            return new Outcome(parity, latency);
        } catch (ModelException e) {
            findings.error(
                    "model-run",
                    "The model fails on the rows of " + evidence + ": "
                            + e.getMessage().strip(),
                    plan.locate("model"));
            return Outcome.NONE;
        }
    }

    private static ServingSummary summary(
            DeployRequest request,
            ServingPlan plan,
            Path modelFile,
            String model,
            ServedModel served,
            ServingSummary.Parity parity,
            ServingSummary.Latency latency) {
        long bytes;
        String sha256;
        try {
            bytes = Files.size(modelFile);
            sha256 = ContentHash.of(modelFile);
        } catch (IOException | java.io.UncheckedIOException e) {
            bytes = -1;
            sha256 = "";
        }
        return new ServingSummary(
                model,
                sha256,
                bytes / 1e6,
                request.runtime().describe(),
                plan.online() ? "online" : "batch",
                served.inputs().stream()
                        .map(p -> p.name() + ": " + p.describe())
                        .toList(),
                served.outputs().stream()
                        .map(p -> p.name() + ": " + p.describe())
                        .toList(),
                parity,
                latency);
    }
}
