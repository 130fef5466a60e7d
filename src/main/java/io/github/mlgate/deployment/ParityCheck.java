package io.github.mlgate.deployment;

import io.github.mlgate.csv.CsvReader;
import io.github.mlgate.csv.Dialect;
import io.github.mlgate.data.FieldValues;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Numbers;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Training/serving skew: the served model scores the evidence rows, and each score must equal the predictions file's
 * within the parity tolerance. Rows are matched by the evidence's key when the predictions file has its column, else
 * by order.
 */
final class ParityCheck {

    /** How many differing rows a finding shows. */
    static final int SHOWN = 5;

    /** How many rows the model scores at once. */
    static final int BATCH = 1000;

    private ParityCheck() {}

    /**
     * Scores the evidence with the model.
     *
     * @param model the model
     * @param contract which fields feed which input
     * @param values the evidence's fields in row order
     * @param rows how many rows
     * @return each row's score
     * @throws ModelException when the model fails
     */
    static double[] score(ServedModel model, ServingContract contract, Map<String, FieldValues> values, int rows)
            throws ModelException {
        double[] scores = new double[rows];
        for (int from = 0; from < rows; from += BATCH) {
            int to = Math.min(rows, from + BATCH);
            double[][] batch = run(model, contract, values, from, to);
            for (int r = from; r < to; r++) {
                double[] row = batch[r - from];
                scores[r] = row[row.length - 1];
            }
        }
        return scores;
    }

    /** Runs the model on rows [from, to) and gives the score output's rows. */
    static double[][] run(
            ServedModel model, ServingContract contract, Map<String, FieldValues> values, int from, int to)
            throws ModelException {
        Map<String, List<Object[]>> feeds = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> input : contract.feeds().entrySet()) {
            List<Object[]> columns = new ArrayList<>();
            for (String field : input.getValue()) {
                Object[] all = values.get(field).values();
                Object[] slice = new Object[to - from];
                System.arraycopy(all, from, slice, 0, to - from);
                columns.add(slice);
            }
            feeds.put(input.getKey(), columns);
        }
        double[][] out = model.run(feeds, to - from).get(contract.score());
        if (out == null) {
            throw new ModelException("the model gave no numeric '" + contract.score() + "'");
        }
        return out;
    }

    /**
     * The predictions file's scores, matched to the evidence's rows.
     *
     * @param file the predictions file
     * @param shown how the user names it
     * @param column the score column
     * @param key the evidence's key field, or null
     * @param keys the evidence's key value of each row, or null
     * @param rows the evidence's rows
     * @param findings where a file that does not fit goes
     * @param at where to point such findings
     * @param joinedBy receives, in its one element, the field rows were matched by, or {@code row order}
     * @return each evidence row's evaluated score (NaN where the file has none), or null when the file cannot be used
     */
    static double[] evaluated(
            Path file,
            String shown,
            String column,
            String key,
            Object[] keys,
            int rows,
            Findings findings,
            Location at,
            String[] joinedBy) {
        List<String> header = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        List<String> keyValues = new ArrayList<>();
        int scoreAt;
        int keyAt;
        try (CsvReader csv = new CsvReader(new BufferedInputStream(Files.newInputStream(file)), Dialect.CSV)) {
            if (!csv.next()) {
                findings.error("parity-evidence", "The predictions file " + shown + " is empty.", at);
                return null;
            }
            for (int i = 0; i < csv.fields(); i++) {
                header.add(csv.text(i));
            }
            scoreAt = header.indexOf(column);
            keyAt = key == null ? -1 : header.indexOf(key);
            if (scoreAt < 0) {
                findings.error(
                        "parity-evidence",
                        "The predictions file " + shown + " has no column '" + column
                                + "' to compare the served scores with (scoreColumn / mlgate.scoreColumn).",
                        at);
                return null;
            }
            while (csv.next()) {
                if (csv.isBlank()) {
                    continue;
                }
                scores.add(scoreAt < csv.fields() ? csv.text(scoreAt) : "");
                keyValues.add(keyAt >= 0 && keyAt < csv.fields() ? csv.text(keyAt) : null);
            }
        } catch (NoSuchFileException e) {
            findings.error(
                    "parity-evidence",
                    "The predictions file " + shown + " does not exist; the served model's scores are compared with"
                            + " it (predictionsFile / mlgate.predictions).",
                    at);
            return null;
        } catch (IOException e) {
            findings.error(
                    "parity-evidence", "The predictions file " + shown + " cannot be read: " + e.getMessage(), at);
            return null;
        }
        double[] evaluated = new double[rows];
        java.util.Arrays.fill(evaluated, Double.NaN);
        if (keyAt >= 0) {
            joinedBy[0] = key;
            Map<String, Integer> rowOf = new HashMap<>();
            for (int r = 0; r < rows; r++) {
                if (keys[r] != null) {
                    rowOf.put(text(keys[r]), r);
                }
            }
            for (int i = 0; i < scores.size(); i++) {
                Integer r = rowOf.get(keyValues.get(i));
                if (r != null) {
                    evaluated[r] = parse(scores.get(i));
                }
            }
            return evaluated;
        }
        joinedBy[0] = "row order";
        if (scores.size() != rows) {
            findings.error(
                    "parity-evidence",
                    "The predictions file " + shown + " has " + scores.size() + " rows and the evidence " + rows
                            + (key == null
                                    ? ""
                                    : "; without a column '" + key + "' to match rows by, they are compared in order")
                            + ", so they must be the same rows.",
                    at);
            return null;
        }
        for (int r = 0; r < rows; r++) {
            evaluated[r] = parse(scores.get(r));
        }
        return evaluated;
    }

    private static String text(Object value) {
        return value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                ? Long.toString(d.longValue())
                : value.toString();
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Compares served with evaluated scores, recording the verdict.
     *
     * @return the parity, for the report
     */
    static ServingSummary.Parity compare(
            String evidence,
            String joinedBy,
            double tolerance,
            double[] served,
            double[] evaluated,
            String key,
            Object[] keys,
            String predictions,
            String score,
            Findings findings,
            Location at) {
        long compared = 0;
        long mismatches = 0;
        long notNumbers = 0;
        double largest = 0;
        List<String> shown = new ArrayList<>();
        for (int r = 0; r < served.length; r++) {
            if (Double.isNaN(evaluated[r])) {
                continue;
            }
            compared++;
            double difference = Math.abs(served[r] - evaluated[r]);
            if (Double.isNaN(served[r])) {
                notNumbers++;
            }
            if (Double.isNaN(served[r]) || difference > tolerance) {
                mismatches++;
                if (shown.size() < SHOWN) {
                    shown.add("row " + (r + 1)
                            + (key != null && keys[r] != null ? " (" + key + " " + text(keys[r]) + ")" : "")
                            + ": served " + Numbers.format(served[r]) + ", evaluated " + Numbers.format(evaluated[r]));
                }
            }
            if (!Double.isNaN(difference)) {
                largest = Math.max(largest, difference);
            }
        }
        if (compared == 0) {
            findings.error(
                    "parity-evidence",
                    "No row of " + evidence + " has a score in " + predictions + " to compare the served model with.",
                    at);
        } else if (mismatches > 0) {
            findings.error(
                    "parity",
                    "The served model's " + score + " differs from the score in " + predictions + " by more than "
                            + Numbers.bound(tolerance) + " on " + mismatches + " of " + compared + " rows of "
                            + evidence + " ("
                            + (notNumbers == compared
                                    ? "the served model gave NaN, not a number, on every one"
                                    : (notNumbers > 0 ? notNumbers + " served NaN; among the others, " : "")
                                            + "largest difference " + Numbers.format(largest))
                            + "): training/serving skew. " + String.join("; ", shown) + ".",
                    at);
        } else {
            findings.info(
                    "parity",
                    "The served model reproduces the score in " + predictions + " on all " + compared + " rows of "
                            + evidence + " within " + Numbers.bound(tolerance) + " (largest difference "
                            + Numbers.probability(largest) + ").",
                    at);
        }
        // With no number served there is no difference to report: NaN, not the 0 nothing was compared to.
        double reported = compared > 0 && notNumbers == compared ? Double.NaN : largest;
        return new ServingSummary.Parity(evidence, compared, joinedBy, tolerance, reported, mismatches);
    }
}
