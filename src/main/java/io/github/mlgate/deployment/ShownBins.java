package io.github.mlgate.deployment;

import io.github.mlgate.drift.Bins;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The bins a report draws: every numeric interval, or the most frequent values with the rest as one bin. */
final class ShownBins {

    /** The most values drawn one by one; the rest are summed as {@value #OTHER}. */
    static final int MOST = 20;

    /** The label of the values not drawn one by one. */
    static final String OTHER = "(other values)";

    private ShownBins() {}

    static List<DriftSummary.Bin> of(Bins bins) {
        double[] reference = bins.referenceShares();
        double[] current = bins.currentShares();
        List<Integer> order = IntStream.range(0, reference.length).boxed().toList();
        boolean categories = !bins.intervals();
        if (categories && order.size() > MOST) {
            order = order.stream()
                    .sorted(Comparator.comparingDouble((Integer i) -> -(reference[i] + current[i]))
                            .thenComparing(i -> bins.labels().get(i)))
                    .toList();
        }
        List<DriftSummary.Bin> shown = new ArrayList<>();
        double otherReference = 0;
        double otherCurrent = 0;
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            if (categories && order.size() > MOST && k >= MOST - 1) {
                otherReference += reference[i];
                otherCurrent += current[i];
            } else {
                shown.add(new DriftSummary.Bin(
                        bins.labels().get(i),
                        reference[i],
                        current[i],
                        categories ? null : bins.edges()[i],
                        categories ? null : bins.edges()[i + 1]));
            }
        }
        if (otherReference > 0 || otherCurrent > 0) {
            shown.add(new DriftSummary.Bin(OTHER, otherReference, otherCurrent, null, null));
        }
        return shown;
    }
}
