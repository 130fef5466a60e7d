package io.github.mlgate.deployment;

import io.github.mlgate.data.DataSamples;
import io.github.mlgate.data.DataSamples.Kind;
import io.github.mlgate.data.DataSamples.SampledField;
import io.github.mlgate.data.FieldSample;
import io.github.mlgate.data.resource.UnreadableDataException;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.drift.Bins;
import io.github.mlgate.drift.Drift;
import io.github.mlgate.drift.DriftMethod;
import io.github.mlgate.evaluation.Criteria;
import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.evaluation.MeasuredMetrics;
import io.github.mlgate.gate.CheckResult;
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
import io.github.mlgate.gate.Suggestions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The monitor gate: a scheduled job's judgement of production data. The deployment document must be complete; then
 * every watched field of the current (production) resource is compared with the reference (by default the train
 * split), by its rule, and a field whose drift crosses its bound fails the gate. It reads the data every time: its
 * input is the fresh production sample, so no stored result is reused.
 */
public final class MonitorGate implements Gate<MonitorRequest> {

    /** The gate's name in outputs and on the console. */
    public static final String NAME = "monitor";

    private static final String DATA_CHECK = "data";
    private static final String DATA_DESCRIPTION =
            "the reference and current resources exist, can be read, and their values fit their schemas";
    private static final String DRIFT_CHECK = "drift";
    private static final String DRIFT_DESCRIPTION = "no watched field drifted beyond its bound";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Stage stage() {
        return Stage.DEPLOYMENT;
    }

    @Override
    public MonitorRequest request(GateSettings settings, Services services) {
        return new MonitorRequest(
                settings.projectDirectory(),
                settings.deploymentFile(),
                settings.dataPackage(),
                settings.policy(),
                settings.maxRecordBytes(),
                settings.allowOutsideProject(),
                new EvaluationGate().request(settings, services));
    }

    /** Production data change between runs of the same build: the gate measures every time. */
    @Override
    public Optional<List<Path>> inputs(MonitorRequest request) {
        return Optional.empty();
    }

    @Override
    public Map<String, Class<? extends Record>> sections() {
        return Map.of(
                DriftSummary.KEY,
                DriftSummary.class,
                MeasuredMetrics.KEY,
                MeasuredMetrics.class,
                Criteria.KEY,
                Criteria.class);
    }

    @Override
    public GateResult run(MonitorRequest request) throws IOException {
        Path file = DeploymentDocuments.locate(request.projectDirectory(), request.deploymentFile());
        String shown = ProjectFiles.display(request.projectDirectory(), file);
        List<CheckResult> results = new ArrayList<>();
        LocatedDocument document =
                DeploymentDocuments.readComplete(request.projectDirectory(), request.deploymentFile(), results);
        if (document == null) {
            String reason = "the deployment document is not complete";
            results.add(CheckResult.skipped(DATA_CHECK, DATA_DESCRIPTION, reason));
            results.add(CheckResult.skipped(DRIFT_CHECK, DRIFT_DESCRIPTION, reason));
            return GateResult.of(NAME, shown, results, request.policy());
        }
        MonitoringPlan plan = MonitoringPlan.of(document);
        Findings dataFindings = new Findings();
        Watch watch = watch(request, plan, dataFindings);
        Map<String, Map<String, FieldSample>> samples = watch == null ? null : read(request, watch, dataFindings);
        results.add(CheckResult.ran(DATA_CHECK, DATA_DESCRIPTION, dataFindings.list()));
        if (samples == null) {
            results.add(CheckResult.skipped(
                    DRIFT_CHECK, DRIFT_DESCRIPTION, "the reference and current data could not be read"));
            return GateResult.of(NAME, shown, results, request.policy());
        }
        Findings driftFindings = new Findings();
        DriftSummary summary = judge(plan, watch, samples, driftFindings);
        Map<String, Record> sections = new LinkedHashMap<>();
        if (plan.predictions() != null) {
            summary = ProductionPredictions.scoreDrift(request, plan, summary, driftFindings);
        }
        results.add(CheckResult.ran(DRIFT_CHECK, DRIFT_DESCRIPTION, driftFindings.list()));
        ProductionPredictions.judge(request, plan, results, sections);
        GateResult result =
                GateResult.of(NAME, shown, results, request.policy()).withSection(DriftSummary.KEY, summary);
        for (Map.Entry<String, Record> section : sections.entrySet()) {
            result = result.withSection(section.getKey(), section.getValue());
        }
        return result;
    }

    /**
     * What a run compares: the two resources and the fields watched, each with its kind.
     *
     * @param data the data package
     * @param reference the reference resource
     * @param current the current resource
     * @param fields the watched fields, in the current schema's order
     */
    private record Watch(DataSamples data, String reference, String current, List<SampledField> fields) {}

    /** Resolves the resources and the watched fields, or records why it cannot and returns null. */
    private static Watch watch(MonitorRequest request, MonitoringPlan plan, Findings findings) {
        DataSamples data = DataSamples.open(
                request.projectDirectory(), request.dataPackage(), request.allowOutsideProject(), findings);
        if (data == null) {
            return null;
        }
        String reference = plan.reference() != null ? plan.reference() : data.split("train");
        if (reference == null) {
            findings.error(
                    "resource-missing",
                    "monitoring.reference is not set and " + data.descriptor()
                            + " has no train split to compare production with; name the reference resource.",
                    plan.locate("current"));
            return null;
        }
        // Both are checked, so one run names both when both are wrong.
        if (!exists(data, reference, "reference", plan, findings)
                | !exists(data, plan.current(), "current", plan, findings)) {
            return null;
        }
        Map<String, SampledField> inReference = new LinkedHashMap<>();
        data.fields(reference).forEach(field -> inReference.put(field.name(), field));
        Map<String, SampledField> inCurrent = new LinkedHashMap<>();
        data.fields(plan.current()).forEach(field -> inCurrent.put(field.name(), field));
        int before = findings.list().size();
        for (String named : plan.namedFields()) {
            if (!inCurrent.containsKey(named)) {
                findings.error(
                        "unknown-field",
                        "monitoring.drift names the field '" + named + "', which " + plan.current() + " does not have"
                                + Suggestions.closest(named, inCurrent.keySet())
                                        .map(s -> "; did you mean '" + s + "'?")
                                        .orElse("."),
                        plan.fields().containsKey(named) ? plan.locateField(named) : plan.locate("drift"));
            }
        }
        List<SampledField> watched = new ArrayList<>();
        for (SampledField field : inCurrent.values()) {
            boolean named = plan.fields().containsKey(field.name());
            if (plan.exclude().contains(field.name()) || (field.key() && !named)) {
                continue;
            }
            if (field.kind() == Kind.UNWATCHED) {
                if (named) {
                    findings.error(
                            "invalid-method",
                            "monitoring.drift watches '" + field.name() + "', a " + field.type()
                                    + " field; drift is measured on numeric, temporal, string and boolean fields.",
                            plan.locateField(field.name()));
                }
                continue;
            }
            SampledField there = inReference.get(field.name());
            if (there == null) {
                findings.warning(
                        "unmatched-field",
                        "The field '" + field.name() + "' of " + plan.current() + " is not in " + reference
                                + ", so its drift cannot be measured.",
                        plan.locate("current"));
                continue;
            }
            if (there.kind() != field.kind()) {
                findings.error(
                        "type-mismatch",
                        "The field '" + field.name() + "' is " + there.type() + " in " + reference + " but "
                                + field.type() + " in " + plan.current() + ".",
                        plan.locate("current"));
                continue;
            }
            watched.add(field);
        }
        checkRules(plan, watched, findings);
        return findings.list().stream().skip(before).anyMatch(f -> f.severity() == Severity.ERROR)
                ? null
                : new Watch(data, reference, plan.current(), watched);
    }

    private static boolean exists(
            DataSamples data, String resource, String role, MonitoringPlan plan, Findings findings) {
        if (data.resourceNames().contains(resource)) {
            return true;
        }
        findings.error(
                "resource-missing",
                "monitoring." + role + " names '" + resource + "', which is not a resource of " + data.descriptor()
                        + Suggestions.closest(resource, data.resourceNames())
                                .map(s -> "; did you mean '" + s + "'?")
                                .orElse("; its resources are " + String.join(", ", data.resourceNames()) + "."),
                plan.locate(role.equals("reference") && plan.reference() == null ? "current" : role));
        return false;
    }

    /** Every rule's method suits its fields and every bound is a possible value of its method. */
    private static void checkRules(MonitoringPlan plan, List<SampledField> watched, Findings findings) {
        checkRule(plan.numeric(), "numeric", false, plan, findings);
        checkRule(plan.categorical(), "categorical", true, plan, findings);
        for (SampledField field : watched) {
            DriftRule rule = plan.fields().get(field.name());
            if (rule != null) {
                checkRule(rule, "'" + field.name() + "'", field.kind() == Kind.CATEGORICAL, plan, findings);
            }
        }
    }

    private static void checkRule(
            DriftRule rule, String what, boolean categorical, MonitoringPlan plan, Findings findings) {
        if (rule == null) {
            return;
        }
        Location at = rule.location();
        if (rule.method() != null && rule.method().needsNumbers() && categorical) {
            findings.error(
                    "invalid-method",
                    rule.source() + " measures " + what + " with "
                            + rule.method().label()
                            + ", which needs numbers; for categories use chisquare, jensenshannon, psi or linfinity.",
                    at);
        }
        double threshold = rule.threshold();
        if (Double.isNaN(threshold)) {
            return;
        }
        boolean test = rule.method() != null && rule.method().isTest();
        if (test && !(threshold > 0 && threshold < 1)) {
            findings.error(
                    "invalid-threshold",
                    rule.source() + ": the threshold of " + rule.method().label()
                            + " is a p-value, between 0 and 1 (0.05 is usual); it is " + Numbers.bound(threshold)
                            + ".",
                    at);
        } else if (!test && !(threshold >= 0)) {
            findings.error(
                    "invalid-threshold",
                    rule.source() + ": a distance threshold must be 0 or more; it is " + Numbers.bound(threshold) + ".",
                    at);
        }
    }

    /** Reads the watched fields of both resources at once, or records why they cannot be read and returns null. */
    private static Map<String, Map<String, FieldSample>> read(MonitorRequest request, Watch watch, Findings findings) {
        DataSamples data = watch.data();
        List<String> names = watch.fields().stream().map(SampledField::name).toList();
        Map<String, Map<String, FieldSample>> samples = new LinkedHashMap<>();
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<Map<String, FieldSample>>> pending = new LinkedHashMap<>();
            for (String resource : List.of(watch.reference(), watch.current())) {
                pending.putIfAbsent(
                        resource, readers.submit(() -> data.read(resource, names, request.maxRecordBytes())));
            }
            for (Map.Entry<String, Future<Map<String, FieldSample>>> entry : pending.entrySet()) {
                try {
                    samples.put(entry.getKey(), entry.getValue().get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof UnreadableDataException) {
                        findings.error(
                                "source-error",
                                "The resource " + entry.getKey() + " cannot be read: " + cause.getMessage(),
                                Location.ofFile(data.descriptor()));
                    } else if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    } else {
                        throw new IllegalStateException(cause);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the data", e);
        } finally {
            readers.shutdownNow();
        }
        if (samples.size() < (watch.reference().equals(watch.current()) ? 1 : 2)) {
            return null;
        }
        for (Map.Entry<String, Map<String, FieldSample>> resource : samples.entrySet()) {
            for (FieldSample sample : resource.getValue().values()) {
                if (sample.invalid() > 0) {
                    findings.error(
                            "type-error",
                            String.format(Locale.ROOT, "%,d", sample.invalid()) + " value"
                                    + (sample.invalid() == 1 ? "" : "s") + " of '" + sample.field() + "' in "
                                    + resource.getKey() + " do not fit its schema (first: " + sample.firstInvalid()
                                    + "); mlgate:data lists them.",
                            Location.ofFile(data.descriptor()));
                } else if (sample.capped()) {
                    findings.error(
                            "too-many-categories",
                            "'" + sample.field() + "' has more than "
                                    + String.format(Locale.ROOT, "%,d", DataSamples.MAX_CATEGORIES)
                                    + " distinct values in " + resource.getKey() + ", the most a categorical field's"
                                    + " drift is measured on; an identifier or a free text is left out with"
                                    + " monitoring.drift.exclude.",
                            Location.ofFile(data.descriptor()));
                } else if (sample.size() == 0) {
                    findings.error(
                            "no-values",
                            "'" + sample.field() + "' has no values in " + resource.getKey()
                                    + ", so its drift cannot be measured.",
                            Location.ofFile(data.descriptor()));
                }
            }
        }
        boolean broken = findings.list().stream().anyMatch(f -> f.severity() == Severity.ERROR);
        return broken ? null : samples;
    }

    /** Measures each watched field by its rule. */
    private static DriftSummary judge(
            MonitoringPlan plan, Watch watch, Map<String, Map<String, FieldSample>> samples, Findings findings) {
        List<DriftSummary.FieldDrift> fields = new ArrayList<>();
        int drifted = 0;
        for (SampledField field : watch.fields()) {
            FieldSample reference = samples.get(watch.reference()).get(field.name());
            FieldSample current = samples.get(watch.current()).get(field.name());
            DriftRule rule = rule(plan, field, reference);
            Drift drift;
            Bins bins;
            if (reference.numbers() != null) {
                drift = rule.method().measure(reference.numbers(), current.numbers());
                bins = rule.method() == DriftMethod.CHISQUARE || rule.method() == DriftMethod.LINFINITY
                        ? Bins.categories(
                                reference.numbers().asCategories(),
                                current.numbers().asCategories())
                        : Bins.sturges(reference.numbers(), current.numbers());
            } else {
                drift = rule.method().measure(reference.categories(), current.categories());
                bins = Bins.categories(reference.categories(), current.categories());
            }
            boolean crosses = drift.crosses(rule.threshold());
            if (crosses) {
                drifted++;
                findings.error(
                        "field-drift",
                        "The field '" + field.name() + "' drifted from " + watch.reference() + " to "
                                + watch.current() + ": " + describe(drift) + " is "
                                + (drift.method().isTest() ? "below" : "above") + " its bound "
                                + Numbers.bound(rule.threshold()) + " (" + rule.source() + ")."
                                + shift(field, reference, current, bins, watch),
                        plan.locate("current"));
            }
            fields.add(new DriftSummary.FieldDrift(
                    field.name(),
                    field.type(),
                    rule.method().label(),
                    drift.value(),
                    drift.statistic(),
                    rule.threshold(),
                    crosses,
                    rule.source(),
                    reference.size(),
                    current.size(),
                    ShownBins.of(bins)));
        }
        findings.info(
                "drift",
                "Watched " + watch.fields().size() + " field" + (watch.fields().size() == 1 ? "" : "s") + " of "
                        + watch.current() + " against " + watch.reference() + ": "
                        + (drifted == 0 ? "none" : Integer.toString(drifted)) + " drifted.",
                plan.locate("current"));
        return new DriftSummary(watch.reference(), watch.current(), fields);
    }

    /**
     * Where the two samples differ, in the field's own terms: the medians of a number, or the value whose share
     * changed most.
     */
    private static String shift(
            SampledField field, FieldSample reference, FieldSample current, Bins bins, Watch watch) {
        if (reference.numbers() != null) {
            if (!List.of("number", "integer", "year").contains(field.type())) {
                return "";
            }
            return " Its median is " + Numbers.format(reference.numbers().median()) + " in " + watch.reference()
                    + " and " + Numbers.format(current.numbers().median()) + " in " + watch.current() + ".";
        }
        return mostMoved(bins, watch.reference(), watch.current());
    }

    /** The category whose share changed most between two samples, as a sentence naming both. */
    static String mostMoved(Bins bins, String reference, String current) {
        double[] before = bins.referenceShares();
        double[] after = bins.currentShares();
        int most = 0;
        for (int i = 1; i < before.length; i++) {
            if (Math.abs(after[i] - before[i]) > Math.abs(after[most] - before[most])) {
                most = i;
            }
        }
        return " The share of '" + bins.labels().get(most) + "' moved from " + share(before[most]) + " in " + reference
                + " to " + share(after[most]) + " in " + current + ".";
    }

    private static String share(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    static String describe(Drift drift) {
        return switch (drift.method()) {
            case KS ->
                "the Kolmogorov-Smirnov p-value " + Numbers.probability(drift.value()) + " (D = "
                        + Numbers.format(drift.statistic()) + ")";
            case CHISQUARE ->
                "the chi-square p-value " + Numbers.probability(drift.value()) + " (statistic "
                        + Numbers.format(drift.statistic()) + ")";
            case WASSERSTEIN ->
                "the Wasserstein distance in reference standard deviations, " + Numbers.format(drift.value()) + ",";
            case PSI -> "the population stability index " + Numbers.format(drift.value());
            case JENSENSHANNON -> "the Jensen-Shannon distance " + Numbers.format(drift.value());
            case LINFINITY -> "the L-infinity distance " + Numbers.format(drift.value());
        };
    }

    /** A field's rule: its own, filled in from its kind's rule or else the default by size. */
    private static DriftRule rule(MonitoringPlan plan, SampledField field, FieldSample reference) {
        boolean numeric = field.kind() == Kind.NUMERIC;
        DriftRule base = numeric ? plan.numeric() : plan.categorical();
        if (base == null) {
            base = DriftRule.byDefault(
                    numeric,
                    reference.size(),
                    numeric
                            ? reference.numbers().distinct()
                            : reference.categories().distinct());
        }
        DriftRule own = plan.fields().get(field.name());
        if (own == null) {
            return base;
        }
        DriftMethod method = own.method() != null ? own.method() : base.method();
        double threshold = !Double.isNaN(own.threshold())
                ? own.threshold()
                : method == base.method()
                        ? base.threshold()
                        : method.isTest() ? DriftRule.DEFAULT_P_VALUE : DriftRule.DEFAULT_DISTANCE;
        return new DriftRule(method, threshold, own.source(), own.location());
    }
}
