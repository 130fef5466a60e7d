package io.github.mlgate.evaluation;

import io.github.mlgate.csv.AsciiNumbers;
import io.github.mlgate.csv.CsvReader;
import io.github.mlgate.csv.Dialect;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.RegularFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a predictions CSV (header row first) into columns. Every bad cell is an error naming the row, the column and
 * the value; the first {@value #REPORTED} are reported one by one and the rest counted, and a file with any error
 * yields no predictions, so no metric is computed from partial data.
 */
final class PredictionsReader {

    /** How many bad cells are reported one by one. */
    static final int REPORTED = 20;

    /** The most distinct values a slice column may have. */
    static final int MAX_SLICE_VALUES = 1000;

    private final PredictionsFormat format;
    private final String file;
    private final Findings findings;
    private long errors;

    private PredictionsReader(PredictionsFormat format, String file, Findings findings) {
        this.format = format;
        this.file = file;
        this.findings = findings;
    }

    /**
     * Reads the predictions.
     *
     * @param path the CSV file
     * @param file how to name it in findings
     * @param format the task and columns
     * @param findings where problems go
     * @param cache the build's last read, reused when the file is unchanged
     * @return the predictions, or null when the file has any error
     */
    static Predictions read(
            Path path, String file, PredictionsFormat format, Findings findings, PredictionsCache cache) {
        PredictionsCache.Key key = PredictionsCache.key(path, format);
        Predictions known = cache.get(key);
        if (known != null) {
            return known;
        }
        Predictions read = new PredictionsReader(format, file, findings).read(path);
        if (read != null) {
            cache.put(key, read);
        }
        return read;
    }

    private Predictions read(Path path) {
        if (!RegularFiles.mayOpen(path, file, "the predictions CSV", findings)) {
            return null;
        }
        try (CsvReader reader = new CsvReader(Files.newInputStream(path), Dialect.CSV)) {
            if (!reader.next()) {
                findings.error(
                        "empty-file",
                        file + " is empty; it needs a header row and one row per prediction.",
                        Location.ofFile(file));
                return null;
            }
            Columns columns = columns(cells(reader));
            if (columns == null) {
                return null;
            }
            Builder builder = new Builder(columns, reader.fields());
            int rowNumber = 1;
            while (reader.next()) {
                rowNumber++;
                if (reader.problem() != null) {
                    findings.error(
                            "file-unreadable",
                            file + " row " + rowNumber + ": " + reader.problem() + ".",
                            new Location(file, (int) reader.recordLine(), null));
                    return null;
                }
                builder.add(reader, rowNumber);
                if (builder.stopped) {
                    return null;
                }
            }
            if (builder.rows == 0) {
                findings.error("empty-file", file + " has a header but no predictions.", Location.ofFile(file));
                return null;
            }
            if (errors > REPORTED) {
                findings.error(
                        "invalid-value",
                        file + " has " + (errors - REPORTED) + " more bad cells than the " + REPORTED + " above.",
                        Location.ofFile(file));
            }
            return errors > 0 ? null : builder.build();
        } catch (IOException e) {
            findings.error(
                    "file-unreadable",
                    file + " cannot be read as CSV: " + firstLine(e.getMessage()),
                    Location.ofFile(file));
            return null;
        }
    }

    private static String[] cells(CsvReader reader) {
        String[] cells = new String[reader.fields()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = reader.text(i);
        }
        return cells;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }

    /** Where each part is in a row. */
    private record Columns(int label, int prediction, int[] scores, List<String> scoreClasses, int[] slices) {}

    private Columns columns(String[] header) {
        Map<String, Integer> index = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.length; i++) {
            Integer first = index.putIfAbsent(header[i].strip(), i);
            if (first != null) {
                // Which of two 'label' columns is the truth? Taking the first let a model wrong on every row pass.
                findings.error(
                        "duplicate-column",
                        file + " has the column '" + header[i].strip() + "' twice (columns " + (first + 1) + " and "
                                + (i + 1) + "); name each column once.",
                        new Location(file, 1, null));
                ok = false;
            }
        }
        int label = require(index, header, format.labelColumn(), "labelColumn");
        ok &= label >= 0;
        int prediction = index.getOrDefault(format.predictionColumn(), -1);
        int[] scores;
        List<String> scoreClasses = new ArrayList<>();
        if (format.task() == Task.MULTICLASS) {
            String prefix = format.scoreColumn() + "_";
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < header.length; i++) {
                if (header[i].strip().startsWith(prefix)) {
                    found.add(i);
                    scoreClasses.add(header[i].strip().substring(prefix.length()));
                }
            }
            scores = found.stream().mapToInt(Integer::intValue).toArray();
        } else {
            int score = index.getOrDefault(format.scoreColumn(), -1);
            scores = score < 0 ? new int[0] : new int[] {score};
        }
        if (format.task() == Task.REGRESSION && prediction < 0) {
            ok &= require(index, header, format.predictionColumn(), "predictionColumn") >= 0;
        } else if (prediction < 0 && scores.length == 0) {
            findings.error(
                    "missing-column",
                    file + " has neither a prediction column '" + format.predictionColumn() + "' nor "
                            + (format.task() == Task.MULTICLASS
                                    ? "score columns '" + format.scoreColumn() + "_<class>'"
                                    : "a score column '" + format.scoreColumn() + "'")
                            + "; its columns are " + String.join(", ", header) + ".",
                    new Location(file, 1, null));
            ok = false;
        }
        int[] slices = new int[format.sliceColumns().size()];
        for (int s = 0; s < slices.length; s++) {
            slices[s] = require(index, header, format.sliceColumns().get(s), "sliceColumns");
            ok &= slices[s] >= 0;
        }
        return ok ? new Columns(label, prediction, scores, scoreClasses, slices) : null;
    }

    private int require(Map<String, Integer> index, String[] header, String column, String parameter) {
        Integer found = index.get(column);
        if (found == null) {
            findings.error(
                    "missing-column",
                    file + " has no column '" + column + "' (set by " + parameter + "); its columns are "
                            + String.join(", ", header) + ".",
                    new Location(file, 1, null));
            return -1;
        }
        return found;
    }

    private void bad(int row, String column, String message) {
        errors++;
        if (errors <= REPORTED) {
            findings.error(
                    "invalid-value",
                    file + " row " + row + ", column '" + column + "': " + message,
                    new Location(file, row, null));
        }
    }

    /** Collects the columns while the rows stream past. */
    private final class Builder {
        private final Columns columns;
        private final int width;
        private int rows;
        // Classes are kept as ids in first-seen order, never as a string per row: memory stays at 4 bytes a cell.
        private final Map<String, Integer> classIds = new LinkedHashMap<>();
        private int[] actualId = new int[1024];
        private int[] predictedId = new int[1024];
        private double[][] scores;
        private double[] actualValues = new double[1024];
        private double[] predictedValues = new double[1024];
        private final List<Map<String, Integer>> sliceIds = new ArrayList<>();
        private final List<int[]> sliceValues = new ArrayList<>();
        private final KnownCells classCells = new KnownCells();
        private final List<KnownCells> sliceCells = new ArrayList<>();
        private boolean stopped;

        Builder(Columns columns, int width) {
            this.columns = columns;
            this.width = width;
            this.scores = new double[columns.scores().length][1024];
            for (int s = 0; s < columns.slices().length; s++) {
                sliceIds.add(new LinkedHashMap<>());
                sliceValues.add(new int[1024]);
                sliceCells.add(new KnownCells());
            }
        }

        void add(CsvReader reader, int row) {
            int fields = reader.fields();
            if (fields != width) {
                if (fields == 1 && reader.start(0) == reader.end(0)) {
                    return; // A blank line, such as a trailing one.
                }
                errors++;
                if (errors <= REPORTED) {
                    findings.error(
                            "invalid-row",
                            file + " row " + row + " has " + fields + " cells; the header has " + width + ".",
                            new Location(file, row, null));
                }
                return;
            }
            grow();
            if (!addFromBytes(reader)) {
                addFromText(reader, cells(reader), row);
            }
        }

        /**
         * Adds a row whose every cell is read from its bytes: known classes and slice values, plain decimal numbers
         * and scores in [0, 1]. Declines, adding nothing, when any cell needs the string path.
         */
        private boolean addFromBytes(CsvReader reader) {
            byte[] data = reader.data();
            if (format.task() == Task.REGRESSION) {
                double actual = decimal(reader, data, columns.label());
                double predicted = decimal(reader, data, columns.prediction());
                if (Double.isNaN(actual) || Double.isNaN(predicted)) {
                    return false;
                }
                actualValues[rows] = actual;
                predictedValues[rows] = predicted;
            } else {
                int label = columns.label();
                int actual = classCells.find(data, reader.start(label), reader.end(label));
                int prediction = columns.prediction();
                int predicted =
                        prediction < 0 ? -1 : classCells.find(data, reader.start(prediction), reader.end(prediction));
                if (actual < 0 || (prediction >= 0 && predicted < 0)) {
                    return false;
                }
                for (int s = 0; s < columns.scores().length; s++) {
                    double score = decimal(reader, data, columns.scores()[s]);
                    if (!(score >= 0 && score <= 1)) {
                        return false; // NaN too: not read from bytes
                    }
                    scores[s][rows] = score;
                }
                actualId[rows] = actual;
                predictedId[rows] = predicted;
            }
            for (int s = 0; s < columns.slices().length; s++) {
                int column = columns.slices()[s];
                int id = sliceCells.get(s).find(data, reader.start(column), reader.end(column));
                if (id < 0) {
                    return false;
                }
                sliceValues.get(s)[rows] = id;
            }
            rows++;
            return true;
        }

        private static double decimal(CsvReader reader, byte[] data, int field) {
            return AsciiNumbers.parseDecimal(data, reader.start(field), reader.end(field));
        }

        /** Adds a row from its cells' text, naming every bad cell, and remembers its classes and slices' bytes. */
        private void addFromText(CsvReader reader, String[] cells, int row) {
            String label = cells[columns.label()].strip();
            if (label.isEmpty()) {
                bad(row, format.labelColumn(), "the actual value is empty.");
            }
            String prediction = columns.prediction() >= 0 ? cells[columns.prediction()].strip() : null;
            if (prediction != null && prediction.isEmpty()) {
                bad(row, format.predictionColumn(), "the prediction is empty.");
            }
            if (format.task() == Task.REGRESSION) {
                actualValues[rows] = number(cells[columns.label()], row, format.labelColumn());
                predictedValues[rows] = number(prediction, row, format.predictionColumn());
            } else {
                actualId[rows] = classId(label, reader, columns.label());
                predictedId[rows] = prediction == null ? -1 : classId(prediction, reader, columns.prediction());
                for (int s = 0; s < columns.scores().length; s++) {
                    int column = columns.scores()[s];
                    String name = format.task() == Task.MULTICLASS
                            ? format.scoreColumn() + "_"
                                    + columns.scoreClasses().get(s)
                            : format.scoreColumn();
                    double score = number(cells[column], row, name);
                    if (!(score >= 0 && score <= 1) && !Double.isNaN(score)) {
                        bad(row, name, "the score " + cells[column].strip() + " is not a probability in [0, 1].");
                    }
                    scores[s][rows] = score;
                }
            }
            for (int s = 0; s < columns.slices().length; s++) {
                String value = cells[columns.slices()[s]].strip();
                Map<String, Integer> ids = sliceIds.get(s);
                Integer id = ids.get(value);
                if (id == null) {
                    if (ids.size() == MAX_SLICE_VALUES) {
                        // Each slice is measured (and bootstrapped) on its own: an id column as a slice would take
                        // the heap, and a thousand slices are no report anyone reads.
                        findings.error(
                                "too-many-slices",
                                String.format(
                                        Locale.ROOT,
                                        "%s: the slice column '%s' has more than %,d distinct values (row %d);"
                                                + " slice by a column of few values, such as a region or a plan, not"
                                                + " an id.",
                                        file,
                                        format.sliceColumns().get(s),
                                        MAX_SLICE_VALUES,
                                        row),
                                new Location(file, row, null));
                        stopped = true;
                        return;
                    }
                    id = ids.size();
                    ids.put(value, id);
                }
                sliceValues.get(s)[rows] = id;
                sliceCells
                        .get(s)
                        .remember(
                                reader.data(), reader.start(columns.slices()[s]), reader.end(columns.slices()[s]), id);
            }
            rows++;
        }

        private int classId(String name, CsvReader reader, int field) {
            Integer id = classIds.get(name);
            if (id == null) {
                id = classIds.size();
                classIds.put(name, id);
            }
            if (!name.isEmpty()) {
                classCells.remember(reader.data(), reader.start(field), reader.end(field), id);
            }
            return id;
        }

        private double number(String text, int row, String column) {
            String value = text == null ? "" : text.strip();
            try {
                double number = Double.parseDouble(value);
                if (Double.isFinite(number)) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            bad(row, column, "'" + value + "' is not a finite number.");
            return 0;
        }

        private void grow() {
            if (rows < actualValues.length) {
                return;
            }
            int size = actualValues.length * 2;
            actualId = Arrays.copyOf(actualId, size);
            predictedId = Arrays.copyOf(predictedId, size);
            actualValues = Arrays.copyOf(actualValues, size);
            predictedValues = Arrays.copyOf(predictedValues, size);
            for (int s = 0; s < scores.length; s++) {
                scores[s] = Arrays.copyOf(scores[s], size);
            }
            for (int s = 0; s < sliceValues.size(); s++) {
                sliceValues.set(s, Arrays.copyOf(sliceValues.get(s), size));
            }
        }

        Predictions build() {
            List<SliceColumn> slices = new ArrayList<>();
            for (int s = 0; s < sliceIds.size(); s++) {
                slices.add(new SliceColumn(
                        format.sliceColumns().get(s),
                        List.copyOf(sliceIds.get(s).keySet()),
                        Arrays.copyOf(sliceValues.get(s), rows)));
            }
            return switch (format.task()) {
                case REGRESSION ->
                    new Predictions.Regression(
                            Arrays.copyOf(actualValues, rows), Arrays.copyOf(predictedValues, rows), slices);
                case BINARY -> binary(slices);
                case MULTICLASS -> multiclass(slices);
            };
        }

        private Predictions binary(List<SliceColumn> slices) {
            TreeSet<String> others = new TreeSet<>(classIds.keySet());
            others.remove(format.positiveLabel());
            if (others.size() > 1) {
                findings.error(
                        "not-binary",
                        file + " holds more than two classes for a binary task: " + format.positiveLabel()
                                + " (positive) and " + String.join(", ", others) + ". Set task to multiclass, or"
                                + " positiveLabel to the positive class.",
                        Location.ofFile(file));
                return null;
            }
            int positive = classIds.getOrDefault(format.positiveLabel(), -2);
            double[] score = columns.scores().length == 1 ? Arrays.copyOf(scores[0], rows) : null;
            int[] actual = new int[rows];
            int[] predicted = new int[rows];
            for (int r = 0; r < rows; r++) {
                actual[r] = actualId[r] == positive ? 1 : 0;
                predicted[r] = predictedId[r] >= 0
                        ? (predictedId[r] == positive ? 1 : 0)
                        : (score[r] >= format.decisionThreshold() ? 1 : 0);
            }
            String negative = others.isEmpty() ? "not " + format.positiveLabel() : others.first();
            return new Predictions.Binary(List.of(negative, format.positiveLabel()), actual, predicted, score, slices);
        }

        private Predictions multiclass(List<SliceColumn> slices) {
            TreeSet<String> names = new TreeSet<>(columns.scoreClasses());
            names.addAll(classIds.keySet());
            List<String> classes = List.copyOf(names);
            Map<String, Integer> sorted = new HashMap<>();
            for (int c = 0; c < classes.size(); c++) {
                sorted.put(classes.get(c), c);
            }
            double[][] byClass = null;
            if (columns.scores().length > 0) {
                List<String> missing = new ArrayList<>(classes);
                missing.removeAll(columns.scoreClasses());
                if (!missing.isEmpty()) {
                    findings.error(
                            "missing-column",
                            file + " has score columns for some classes but not for "
                                    + String.join(
                                            ", ",
                                            missing.stream()
                                                    .map(c -> format.scoreColumn() + "_" + c)
                                                    .toList())
                                    + ".",
                            new Location(file, 1, null));
                    return null;
                }
                byClass = new double[classes.size()][];
                for (int s = 0; s < columns.scoreClasses().size(); s++) {
                    byClass[sorted.get(columns.scoreClasses().get(s))] = Arrays.copyOf(scores[s], rows);
                }
            }
            int[] toSorted = new int[classIds.size()];
            classIds.forEach((name, id) -> toSorted[id] = sorted.get(name));
            int[] actual = new int[rows];
            int[] predicted = new int[rows];
            for (int r = 0; r < rows; r++) {
                actual[r] = toSorted[actualId[r]];
                predicted[r] = predictedId[r] >= 0 ? toSorted[predictedId[r]] : argmax(byClass, r);
            }
            return new Predictions.Multiclass(classes, actual, predicted, byClass, slices);
        }

        private static int argmax(double[][] byClass, int row) {
            int best = 0;
            for (int c = 1; c < byClass.length; c++) {
                if (byClass[c][row] > byClass[best][row]) {
                    best = c;
                }
            }
            return best;
        }
    }
}
