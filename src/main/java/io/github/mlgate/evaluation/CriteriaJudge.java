package io.github.mlgate.evaluation;

import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.scope.ModelCriterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judges each success criterion of the scope document against the measured metrics. A criterion whose metric was not
 * measured, or is undefined, fails: it is never skipped.
 */
final class CriteriaJudge {

    private final MetricTable table;
    private final String dataset;
    private final String evidence;
    private final int minSliceSize;
    private final Double confidence;

    /** One entry per judged value, for the report: criterion, slice, value, interval, bound and verdict. */
    private final List<Criteria.Entry> entries = new ArrayList<>();

    /**
     * Creates the judge.
     *
     * @param table what was measured
     * @param dataset the dataset the evidence is for
     * @param evidence the evidence files, for messages
     * @param minSliceSize slices with fewer rows are reported, not judged
     * @param confidence the confidence level for criteria that set none, or null
     */
    CriteriaJudge(MetricTable table, String dataset, String evidence, int minSliceSize, Double confidence) {
        this.table = table;
        this.dataset = dataset;
        this.evidence = evidence;
        this.minSliceSize = minSliceSize;
        this.confidence = confidence;
    }

    /**
     * Judges one criterion.
     *
     * @param criterion the criterion
     * @return its check, named for it
     */
    CheckResult judge(ModelCriterion criterion) {
        Findings findings = new Findings();
        if (!criterion.dataset().equals(dataset)) {
            findings.error(
                    "missing-metric",
                    "'" + criterion.metric() + "' is to be measured on the " + criterion.dataset()
                            + " dataset, but the evidence (" + evidence + ") is for " + dataset + ".",
                    criterion.location());
            entry(criterion, null, null, "NOT_MEASURED");
        } else if (criterion.isGap()) {
            judgeGap(criterion, findings);
        } else if (criterion.slice() == null) {
            judgeValue(criterion, criterion.metric(), null, table.overall.get(criterion.metric()), findings);
        } else if (criterion.slice().equals("*") || criterion.slice().endsWith("=*")) {
            // "*" is every slice of every column; "column=*" every value of one column.
            String prefix = criterion.slice().equals("*")
                    ? ""
                    : criterion.slice().substring(0, criterion.slice().length() - 1);
            List<String> slices = table.slices.keySet().stream()
                    .filter(s -> s.startsWith(prefix))
                    .toList();
            if (slices.isEmpty()) {
                List<String> columns = table.slices.keySet().stream()
                        .map(s -> s.substring(0, s.indexOf('=')))
                        .distinct()
                        .sorted()
                        .toList();
                findings.error(
                        "missing-metric",
                        "'" + criterion.metric() + "' is to be measured on the slices " + criterion.slice()
                                + ", but the evidence (" + evidence + ")"
                                + (columns.isEmpty()
                                        ? " has none; set sliceColumns."
                                        : " is not sliced by " + prefix.substring(0, prefix.length() - 1)
                                                + ": its slice columns (sliceColumns) are " + String.join(", ", columns)
                                                + "."),
                        criterion.location());
                entry(criterion, criterion.slice(), null, "NOT_MEASURED");
            }
            slices.forEach(slice -> judgeSlice(criterion, slice, findings));
        } else {
            judgeSlice(criterion, criterion.slice(), findings);
        }
        return CheckResult.ran(name(criterion), "success criterion " + criterion.path(), findings.list());
    }

    private void judgeSlice(ModelCriterion criterion, String slice, Findings findings) {
        String label = criterion.metric() + "[" + slice + "]";
        Map<String, Double> metrics = table.slices.get(slice);
        if (metrics == null) {
            findings.error(
                    "missing-metric",
                    "'" + criterion.metric() + "' is not measured on the slice " + slice + ": the evidence (" + evidence
                            + ") has no such slice" + existing(slice) + ".",
                    criterion.location());
            entry(criterion, slice, null, "NOT_MEASURED");
            return;
        }
        Long size = table.sliceSizes.get(slice);
        if (size != null && size < minSliceSize) {
            findings.info(
                    "slice-too-small",
                    label + " not judged: the slice has " + size + " rows, fewer than minSliceSize " + minSliceSize
                            + ".",
                    criterion.location());
            entry(criterion, slice, metrics.get(criterion.metric()), "NOT_JUDGED");
            amendLast(entry -> entry.withRows(size));
            return;
        }
        judgeValue(criterion, label, slice, metrics.get(criterion.metric()), findings);
        if (size != null) {
            amendLast(entry -> entry.withRows(size));
        }
    }

    /** What the evidence measures under a name close to a metric it does not: a misspelling, most often. */
    private String measuredInstead(String metric) {
        if (table.overall.get(metric) != null) {
            return "."; // measured overall, not on this slice
        }
        java.util.Set<String> measured = new java.util.TreeSet<>();
        table.overall.forEach((name, value) -> {
            if (value != null) {
                measured.add(name);
            }
        });
        return io.github.mlgate.gate.Suggestions.closest(metric, measured)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse(".");
    }

    /** The values of the slice's column that the evidence has, for a message about one it has not. */
    private String existing(String slice) {
        String column = slice.substring(0, slice.indexOf('=') + 1);
        List<String> values = table.slices.keySet().stream()
                .filter(s -> !column.isEmpty() && s.startsWith(column))
                .map(s -> s.substring(column.length()))
                .sorted()
                .toList();
        if (values.isEmpty()) {
            return "";
        }
        List<String> shown = values.subList(0, Math.min(10, values.size()));
        return "; " + column.substring(0, column.length() - 1) + " has " + String.join(", ", shown)
                + (values.size() > shown.size() ? " and " + (values.size() - shown.size()) + " more" : "");
    }

    /** Judges a value, and records its entry. */
    private void judgeValue(ModelCriterion criterion, String label, String slice, Double value, Findings findings) {
        if (value == null) {
            findings.error(
                    "missing-metric",
                    "'" + label + "' is not measured by the evidence (" + evidence + "); a criterion on it cannot"
                            + " pass" + measuredInstead(criterion.metric()),
                    criterion.location());
            entry(criterion, slice, null, "NOT_MEASURED");
            return;
        }
        if (!Double.isFinite(value)) {
            findings.error(
                    "undefined-metric",
                    "'" + label + "' is undefined (" + value + ") on this evidence, for example a ranking metric with"
                            + " one class only; a criterion on it cannot pass.",
                    criterion.location());
            entry(criterion, slice, null, "FAIL");
            return;
        }
        // The build-wide level applies where rows can be resampled; a metric known only as a value (a latency, a
        // model size, a metrics file's number) is judged on it. A level the criterion sets itself is always required.
        Double level = criterion.confidence() != null
                ? criterion.confidence()
                : table.samples(slice, criterion.metric()) != null ? confidence : null;
        if (level == null) {
            boolean pass = (criterion.min() == null || value >= criterion.min())
                    && (criterion.max() == null || value <= criterion.max());
            verdict(
                    pass,
                    label + " " + Numbers.format(value) + " " + boundText(criterion),
                    null,
                    criterion.location(),
                    findings);
            entry(criterion, slice, value, pass ? "PASS" : "FAIL");
            return;
        }
        double[] samples = table.samples(slice, criterion.metric());
        if (samples == null) {
            findings.error(
                    "no-interval",
                    "'" + label + "' needs predictions for a " + percent(level) + " confidence interval; the"
                            + " evidence gives only a value.",
                    criterion.location());
            entry(criterion, slice, value, "FAIL");
            return;
        }
        double[] interval = Bootstrap.interval(samples, level);
        if (!Double.isFinite(interval[0])) {
            findings.error(
                    "undefined-metric",
                    "'" + label + "' has no defined value in any bootstrap resample; a criterion on it cannot pass.",
                    criterion.location());
            entry(criterion, slice, value, "FAIL");
            return;
        }
        boolean pass = (criterion.min() == null || interval[0] >= criterion.min())
                && (criterion.max() == null || interval[1] <= criterion.max());
        String judged = criterion.min() != null && criterion.max() != null
                ? "both bounds judged"
                : criterion.min() != null ? "lower bound judged" : "upper bound judged";
        String line = label + " " + Numbers.format(value) + " [" + percent(level) + " CI " + Numbers.format(interval[0])
                + ", " + Numbers.format(interval[1]) + "] " + boundText(criterion);
        verdict(pass, line, judged, criterion.location(), findings);
        entry(criterion, slice, value, pass ? "PASS" : "FAIL");
        amendLast(entry -> entry.withInterval(new Criteria.Interval(level, interval[0], interval[1])));
    }

    /**
     * What was judged, for the report: one entry per criterion and slice.
     *
     * @return the entries, in the order judged
     */
    Criteria entries() {
        return new Criteria(entries);
    }

    private void entry(ModelCriterion criterion, String slice, Double value, String verdict) {
        entries.add(new Criteria.Entry(
                name(criterion),
                criterion.metric(),
                slice,
                criterion.min(),
                criterion.max(),
                null,
                value,
                null,
                null,
                null,
                verdict));
    }

    /** Completes the entry recorded last. */
    private void amendLast(java.util.function.UnaryOperator<Criteria.Entry> change) {
        entries.set(entries.size() - 1, change.apply(entries.get(entries.size() - 1)));
    }

    private static String percent(double level) {
        return Numbers.bound(level * 100) + "%";
    }

    private void judgeGap(ModelCriterion criterion, Findings findings) {
        String prefix = criterion.gapColumn() + "=";
        List<String> judged = new ArrayList<>();
        String best = null;
        String worst = null;
        for (Map.Entry<String, Map<String, Double>> slice : table.slices.entrySet()) {
            if (!slice.getKey().startsWith(prefix)) {
                continue;
            }
            Long size = table.sliceSizes.get(slice.getKey());
            Double value = slice.getValue().get(criterion.metric());
            if ((size != null && size < minSliceSize) || value == null || !Double.isFinite(value)) {
                continue;
            }
            judged.add(slice.getKey());
            if (best == null || value > table.slices.get(best).get(criterion.metric())) {
                best = slice.getKey();
            }
            if (worst == null || value < table.slices.get(worst).get(criterion.metric())) {
                worst = slice.getKey();
            }
        }
        String label = criterion.metric() + " gap across " + criterion.gapColumn();
        if (judged.size() < 2) {
            findings.error(
                    "missing-metric",
                    "'" + label + "' needs '" + criterion.metric() + "' on at least two slices of "
                            + criterion.gapColumn() + " with " + minSliceSize + " rows or more; the evidence ("
                            + evidence + ") has " + judged.size() + ".",
                    criterion.location());
            entry(criterion, null, null, "NOT_MEASURED");
            amendLast(entry -> entry.withGap(criterion.maxGap(), null));
            return;
        }
        double high = table.slices.get(best).get(criterion.metric());
        double low = table.slices.get(worst).get(criterion.metric());
        double gap = high - low;
        boolean pass = gap <= criterion.maxGap();
        entry(criterion, null, gap, pass ? "PASS" : "FAIL");
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        for (String slice : judged) {
            values.put(slice, table.slices.get(slice).get(criterion.metric()));
        }
        amendLast(entry -> entry.withGap(criterion.maxGap(), values));
        verdict(
                pass,
                label + " " + Numbers.format(gap) + " <= " + Numbers.bound(criterion.maxGap()),
                "best " + best + " " + Numbers.format(high) + ", worst " + worst + " " + Numbers.format(low),
                criterion.location(),
                findings);
    }

    /** Records a verdict as {@code <measured> -> PASS|FAIL (<note>)}. */
    private static void verdict(boolean pass, String measured, String note, Location location, Findings findings) {
        String line = measured + " -> " + (pass ? "PASS" : "FAIL") + (note == null ? "" : " (" + note + ")");
        if (pass) {
            findings.info("criterion-met", line, location);
        } else {
            findings.error("criterion-missed", line, location);
        }
    }

    private static String boundText(ModelCriterion criterion) {
        if (criterion.min() != null && criterion.max() != null) {
            return "in [" + Numbers.bound(criterion.min()) + ", " + Numbers.bound(criterion.max()) + "]";
        }
        return criterion.min() != null
                ? ">= " + Numbers.bound(criterion.min())
                : "<= " + Numbers.bound(criterion.max());
    }

    /** The criterion as a test case's name, for example {@code recall >= 0.5 on plan=*}. */
    static String name(ModelCriterion criterion) {
        if (criterion.isGap()) {
            return criterion.metric() + " gap across " + criterion.gapColumn() + " <= "
                    + Numbers.bound(criterion.maxGap());
        }
        String name = criterion.metric() + " " + boundText(criterion);
        return criterion.slice() == null ? name : name + " on " + criterion.slice();
    }
}
