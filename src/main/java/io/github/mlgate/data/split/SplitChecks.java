package io.github.mlgate.data.split;

import io.github.mlgate.data.resource.RowMessages;
import io.github.mlgate.data.resource.SplitSummary;
import io.github.mlgate.data.resource.Splits;
import io.github.mlgate.data.schema.LongIntMap;
import io.github.mlgate.drift.CategoricalSample;
import io.github.mlgate.drift.DriftMethod;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The split hygiene checks: no sample in two splits, the splits' sizes and shares, no label the model never trained
 * on, similar label distributions, and training data older than test data when time matters.
 */
public final class SplitChecks {

    private static final int EXAMPLES = 3;

    private SplitChecks() {}

    /**
     * Checks the splits.
     *
     * @param splits the splits section
     * @param collected what was collected of each role's resource, by role, in role order
     * @param findings where problems go
     * @return for the report, each split's rows and share, the overlaps and the label drift
     */
    public static SplitSummary check(Splits splits, Map<String, SplitCollector> collected, Findings findings) {
        return check(splits, collected, Map.of(), findings);
    }

    /**
     * The samples two splits share, as an engine counted them: how many distinct ones, and the first few as
     * examples ({@code "train row 5 and test row 3"}).
     *
     * @param count the distinct samples of the first split the second has too
     * @param examples the first few, in the first split's row order
     */
    public record Shared(long count, List<String> examples) {}

    /**
     * The key of two splits in a map of {@link Shared} samples.
     *
     * @param first the first role
     * @param second the second role
     * @return the key
     */
    public static String pair(String first, String second) {
        return first + "\u0000" + second;
    }

    /**
     * Checks the splits, with the shared samples of splits an engine reads counted by it.
     *
     * @param splits the splits section
     * @param collected what was collected of each role's resource, by role, in role order
     * @param shared the shared samples an engine counted, by {@link #pair}; pairs not in it are compared here
     * @param findings where problems go
     * @return for the report, each split's rows and share, the overlaps and the label drift
     */
    public static SplitSummary check(
            Splits splits, Map<String, SplitCollector> collected, Map<String, Shared> shared, Findings findings) {
        List<SplitSummary.Role> roleNodes = new ArrayList<>();
        List<SplitSummary.Leakage> overlaps = new ArrayList<>();
        List<SplitSummary.LabelDrift> drifts = new ArrayList<>();
        List<String> roles = new ArrayList<>(collected.keySet());
        String keyText = splits.key().isEmpty() ? "whole rows" : "key (" + String.join(", ", splits.key()) + ")";
        for (int a = 0; a < roles.size(); a++) {
            for (int b = a + 1; b < roles.size(); b++) {
                Shared counted = shared.get(pair(roles.get(a), roles.get(b)));
                long both = counted != null
                        ? report(splits, roles.get(a), roles.get(b), counted, keyText, findings)
                        : leakage(splits, roles.get(a), roles.get(b), collected, keyText, findings);
                overlaps.add(new SplitSummary.Leakage(roles.get(a), roles.get(b), both));
            }
        }
        long total = collected.values().stream().mapToLong(c -> c.rows).sum();
        for (String role : roles) {
            String name = splits.roles().get(role);
            long rows = collected.get(role).rows;
            Double[] ratio = splits.ratios().get(role);
            double share = total == 0 ? 0 : (double) rows / total;
            roleNodes.add(new SplitSummary.Role(
                    role, name, rows, share, ratio == null ? null : ratio[0], ratio == null ? null : ratio[1]));
            if (ratio != null && ((ratio[0] != null && share < ratio[0]) || (ratio[1] != null && share > ratio[1]))) {
                findings.error(
                        "split-ratio",
                        "The " + role + " split (" + name + ") holds "
                                + Numbers.percent(share).replace("+", "") + " of the rows; ratios." + role
                                + " asks for "
                                + range(ratio) + ".",
                        splits.location());
            }
            Long least = splits.minRows().get(role);
            if (least != null && rows < least) {
                findings.error(
                        "split-size",
                        "The " + role + " split (" + name + ") has " + rows + " rows; minRows asks for at least "
                                + least + ".",
                        splits.location());
            }
        }
        if (splits.label() != null && collected.containsKey("train")) {
            labels(splits, collected, roles, findings, drifts);
        }
        if (splits.timeField() != null && collected.containsKey("train") && collected.containsKey("test")) {
            SplitCollector train = collected.get("train");
            SplitCollector test = collected.get("test");
            if (train.latest != null && test.earliest != null && train.latest.compareTo(test.earliest) >= 0) {
                findings.error(
                        "temporal-leakage",
                        "The train split's latest " + splits.timeField() + " ("
                                + train.latest + ") is not before the test split's earliest (" + test.earliest
                                + "): the model would be tested on a past it has seen the future of.",
                        splits.location());
            }
        }
        return new SplitSummary(
                splits.key().isEmpty() ? null : String.join(", ", splits.key()), roleNodes, overlaps, drifts);
    }

    private static long leakage(
            Splits splits,
            String first,
            String second,
            Map<String, SplitCollector> collected,
            String keyText,
            Findings findings) {
        LongIntMap a = collected.get(first).keys;
        LongIntMap b = collected.get(second).keys;
        long[] shared = {0};
        // The earliest rows make the examples, whatever order the hashes are stored in.
        java.util.TreeMap<Integer, Integer> earliest = new java.util.TreeMap<>();
        a.forEach((row, hash) -> {
            int other = b.get(hash);
            if (other >= 0) {
                shared[0]++;
                earliest.put(row, other);
                if (earliest.size() > EXAMPLES) {
                    earliest.pollLastEntry();
                }
            }
        });
        List<String> examples = new ArrayList<>();
        RowMessages firstRows = collected.get(first).names;
        RowMessages secondRows = collected.get(second).names;
        earliest.forEach((row, other) -> examples.add(
                first + " " + firstRows.earlier(row) + " and " + second + " " + secondRows.earlier(other)));
        return report(splits, first, second, new Shared(shared[0], examples), keyText, findings);
    }

    private static long report(
            Splits splits, String first, String second, Shared shared, String keyText, Findings findings) {
        if (shared.count() > 0) {
            findings.error(
                    "split-leakage",
                    "The " + first + " and " + second + " splits share " + shared.count()
                            + " samples by " + keyText + ", for example " + String.join("; ", shared.examples())
                            + ". A sample in"
                            + " both leaks the " + second + " set into " + first + ".",
                    splits.location());
        }
        return shared.count();
    }

    private static void labels(
            Splits splits,
            Map<String, SplitCollector> collected,
            List<String> roles,
            Findings findings,
            List<SplitSummary.LabelDrift> drifts) {
        Map<String, Long> train = collected.get("train").labels;
        for (String role : roles) {
            if (role.equals("train")) {
                continue;
            }
            Map<String, Long> other = collected.get(role).labels;
            Set<String> unseen = new TreeSet<>(other.keySet());
            unseen.removeAll(train.keySet());
            if (!unseen.isEmpty()) {
                List<String> parts = new ArrayList<>();
                unseen.forEach(label -> parts.add(
                        "'" + label + "' (" + io.github.mlgate.gate.Numbers.counted(other.get(label), "row") + ")"));
                findings.error(
                        "unseen-label",
                        "The " + role + " split has values of " + splits.label() + " that the train split never has: "
                                + String.join(", ", parts) + ".",
                        splits.location());
            }
            double drift = jensenShannonDistance(train, other);
            drifts.add(new SplitSummary.LabelDrift(role, drift, splits.maxLabelDrift()));
            String text = "The label distribution of " + role + " is " + Numbers.format(drift)
                    + " from train's (Jensen-Shannon distance, base 2); maxLabelDrift is "
                    + Numbers.bound(splits.maxLabelDrift()) + ".";
            if (drift > splits.maxLabelDrift()) {
                findings.error("label-drift", text, splits.location());
            } else {
                findings.info("label-drift", text, splits.location());
            }
        }
    }

    /**
     * The Jensen-Shannon distance in bits between two label distributions: 0 for equal distributions, 1 for disjoint
     * ones; NaN when either has no labels.
     */
    public static double jensenShannonDistance(Map<String, Long> p, Map<String, Long> q) {
        CategoricalSample reference = CategoricalSample.of(p);
        CategoricalSample current = CategoricalSample.of(q);
        if (reference.size() == 0 || current.size() == 0) {
            return Double.NaN;
        }
        return DriftMethod.JENSENSHANNON.measure(reference, current).value();
    }

    private static String range(Double[] ratio) {
        if (ratio[0] != null && ratio[1] != null) {
            return Numbers.percent(ratio[0]).replace("+", "") + " to "
                    + Numbers.percent(ratio[1]).replace("+", "");
        }
        return ratio[0] != null
                ? "at least " + Numbers.percent(ratio[0]).replace("+", "")
                : "at most " + Numbers.percent(ratio[1]).replace("+", "");
    }
}
