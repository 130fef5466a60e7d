package io.github.mlgate.deployment;

import io.github.mlgate.data.DataSamples;
import io.github.mlgate.data.DataSamples.SampledField;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The serving contract: the model takes the inputs the scope names, each from a field of the evidence whose type its
 * tensor can hold, and gives the outputs the scope names. A renamed, missing or retyped input is an error that names
 * both sides.
 *
 * @param feeds each model input's fields, in column order
 * @param score the output holding the score
 */
record ServingContract(Map<String, List<String>> feeds, String score) {

    /** Which Table Schema types each tensor element type takes (the documented mapping). */
    static final Map<String, Set<String>> TAKES = Map.of(
            "float", Set.of("number", "integer", "boolean"),
            "double", Set.of("number", "integer", "boolean"),
            "int64", Set.of("integer"),
            "int32", Set.of("integer"),
            "string", Set.of("string"),
            "bool", Set.of("boolean"));

    /**
     * Checks the contract.
     *
     * @param model the loaded model
     * @param plan the serving section
     * @param scopeInputs the scope's inputs, or null when the scope document cannot be read
     * @param scopeOutputs the scope's outputs, or null when the scope document cannot be read
     * @param scopeShown the scope document, as the user names it
     * @param data the data package, or null when it cannot be read
     * @param evidence the evidence resource, present in the package
     * @param findings where violations go
     * @return the contract when it holds, else null
     */
    static ServingContract check(
            ServedModel model,
            ServingPlan plan,
            List<String> scopeInputs,
            List<String> scopeOutputs,
            String scopeShown,
            DataSamples data,
            String evidence,
            Findings findings) {
        int before = findings.list().size();
        Location at = plan.locate("model");
        Map<String, List<String>> feeds = feeds(model, plan, findings);
        List<String> features = feeds.values().stream().flatMap(List::stream).toList();
        if (scopeInputs != null && !feeds.isEmpty()) {
            for (String feature : features) {
                if (!scopeInputs.contains(feature)) {
                    findings.error(
                            "contract-input",
                            "The model takes '" + feature + "', which is not an input of the scope (" + scopeShown + ")"
                                    + hint(feature, scopeInputs),
                            at);
                }
            }
            for (String input : scopeInputs) {
                if (!features.contains(input)) {
                    findings.error(
                            "contract-input",
                            "The scope's input '" + input + "' is not an input of the model" + hint(input, features)
                                    + " The model takes " + String.join(", ", features) + ".",
                            at);
                }
            }
        }
        if (data != null && evidence != null) {
            Map<String, SampledField> fields = new LinkedHashMap<>();
            data.fields(evidence).forEach(field -> fields.put(field.name(), field));
            for (ModelPort input : model.inputs()) {
                for (String feature : feeds.getOrDefault(input.name(), List.of())) {
                    SampledField field = fields.get(feature);
                    if (field == null) {
                        findings.error(
                                "contract-type",
                                "The evidence resource " + evidence + " has no field '" + feature
                                        + "', which the model's input '" + input.name() + "' takes.",
                                plan.locate("evidence"));
                    } else if (!TAKES.containsKey(input.elementType())) {
                        findings.error(
                                "contract-type",
                                "The model's input '" + input.name() + "' takes " + input.describe() + ", a type"
                                        + " mlgate does not feed from a field: it feeds "
                                        + String.join(", ", new java.util.TreeSet<>(TAKES.keySet()))
                                        + " tensors. Cast the input to one of them when the model is exported.",
                                at);
                    } else if (!TAKES.get(input.elementType()).contains(field.type())) {
                        findings.error(
                                "contract-type",
                                "The model's input '" + input.name() + "' takes " + input.describe()
                                        + ", but the field '" + feature + "' of " + evidence + " is "
                                        + field.type() + "; " + input.elementType() + " takes "
                                        + String.join(
                                                " or ",
                                                TAKES.get(input.elementType()).stream()
                                                        .sorted()
                                                        .toList())
                                        + " fields.",
                                at);
                    }
                }
            }
        }
        List<String> outputs = model.outputs().stream().map(ModelPort::name).toList();
        if (scopeOutputs != null) {
            for (String output : scopeOutputs) {
                if (!outputs.contains(output)) {
                    findings.error(
                            "contract-output",
                            "The scope's output '" + output + "' is not an output of the model" + hint(output, outputs)
                                    + " The model gives " + String.join(", ", outputs) + ".",
                            at);
                }
            }
        }
        String score = plan.score() != null ? plan.score() : outputs.isEmpty() ? null : outputs.get(0);
        ModelPort scored = model.outputs().stream()
                .filter(port -> port.name().equals(score))
                .findFirst()
                .orElse(null);
        if (scored == null) {
            findings.error(
                    "contract-output",
                    "serving.score names '" + score + "', which is not an output of the model" + hint(score, outputs)
                            + " The model gives " + String.join(", ", outputs) + ".",
                    plan.locate("score"));
        } else if (!scored.kind().equals("tensor")
                || !TAKES.containsKey(scored.elementType())
                || scored.elementType().equals("string")
                || scored.elementType().equals("bool")) {
            findings.error(
                    "contract-output",
                    "The model's output '" + score + "' is " + scored.describe()
                            + ", not a tensor of numbers; a classifier exported with a ZipMap gives a sequence of"
                            + " maps: export it without (zipmap=False), or name a numeric output in serving.score.",
                    plan.locate("score"));
        }
        return findings.list().size() == before ? new ServingContract(feeds, score) : null;
    }

    /** Which fields feed each model input: the input's own name, or the signature's fields for a matrix. */
    private static Map<String, List<String>> feeds(ServedModel model, ServingPlan plan, Findings findings) {
        Map<String, List<String>> feeds = new LinkedHashMap<>();
        List<ModelPort> inputs = model.inputs();
        Location at = plan.locate("model");
        if (inputs.size() == 1 && inputs.get(0).columns() != 1) {
            ModelPort matrix = inputs.get(0);
            if (plan.signatureInputs().isEmpty()) {
                findings.error(
                        "contract-input",
                        "The model's one input '" + matrix.name() + "' is a " + matrix.describe()
                                + " matrix that does not name its columns; list the field of each column, in order,"
                                + " in serving.signature.inputs.",
                        plan.locate("signature"));
            } else if (matrix.columns() > 0
                    && matrix.columns() != plan.signatureInputs().size()) {
                findings.error(
                        "contract-input",
                        "The model's input '" + matrix.name() + "' has " + matrix.columns()
                                + " columns, but serving.signature.inputs names "
                                + plan.signatureInputs().size()
                                + " fields.",
                        plan.locate("signature"));
            } else {
                feeds.put(matrix.name(), plan.signatureInputs());
            }
            return feeds;
        }
        if (!plan.signatureInputs().isEmpty()) {
            findings.warning(
                    "contract-input",
                    "serving.signature.inputs is ignored: the model names its inputs itself ("
                            + String.join(
                                    ", ", inputs.stream().map(ModelPort::name).toList()) + ").",
                    plan.locate("signature"));
        }
        for (ModelPort input : inputs) {
            if (!input.kind().equals("tensor")) {
                findings.error(
                        "contract-input",
                        "The model's input '" + input.name() + "' is a " + input.kind()
                                + "; mlgate feeds tensors of one field each, or one matrix.",
                        at);
            } else if (input.columns() != 1) {
                findings.error(
                        "contract-input",
                        "The model's input '" + input.name() + "' is a " + input.describe()
                                + " matrix beside other inputs; only a model with one input may take a matrix.",
                        at);
            } else {
                feeds.put(input.name(), List.of(input.name()));
            }
        }
        return feeds;
    }

    private static String hint(String name, List<String> known) {
        return Suggestions.closest(name, known)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse(".");
    }

    /** Every field the feeds take, in order. */
    List<String> fields() {
        List<String> fields = new ArrayList<>();
        feeds.values().forEach(fields::addAll);
        return fields;
    }
}
