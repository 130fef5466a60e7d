package io.github.mlgate.deployment;

import static io.github.mlgate.document.Field.optional;
import static io.github.mlgate.document.Field.required;

import io.github.mlgate.document.Shape;
import io.github.mlgate.document.Shape.Choice;
import io.github.mlgate.document.Shape.ListOf;
import io.github.mlgate.document.Shape.Mapping;
import io.github.mlgate.document.Shape.Text;
import io.github.mlgate.drift.DriftMethod;
import io.github.mlgate.scope.ScopeModel;
import java.util.List;

/**
 * The deployment document's keys, their shapes and the question each answers. docs/deployment.md explains each key at
 * more length; the JSON Schema in the plugin jar is generated from this model.
 */
public final class DeploymentModel {

    /** The model formats the deployment gate can load. */
    static final List<String> FORMATS = List.of("onnx");

    /** How a model is served. */
    static final List<String> MODES = List.of("batch", "online");

    private static final String METHOD_QUESTION =
            "Which drift method: psi, ks, wasserstein, jensenshannon, chisquare or linfinity?";
    private static final String THRESHOLD_QUESTION = "The bound: the largest distance allowed, or for ks and chisquare"
            + " the smallest p-value allowed (drift is a p-value below it).";

    /** The document as a whole. */
    public static final Mapping DOCUMENT = Mapping.of(
            required(
                    "serving",
                    Mapping.of(
                            optional(
                                    "model",
                                    new Text(),
                                    "Where is the model artifact, relative to the project? Defaults to"
                                            + " target/model/model.onnx."),
                            optional("format", new Choice(FORMATS), "In which format is the model? Defaults to onnx."),
                            required(
                                    "mode",
                                    new Choice(MODES),
                                    "How is the model served: batch (scheduled scoring) or online (a request at a"
                                            + " time)?"),
                            optional(
                                    "parity",
                                    new Shape.NonNegativeNumber(),
                                    "How far may a score of the served model be from the evaluated one? Defaults"
                                            + " to 1e-6."),
                            optional(
                                    "signature",
                                    Mapping.of(optional(
                                            "inputs",
                                            new ListOf(new Text(), 1),
                                            "For a model whose one input is a [N, F] matrix: which field feeds each"
                                                    + " of its F columns, in order?")),
                                    "What the model takes, when the model itself does not name it."),
                            optional(
                                    "score",
                                    new Text(),
                                    "Which output of the model holds the score of the predictions file? Defaults"
                                            + " to the model's first output; of a [N, K] output, the last column is"
                                            + " taken."),
                            optional(
                                    "evidence",
                                    new Text(),
                                    "Which data package resource is scored to check parity? Defaults to the test"
                                            + " split.")),
                    "What is served, in which format and how, and how close must it stay to the evaluated model?"),
            required(
                    "monitoring",
                    Mapping.of(
                            required("owner", new Text(), "Who watches the model in production and answers alerts?"),
                            required("schedule", new Text(), "When does the monitoring job run (for example daily)?"),
                            required(
                                    "window",
                                    new Text(),
                                    "Which production data does each run judge (for example the last 7 days)?"),
                            optional(
                                    "reference",
                                    new Text(),
                                    "Which data package resource is production compared with? Defaults to the"
                                            + " train split."),
                            required(
                                    "current",
                                    new Text(),
                                    "Which data package resource holds the production sample a run judges?"),
                            optional(
                                    "drift",
                                    Mapping.of(
                                            optional(
                                                    "numeric",
                                                    rule(),
                                                    "The rule for number, integer, year and temporal fields; defaults"
                                                            + " by size (ks up to 1,000 reference values, else"
                                                            + " wasserstein)."),
                                            optional(
                                                    "categorical",
                                                    rule(),
                                                    "The rule for string and boolean fields; defaults by size"
                                                            + " (chisquare up to 1,000 reference values, else"
                                                            + " jensenshannon)."),
                                            optional(
                                                    "fields",
                                                    new ListOf(
                                                            Mapping.of(
                                                                    required(
                                                                            "field",
                                                                            new Text(),
                                                                            "Which field, by its name in the"
                                                                                    + " schema?"),
                                                                    optional(
                                                                            "method",
                                                                            new Choice(DriftMethod.names()),
                                                                            METHOD_QUESTION),
                                                                    optional(
                                                                            "threshold",
                                                                            new Shape.Number(),
                                                                            THRESHOLD_QUESTION)),
                                                            1),
                                                    "Which fields take their own rule?"),
                                            optional(
                                                    "exclude",
                                                    new ListOf(new Text(), 1),
                                                    "Which fields are not watched? Key fields never are.")),
                                    "How is drift of the inputs measured, and how much is allowed?"),
                            optional(
                                    "predictions",
                                    new Text(),
                                    "Which predictions file, in the evaluation's format, holds the model's scores and"
                                            + " the known labels of the production sample? Its scores are watched for"
                                            + " drift, and monitoring.criteria are judged on it."),
                            optional(
                                    "criteria",
                                    new ListOf(ScopeModel.modelCriterion(), 1),
                                    "Which metrics must hold on labelled production data (monitoring.predictions)? Their dataset is production."),
                            required(
                                    "alerts",
                                    new ListOf(
                                            Mapping.of(
                                                    required(
                                                            "to",
                                                            new Text(),
                                                            "Who is told (a team, a channel, an address)?"),
                                                    required(
                                                            "via",
                                                            new Text(),
                                                            "How (email, Slack, PagerDuty, a ticket)?")),
                                            1),
                                    "Who is told when a bound is crossed, and how?"),
                            required(
                                    "retraining",
                                    new Text(),
                                    "What starts a retraining: a schedule, drift, decaying metrics?")),
                    "How is the model watched in production, and what stops a bad one?"),
            required(
                    "rollback",
                    Mapping.of(
                            required("procedure", new Text(), "How is a bad release withdrawn, and who may do it?"),
                            required(
                                    "fallback",
                                    new Text(),
                                    "Which release (or baseline) serves while it is withdrawn?")),
                    "How is a bad release withdrawn, and what comes back?"));

    private DeploymentModel() {}

    private static Mapping rule() {
        return Mapping.of(
                required("method", new Choice(DriftMethod.names()), METHOD_QUESTION),
                required("threshold", new Shape.Number(), THRESHOLD_QUESTION));
    }
}
