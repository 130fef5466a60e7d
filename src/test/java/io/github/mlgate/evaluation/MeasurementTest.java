package io.github.mlgate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mlgate.gate.Findings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementTest {

    private static final PredictionsFormat BINARY =
            new PredictionsFormat(Task.BINARY, "label", "prediction", "score", "1", 0.5, List.of());

    @TempDir
    Path dir;

    @Test
    void theBinomialTailMatchesScipysExactTest() {
        // scipy.stats.binomtest(k, n, 0.5, alternative='greater').pvalue
        assertThat(Measurement.binomialUpperTail(7, 10)).isCloseTo(0.171875, within(1e-12));
        assertThat(Measurement.binomialUpperTail(540, 1000)).isCloseTo(0.0062220731385858995, within(1e-12));
        assertThat(Measurement.binomialUpperTail(5200, 10000)).isCloseTo(3.296757799336171e-05, within(1e-12));
        assertThat(Measurement.binomialUpperTail(0, 10)).isEqualTo(1.0);
    }

    @Test
    void mcNemarCountsOnlyTheRowsExactlyOneModelGetsRight() throws IOException {
        // Candidate right where the baseline is wrong in 7 rows, wrong where it is right in 3; 5 rows tie.
        StringBuilder candidate = new StringBuilder("label,prediction\n");
        StringBuilder baseline = new StringBuilder("label,prediction\n");
        for (int i = 0; i < 15; i++) {
            candidate.append("1,").append(i < 7 || i >= 10 ? 1 : 0).append('\n');
            baseline.append("1,").append(i >= 7 ? 1 : 0).append('\n');
        }
        Measurement mine = read("candidate.csv", candidate.toString());
        Measurement theirs = read("baseline.csv", baseline.toString());

        assertThat(mine.rowMismatch(theirs)).isNull();
        assertThat(mine.accuracyPValue(theirs)).isCloseTo(0.171875, within(1e-12));
    }

    @Test
    void rowsThatDifferAreNamed() throws IOException {
        Measurement mine = read("a.csv", "label,prediction\n1,1\n0,0\n");
        Measurement shorter = read("b.csv", "label,prediction\n1,1\n");
        Measurement relabelled = read("c.csv", "label,prediction\n1,1\n1,0\n");

        assertThat(mine.rowMismatch(shorter)).isEqualTo("they have 2 and 1 rows");
        assertThat(mine.rowMismatch(relabelled)).isEqualTo("their actual labels differ in data row 2");
    }

    @Test
    void thePairedBootstrapTellsAClearWinnerFromAnEqual() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder good = new StringBuilder("label,prediction,score\n");
        StringBuilder worse = new StringBuilder("label,prediction,score\n");
        StringBuilder same = new StringBuilder("label,prediction,score\n");
        for (int i = 0; i < 2000; i++) {
            int label = random.nextInt(2);
            double strong = Math.min(1, Math.max(0, label * 0.5 + random.nextDouble() * 0.5));
            double weak = Math.min(1, Math.max(0, label * 0.1 + random.nextDouble() * 0.9));
            good.append(label)
                    .append(',')
                    .append(strong >= 0.5 ? 1 : 0)
                    .append(',')
                    .append(strong)
                    .append('\n');
            worse.append(label)
                    .append(',')
                    .append(weak >= 0.5 ? 1 : 0)
                    .append(',')
                    .append(weak)
                    .append('\n');
            same.append(label)
                    .append(',')
                    .append(strong >= 0.5 ? 1 : 0)
                    .append(',')
                    .append(strong)
                    .append('\n');
        }
        Measurement candidate = read("good.csv", good.toString());

        double clear = candidate.pairedBootstrapPValue(read("worse.csv", worse.toString()), "roc_auc", true, 200, 5);
        double none = candidate.pairedBootstrapPValue(read("same.csv", same.toString()), "roc_auc", true, 200, 5);

        assertThat(clear).isEqualTo(1.0 / 201);
        assertThat(none).isEqualTo(1.0);
        // Reproducible: the same seed gives the same p-value.
        assertThat(candidate.pairedBootstrapPValue(read("worse2.csv", worse.toString()), "log_loss", false, 200, 5))
                .isEqualTo(candidate.pairedBootstrapPValue(
                        read("worse3.csv", worse.toString()), "log_loss", false, 200, 5));
    }

    private Measurement read(String name, String csv) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        Findings findings = new Findings();
        Measurement measurement = Measurement.ofPredictions(file, name, BINARY, findings);
        assertThat(findings.list()).isEmpty();
        return measurement;
    }
}
