package io.github.mlgate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.gate.Findings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
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

        assertSameColumns(read(binaryFile(true), format), read(binaryFile(false), format));
    }

    @Test
    void multiclassPredictionsWithScoresReadTheSame() throws IOException {
        PredictionsFormat format =
                new PredictionsFormat(Task.MULTICLASS, "label", "prediction", "score", "1", 0.5, List.of("region"));

        assertSameColumns(read(multiclassFile(true), format), read(multiclassFile(false), format));
    }

    @Test
    void regressionPredictionsReadTheSameBitForBit() throws IOException {
        PredictionsFormat format =
                new PredictionsFormat(Task.REGRESSION, "label", "prediction", "score", "1", 0.5, List.of("region"));

        assertSameColumns(read(regressionFile(true), format), read(regressionFile(false), format));
    }

    private Path binaryFile(boolean dressed) throws IOException {
        return file("binary", "label,prediction,score,region,device", 5_000, 5, dressed, cells -> {
            double score = cells.random.nextInt(10_001) / 10_000.0;
            return String.join(
                    ",",
                    cells.text(cells.random.nextBoolean() ? "1" : "0"),
                    cells.text(score >= 0.5 ? "1" : "0"),
                    cells.number(score),
                    cells.text(REGIONS[cells.random.nextInt(REGIONS.length)]),
                    cells.text(cells.random.nextBoolean() ? "ios" : "web"));
        });
    }

    private Path multiclassFile(boolean dressed) throws IOException {
        return file(
                "multiclass", "label,prediction,score_cat,score_dog,score_bird,region", 3_000, 7, dressed, cells -> {
                    int a = cells.random.nextInt(1000);
                    int b = cells.random.nextInt(1000 - a);
                    return String.join(
                            ",",
                            cells.text(CLASSES[cells.random.nextInt(3)]),
                            cells.text(CLASSES[cells.random.nextInt(3)]),
                            cells.number(a / 1000.0),
                            cells.number(b / 1000.0),
                            cells.number((1000 - a - b) / 1000.0),
                            cells.text(REGIONS[cells.random.nextInt(REGIONS.length)]));
                });
    }

    private Path regressionFile(boolean dressed) throws IOException {
        return file("regression", "label,prediction,region", 3_000, 9, dressed, cells -> {
            // Negative values, minus zero and values with more digits than the byte path reads.
            double actual = cells.random.nextInt(5) == 0 ? -0.0 : (cells.random.nextDouble() - 0.5) * 1e4;
            double predicted =
                    cells.random.nextInt(7) == 0 ? cells.random.nextInt(100) : actual + cells.random.nextGaussian();
            return String.join(
                    ",",
                    cells.number(actual),
                    cells.number(predicted),
                    cells.text(REGIONS[cells.random.nextInt(REGIONS.length)]));
        });
    }

    /**
     * A file of seeded rows: the values come from one generator, the dress from another, so the plain and the dressed
     * file hold the same values.
     */
    private Path file(String name, String header, int rows, long seed, boolean dressed, Function<Cells, String> row)
            throws IOException {
        Cells cells = new Cells(new SplittableRandom(seed), new SplittableRandom(seed + 1), dressed);
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int i = 0; i < rows; i++) {
            csv.append(row.apply(cells)).append('\n');
        }
        return write(name + "-" + dressed + ".csv", csv);
    }

    /** Writes cells plain, or dressed at random in forms the reader reads to the same value. */
    private record Cells(SplittableRandom random, SplittableRandom dress, boolean dressed) {

        /** A text cell as it is, or padded with spaces or quoted (the reader strips spaces, the CSV drops quotes). */
        String text(String value) {
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
        String number(double value) {
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

    /** The same columns, numbers compared bit for bit. */
    private static void assertSameColumns(Predictions dressed, Predictions plain) {
        assertThat(dressed.getClass()).isEqualTo(plain.getClass());
        if (plain instanceof Predictions.Binary p && dressed instanceof Predictions.Binary d) {
            assertThat(d.classes()).isEqualTo(p.classes());
            assertThat(d.actual()).isEqualTo(p.actual());
            assertThat(d.predicted()).isEqualTo(p.predicted());
            assertThat(bits(d.score())).isEqualTo(bits(p.score()));
        } else if (plain instanceof Predictions.Multiclass p && dressed instanceof Predictions.Multiclass d) {
            assertThat(d.classes()).isEqualTo(p.classes());
            assertThat(d.actual()).isEqualTo(p.actual());
            assertThat(d.predicted()).isEqualTo(p.predicted());
            assertThat(d.scores()).hasSameDimensionsAs(p.scores());
            for (int c = 0; c < p.scores().length; c++) {
                assertThat(bits(d.scores()[c])).isEqualTo(bits(p.scores()[c]));
            }
        } else if (plain instanceof Predictions.Regression p && dressed instanceof Predictions.Regression d) {
            assertThat(bits(d.actual())).isEqualTo(bits(p.actual()));
            assertThat(bits(d.predicted())).isEqualTo(bits(p.predicted()));
        }
        assertThat(dressed.slices()).hasSameSizeAs(plain.slices());
        for (int s = 0; s < plain.slices().size(); s++) {
            assertThat(dressed.slices().get(s).values())
                    .isEqualTo(plain.slices().get(s).values());
            assertThat(dressed.slices().get(s).valueOfRow())
                    .isEqualTo(plain.slices().get(s).valueOfRow());
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
