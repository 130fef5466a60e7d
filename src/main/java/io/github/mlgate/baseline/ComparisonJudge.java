package io.github.mlgate.baseline;

import io.github.mlgate.evaluation.Measurement;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.scope.Comparison;
import io.github.mlgate.scope.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges one comparison rule: the candidate's metric against the baseline's, in the metric's direction, with the
 * rule's bounds and, when asked, a significance test on the same rows.
 */
final class ComparisonJudge {

    private final int resamples;
    private final long seed;

    ComparisonJudge(int resamples, long seed) {
        this.resamples = resamples;
        this.seed = seed;
    }

    /** The check's name for a rule, for example {@code roc_auc vs logistic-regression-2025}. */
    static String name(Comparison rule) {
        return rule.metric() + " vs " + rule.baseline();
    }

    /**
     * Judges a rule.
     *
     * @param rule the rule
     * @param candidate the model being built
     * @param baseline the baseline's measurement
     * @param outcomes where the comparison's outcome goes, for the report
     * @return the rule's check
     */
    CheckResult judge(
            Comparison rule, Measurement candidate, Measurement baseline, List<Comparisons.Outcome> outcomes) {
        Findings findings = new Findings();
        Measured measured = null;
        Optional<Boolean> direction = Metrics.higherIsBetter(rule.metric(), rule.direction());
        Double mine = candidate.value(rule.metric());
        Double theirs = baseline.value(rule.metric());
        if (direction.isEmpty()) {
            findings.error(
                    "unknown-direction",
                    "'" + rule.metric() + "' is not a metric mlgate knows, so it cannot tell better from worse; set"
                            + " direction: higher or direction: lower on " + rule.path() + ".",
                    rule.location());
        } else if (mine == null || theirs == null) {
            String whose = mine == null
                    ? "the model's evidence (" + String.join(", ", candidate.sources()) + ")"
                    : "the baseline's evidence (" + String.join(", ", baseline.sources()) + ")";
            findings.error(
                    "missing-metric",
                    "'" + rule.metric() + "' is not measured by " + whose + "; the comparison with '" + rule.baseline()
                            + "' cannot pass.",
                    rule.location());
        } else if (!Double.isFinite(mine) || !Double.isFinite(theirs)) {
            findings.error(
                    "undefined-metric",
                    "'" + rule.metric() + "' is undefined for " + (Double.isFinite(mine) ? "the baseline" : "the model")
                            + "; the comparison with '" + rule.baseline() + "' cannot pass.",
                    rule.location());
        } else {
            measured = compare(rule, candidate, baseline, direction.get(), mine, theirs, findings);
        }
        String status =
                findings.list().stream().anyMatch(f -> f.severity().name().equals("ERROR")) ? "FAILED" : "PASSED";
        outcomes.add(
                measured == null
                        ? new Comparisons.Outcome(
                                rule.baseline(), rule.metric(), null, null, null, null, null, null, status)
                        : new Comparisons.Outcome(
                                rule.baseline(),
                                rule.metric(),
                                measured.mine,
                                measured.theirs,
                                measured.delta,
                                measured.relative,
                                measured.pValue,
                                measured.test,
                                status));
        return CheckResult.ran(name(rule), "comparison " + rule.path(), findings.list());
    }

    /** The numbers of a comparison that was made, for the report. */
    private record Measured(double mine, double theirs, double delta, Double relative, Double pValue, String test) {}

    /** Compares the values; null when the comparison could not be made (findings say why). */
    private Measured compare(
            Comparison rule,
            Measurement candidate,
            Measurement baseline,
            boolean higherIsBetter,
            double mine,
            double theirs,
            Findings findings) {
        double delta = mine - theirs;
        double improvement = higherIsBetter ? delta : -delta;
        double relative = theirs == 0 ? Double.NaN : improvement / Math.abs(theirs);
        List<String> needs = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        if (!rule.hasBound()) {
            require(improvement >= 0, "improvement >= 0", needs, failed);
        }
        if (rule.minDelta() != null) {
            require(improvement >= rule.minDelta(), "improvement >= " + Numbers.signed(rule.minDelta()), needs, failed);
        }
        if (rule.maxRegression() != null) {
            require(
                    improvement >= -rule.maxRegression(),
                    "improvement >= " + Numbers.signed(-rule.maxRegression()),
                    needs,
                    failed);
        }
        if (rule.minRelativeDelta() != null) {
            require(
                    relative >= rule.minRelativeDelta(),
                    "relative improvement >= " + Numbers.percent(rule.minRelativeDelta()),
                    needs,
                    failed);
        }
        if (rule.maxRelativeRegression() != null) {
            require(
                    relative >= -rule.maxRelativeRegression(),
                    "relative improvement >= " + Numbers.percent(-rule.maxRelativeRegression()),
                    needs,
                    failed);
        }
        if (rule.maxDelta() != null) {
            require(
                    improvement <= rule.maxDelta(),
                    "improvement <= " + Numbers.signed(rule.maxDelta()) + ", as a larger one usually means leakage",
                    needs,
                    failed);
        }
        Double pValue = null;
        if (rule.significance() != null) {
            if (!candidate.hasPredictions() || !baseline.hasPredictions()) {
                findings.error(
                        "no-significance",
                        "Significance needs the predictions of both the model and '" + rule.baseline()
                                + "' on the same rows; " + (candidate.hasPredictions() ? "the baseline" : "the model")
                                + " has only metrics.",
                        rule.location());
                return null;
            }
            String mismatch = candidate.rowMismatch(baseline);
            if (mismatch != null) {
                findings.error(
                        "different-rows",
                        "The predictions of the model and of '" + rule.baseline() + "' are not on the same test set: "
                                + mismatch + ".",
                        rule.location());
                return null;
            }
            pValue = rule.metric().equals("accuracy")
                    ? candidate.accuracyPValue(baseline)
                    : candidate.pairedBootstrapPValue(baseline, rule.metric(), higherIsBetter, resamples, seed);
            require(pValue < rule.significance(), "p < " + Numbers.bound(rule.significance()), needs, failed);
        }
        String measured = rule.metric() + " " + Numbers.format(mine) + " vs " + Numbers.format(theirs) + " ("
                + rule.baseline()
                + "): delta " + Numbers.signed(delta) + " ("
                + (Double.isFinite(relative) ? Numbers.percent(higherIsBetter ? relative : -relative) : "relative n/a")
                + (higherIsBetter ? "" : ", lower is better") + ")"
                + (pValue == null ? "" : ", p=" + Numbers.format(pValue));
        if (failed.isEmpty()) {
            findings.info(
                    "comparison-met", measured + " -> PASS (needs " + String.join(", ", needs) + ")", rule.location());
        } else {
            findings.error(
                    "comparison-missed",
                    measured + " -> FAIL (needs " + String.join(", ", failed) + ")",
                    rule.location());
        }
        String test = pValue == null
                ? null
                : rule.metric().equals("accuracy") ? "exact McNemar, one-sided" : "paired bootstrap, one-sided";
        return new Measured(mine, theirs, delta, Double.isFinite(relative) ? relative : null, pValue, test);
    }

    private static void require(boolean holds, String requirement, List<String> needs, List<String> failed) {
        needs.add(requirement);
        if (!holds) {
            failed.add(requirement);
        }
    }
}
