package io.github.mlgate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.gate.Findings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A predictions file reads the same whether its cells take the byte path (known classes and slice values, plain
 * decimals) or the string path (spaces, quotes, exponents, a class seen for the first time): each file is written
 * twice from the same seeded rows, once plain and once with cells dressed at random, and both give the same columns.
 */
class CellsFromBytesAgreeWithTextTest {

    private static final String[] CLASSES = {"cat", "dog", "bird"};
    private static final String[] REGIONS = {"north", "south", "east", "west", ""};

    @TempDir
    Path dir;

    @Test
    void binaryPredictionsWithSlicesReadTheSame() throws IOException {
        PredictionsFormat format = new PredictionsFormat(
                Task.BINARY, "label", "prediction", "score", "1", 0.5, List.of("region", "device"));
        Predictions.Binary plain = (Predictions.Binary) read(binaryFile(false), format);
        Predictions.Binary dressed = (Predictions.Binary) read(binaryFile(true), format);

        assertThat(dressed.classes()).isEqualTo(plain.classes());
        assertThat(dressed.actual()).isEqualTo(plain.actual());
        assertThat(dressed.predicted()).isEqualTo(plain.predicted());
        assertThat(dressed.score()).isEqualTo(plain.score());
        assertSameSlices(dressed.slices(), plain.slices());
    }

    @Test
    void multiclassPredictionsWithScoresReadTheSame() throws IOException {
        PredictionsFormat format =
                new PredictionsFormat(Task.MULTICLASS, "label", "prediction", "score", "1", 0.5, List.of("region"));
        Predictions.Multiclass plain = (Predictions.Multiclass) read(multiclassFile(false), format);
        Predictions.Multiclass dressed = (Predictions.Multiclass) read(multiclassFile(true), format);

        assertThat(dressed.classes()).isEqualTo(plain.classes());
        assertThat(dressed.actual()).isEqualTo(plain.actual());
        assertThat(dressed.predicted()).isEqualTo(plain.predicted());
        assertThat(dressed.scores()).isDeepEqualTo(plain.scores());
        assertSameSlices(dressed.slices(), plain.slices());
    }

    @Test
    void regressionPredictionsReadTheSameBitForBit() throws IOException {
        PredictionsFormat format =
                new PredictionsFormat(Task.REGRESSION, "label", "prediction", "score", "1", 0.5, List.of("region"));
        Predictions.Regression plain = (Predictions.Regression) read(regressionFile(false), format);
        Predictions.Regression dressed = (Predictions.Regression) read(regressionFile(true), format);

        assertThat(bits(dressed.actual())).isEqualTo(bits(plain.actual()));
        assertThat(bits(dressed.predicted())).isEqualTo(bits(plain.predicted()));
        assertSameSlices(dressed.slices(), plain.slices());
    }

    private Path binaryFile(boolean dressed) throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        SplittableRandom dress = new SplittableRandom(6);
        StringBuilder csv = new StringBuilder("label,prediction,score,region,device\n");
        for (int i = 0; i < 5_000; i++) {
            double score = random.nextInt(10_001) / 10_000.0;
            csv.append(text(random.nextBoolean() ? "1" : "0", dressed, dress))
                    .append(',')
                    .append(text(score >= 0.5 ? "1" : "0", dressed, dress))
                    .append(',')
                    .append(number(score, dressed, dress))
                    .append(',')
                    .append(text(REGIONS[random.nextInt(REGIONS.length)], dressed, dress))
                    .append(',')
                    .append(text(random.nextBoolean() ? "ios" : "web", dressed, dress))
                    .append('\n');
        }
        return write("binary-" + dressed + ".csv", csv);
    }

    private Path multiclassFile(boolean dressed) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        SplittableRandom dress = new SplittableRandom(8);
        StringBuilder csv = new StringBuilder("label,prediction,score_cat,score_dog,score_bird,region\n");
        for (int i = 0; i < 3_000; i++) {
            int a = random.nextInt(1000);
            int b = random.nextInt(1000 - a);
            double[] scores = {a / 1000.0, b / 1000.0, (1000 - a - b) / 1000.0};
            csv.append(text(CLASSES[random.nextInt(3)], dressed, dress))
                    .append(',')
                    .append(text(CLASSES[random.nextInt(3)], dressed, dress));
            for (double score : scores) {
                csv.append(',').append(number(score, dressed, dress));
            }
            csv.append(',')
                    .append(text(REGIONS[random.nextInt(REGIONS.length)], dressed, dress))
                    .append('\n');
        }
        return write("multiclass-" + dressed + ".csv", csv);
    }

    private Path regressionFile(boolean dressed) throws IOException {
        SplittableRandom random = new SplittableRandom(9);
        SplittableRandom dress = new SplittableRandom(10);
        StringBuilder csv = new StringBuilder("label,prediction,region\n");
        for (int i = 0; i < 3_000; i++) {
            // Negative values, minus zero and values with more digits than the byte path reads.
            double actual = random.nextInt(5) == 0 ? -0.0 : (random.nextDouble() - 0.5) * 1e4;
            double predicted = random.nextInt(7) == 0 ? random.nextInt(100) : actual + random.nextGaussian();
            csv.append(number(actual, dressed, dress))
                    .append(',')
                    .append(number(predicted, dressed, dress))
                    .append(',')
                    .append(text(REGIONS[random.nextInt(REGIONS.length)], dressed, dress))
                    .append('\n');
        }
        return write("regression-" + dressed + ".csv", csv);
    }

    /** A text cell as it is, or padded with spaces or quoted (the reader strips spaces, the CSV drops quotes). */
    private static String text(String value, boolean dressed, SplittableRandom dress) {
        if (!dressed) {
            return value;
        }
        return switch (dress.nextInt(4)) {
            case 0 -> " " + value;
            case 1 -> value + "  ";
            case 2 -> "\"" + value + "\"";
            default -> value;
        };
    }

    /** A number as Java writes it, or in an exponent form, padded or quoted: forms only the string path reads. */
    private static String number(double value, boolean dressed, SplittableRandom dress) {
        String plain = Double.toString(value);
        if (!dressed) {
            return plain;
        }
        return switch (dress.nextInt(4)) {
            case 0 -> String.format(Locale.ROOT, "%.17e", value);
            case 1 -> " " + plain;
            case 2 -> "\"" + plain + "\"";
            default -> plain;
        };
    }

    private Path write(String name, StringBuilder csv) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    private static Predictions read(Path file, PredictionsFormat format) {
        Findings findings = new Findings();
        Predictions read =
                PredictionsReader.read(file, file.getFileName().toString(), format, findings, new PredictionsCache());
        assertThat(findings.list()).isEmpty();
        assertThat(read).isNotNull();
        return read;
    }

    private static void assertSameSlices(List<SliceColumn> dressed, List<SliceColumn> plain) {
        assertThat(dressed).hasSameSizeAs(plain);
        for (int s = 0; s < plain.size(); s++) {
            assertThat(dressed.get(s).values()).isEqualTo(plain.get(s).values());
            assertThat(dressed.get(s).valueOfRow()).isEqualTo(plain.get(s).valueOfRow());
        }
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}
