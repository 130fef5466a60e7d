package io.github.mlgate.scope;

import static io.github.mlgate.document.Field.optional;
import static io.github.mlgate.document.Field.required;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlgate.document.Shape;
import io.github.mlgate.document.Shape.Anything;
import io.github.mlgate.document.Shape.Choice;
import io.github.mlgate.document.Shape.ListOf;
import io.github.mlgate.document.Shape.Mapping;
import io.github.mlgate.document.Shape.Text;
import io.github.mlgate.document.Shape.TextOrNumber;
import java.util.List;

/**
 * The scope document's keys, their shapes and the question each answers. docs/scope.md explains each key at more
 * length; the JSON Schema in the plugin jar is generated from this model.
 */
public final class ScopeModel {

    /** Likelihood and impact of a risk. */
    static final List<String> LEVELS = List.of("low", "medium", "high");

    /** Where a baseline comes from. */
    static final List<String> BASELINE_KINDS = List.of("heuristic", "model", "human", "previous-release", "published");

    /** Where a metric's better values lie, for metrics the plugin does not know. */
    static final List<String> DIRECTIONS = List.of("higher", "lower");

    /** The document as a whole. */
    static final Mapping DOCUMENT = new Mapping(
            List.of(
                    required("name", new Text(), "What is the project called, in a few words?"),
                    required("problem", new Text(), "What problem does the model solve, and for whom?"),
                    required(
                            "whyMachineLearning",
                            new Text(),
                            "Why machine learning, rather than rules, heuristics or a manual process?"),
                    required("inputs", namedItems("input"), "What does the model consume at prediction time?"),
                    required("outputs", namedItems("output"), "What does the model produce, and who uses it?"),
                    required(
                            "objectives",
                            Mapping.of(
                                    required(
                                            "model",
                                            new Text(),
                                            "What does the model optimise (its loss or target metric)?"),
                                    required(
                                            "business",
                                            new Text(),
                                            "What does the client or the business want to achieve?")),
                            "What are the model's objective and the business objective? They may differ; state both."),
                    required(
                            "successCriteria",
                            Mapping.of(
                                    required(
                                            "model",
                                            new ListOf(modelCriterion(), 1),
                                            "Which measurable thresholds must the model meet? The evaluation gate"
                                                    + " enforces these."),
                                    required(
                                            "project",
                                            new ListOf(
                                                    Mapping.of(
                                                            required(
                                                                    "metric",
                                                                    new Text(),
                                                                    "Which business or project measure?"),
                                                            required(
                                                                    "target",
                                                                    new TextOrNumber(),
                                                                    "What value counts as success?"),
                                                            optional("owner", new Text(), "Who owns this target?")),
                                                    1),
                                            "Which business or project criteria define success, and who owns"
                                                    + " them?")),
                            "What criteria define success, for the model and for the project?"),
                    required(
                            "risks",
                            new ListOf(risk(), 1),
                            "What can go wrong (errors, bias, misuse, failure to deliver), how likely, how bad, and"
                                    + " what limits it?"),
                    required(
                            "costs",
                            Mapping.of(
                                    required(
                                            "problemDifficulty",
                                            new Text(),
                                            "How hard is the problem? Has anyone solved it? Is the compute"
                                                    + " affordable?"),
                                    required(
                                            "dataAcquisition",
                                            new Text(),
                                            "What does acquiring and labelling the data cost?"),
                                    required(
                                            "accuracyRequirement",
                                            new Text(),
                                            "How much accuracy is needed, and what does each error cost?")),
                            "What will it cost: problem difficulty, data acquisition, accuracy needed?"),
                    required(
                            "baselines",
                            new ListOf(
                                    Mapping.of(
                                            required("name", new Text(), "What is the baseline called?"),
                                            required(
                                                    "kind",
                                                    new Choice(BASELINE_KINDS),
                                                    "Where does it come from: heuristic, model, human,"
                                                            + " previous-release or published?"),
                                            required(
                                                    "description",
                                                    new Text(),
                                                    "What is it, and how does it perform today?"),
                                            optional(
                                                    "metrics",
                                                    new Text(),
                                                    "The baseline gate's evidence: a metrics file of the baseline,"
                                                            + " relative to the project."),
                                            optional(
                                                    "predictions",
                                                    new Text(),
                                                    "The baseline gate's evidence: the baseline's predictions on the"
                                                            + " same test set, scored like the candidate's."),
                                            optional(
                                                    "artifact",
                                                    new Text(),
                                                    "The baseline gate's evidence: groupId:artifactId[:versionRange]"
                                                            + " of a release whose metrics are attached with"
                                                            + " classifier mlmetrics; the range defaults to every"
                                                            + " version before this one.")),
                                    1),
                            "What must the model beat to be worth deploying?"),
                    optional(
                            "comparisons",
                            new ListOf(comparison(), 1),
                            "How must the model compare with each baseline? The baseline gate enforces these."),
                    optional("owner", new Text(), "Who owns the project?"),
                    optional(
                            "canvas",
                            new Anything(),
                            "Free-form extra ML Canvas fields (value proposition, decisions, data sources, ...)."),
                    optional("data", new Anything(), "Settings the data gate reads."),
                    optional("evaluation", new Anything(), "Settings the evaluation gate reads.")),
            schema -> {});

    private ScopeModel() {}

    private static ListOf namedItems(String what) {
        return new ListOf(
                Mapping.of(
                        required("name", new Text(), "What is the " + what + " called?"),
                        required("description", new Text(), "What is it, and where does it come from?")),
                1);
    }

    /**
     * A model success criterion: a metric with its bounds, on a dataset and slice. The deployment document's
     * monitoring criteria take the same form.
     *
     * @return the criterion's keys
     */
    public static Mapping modelCriterion() {
        return new Mapping(
                List.of(
                        required("metric", new Text(), "Which metric, by its name (f1, roc_auc, rmse, ...)?"),
                        optional("min", new Shape.Number(), "The lowest acceptable value."),
                        optional("max", new Shape.Number(), "The highest acceptable value."),
                        optional("dataset", new Text(), "On which dataset is it measured? Defaults to test."),
                        optional(
                                "slice",
                                new Text(),
                                "On which slice: column=value, column=* for each value of a column, or * for every slice? Defaults"
                                        + " to all rows."),
                        optional(
                                "slices",
                                new Text(),
                                "With maxGap: which slice column's values are compared, for example country?"),
                        optional(
                                "maxGap",
                                new Shape.Number(),
                                "The largest allowed difference of the metric between the best and the worst slice"
                                        + " of 'slices' (a bias check)."),
                        optional(
                                "confidence",
                                new Shape.Number(),
                                "Judge a bootstrap confidence interval at this level (for example 0.95) instead of"
                                        + " the measured value: its lower bound against min, its upper bound against"
                                        + " max.")),
                schema -> schema.putArray("anyOf")
                        .add(requiring(schema, "min"))
                        .add(requiring(schema, "max"))
                        .add(requiring(schema, "maxGap")));
    }

    private static Mapping comparison() {
        return Mapping.of(
                required("baseline", new Text(), "Which baseline, by its name in baselines?"),
                required("metric", new Text(), "Which metric is compared?"),
                optional(
                        "minDelta",
                        new Shape.Number(),
                        "By how much must the model beat the baseline, in the metric's units?"),
                optional(
                        "minRelativeDelta",
                        new Shape.Number(),
                        "By what fraction of the baseline's value must the model beat it (0.05 is 5%)?"),
                optional(
                        "maxRegression",
                        new Shape.Number(),
                        "By how much may the model be worse than the baseline, in the metric's units?"),
                optional(
                        "maxRelativeRegression",
                        new Shape.Number(),
                        "By what fraction of the baseline's value may the model be worse?"),
                optional(
                        "maxDelta",
                        new Shape.Number(),
                        "The largest believable improvement; a larger one usually means leakage."),
                optional(
                        "direction",
                        new Choice(DIRECTIONS),
                        "For a metric the plugin does not know: are higher or lower values better?"),
                optional(
                        "significance",
                        new Shape.Number(),
                        "The significance level (for example 0.05) at which an improvement must be shown; needs"
                                + " predictions of both."));
    }

    private static Mapping risk() {
        return new Mapping(
                List.of(
                        required("description", new Text(), "What can go wrong?"),
                        required("likelihood", new Choice(LEVELS), "How likely is it: low, medium or high?"),
                        required("impact", new Choice(LEVELS), "How bad would it be: low, medium or high?"),
                        optional(
                                "mitigation",
                                new Text(),
                                "What limits the likelihood or the impact? Required when both are high.")),
                schema -> {
                    ObjectNode condition = schema.objectNode();
                    ObjectNode properties = condition.putObject("properties");
                    properties.putObject("likelihood").put("const", "high");
                    properties.putObject("impact").put("const", "high");
                    condition.putArray("required").add("likelihood").add("impact");
                    schema.set("if", condition);
                    schema.set("then", requiring(schema, "mitigation"));
                });
    }

    private static ObjectNode requiring(ObjectNode factory, String key) {
        ObjectNode rule = factory.objectNode();
        rule.putArray("required").add(key);
        return rule;
    }
}
