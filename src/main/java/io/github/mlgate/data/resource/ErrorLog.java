package io.github.mlgate.data.resource;

import io.github.mlgate.data.schema.LongIntMap;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Severity;
import io.github.mlgate.gate.TablePlace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of one resource: every one counted, per code and per field, and the first few of each code kept with
 * their row, field and value.
 */
public final class ErrorLog {

    private final String resource;
    private final int keepPerCode;
    private final Map<String, Long> byCode = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
    private final Map<String, Integer> kept = new LinkedHashMap<>();
    private final List<Finding> details = new ArrayList<>();
    private long total;
    private long rowsWithErrors;
    private long lastRowWithError = -1;

    /**
     * Rows whose foreign keys are looked up after the pass, each with 1 once it has an error: a late error then
     * counts its row among the rows with errors only if nothing else did. Empty unless a key is deferred.
     */
    private LongIntMap watched;

    public ErrorLog(String resource, int keepPerCode) {
        this.resource = resource;
        this.keepPerCode = keepPerCode;
    }

    /**
     * Records an error.
     *
     * @param code the Frictionless error code
     * @param row the row number (the header is row 1), or -1 for errors outside rows
     * @param field the field's name, or null
     * @param message the sentence
     * @param location the file and line
     */
    public void add(String code, long row, String field, String message, Location location) {
        add(
                code,
                field,
                message,
                location,
                row >= 0 ? TablePlace.ofRow(resource, row) : TablePlace.ofResource(resource));
    }

    /**
     * Records an error with its place in the table.
     *
     * @param code the Frictionless error code
     * @param field the field (or fields) it is counted under, or null
     * @param message the sentence
     * @param location the file and line
     * @param place the resource, row, field, cell and key, as the report carries them
     */
    public void add(String code, String field, String message, Location location, TablePlace place) {
        add(code, field, message, location, place, place.rowNumber() == null ? -1 : place.rowNumber());
    }

    /**
     * Records an error of the header row, which is no data row: it counts among the errors, not the rows with errors.
     *
     * @param code the Frictionless error code
     * @param field the field it is counted under, or null
     * @param message the sentence
     * @param location the file and line
     * @param place the label's place
     */
    public void addHeader(String code, String field, String message, Location location, TablePlace place) {
        add(code, field, message, location, place, -1);
    }

    private void add(String code, String field, String message, Location location, TablePlace place, long row) {
        total++;
        byCode.merge(code, 1L, Long::sum);
        if (field != null) {
            byField.computeIfAbsent(code, c -> new LinkedHashMap<>()).merge(field, 1L, Long::sum);
        }
        if (row >= 0 && row != lastRowWithError) {
            rowsWithErrors++;
            lastRowWithError = row;
        }
        if (watched != null && row >= 0 && watched.get(row) == 0) {
            watched.add(row, 1);
        }
        if (kept.merge(code, 1, Integer::sum) <= keepPerCode) {
            details.add(new Finding(code, Severity.ERROR, message, location, place));
        }
    }

    /**
     * Notes that the current row has a value looked up after the pass, to count it once whatever errors it has
     * ({@link #addLate}).
     *
     * @param row the row, as errors name it
     */
    public void watch(long row) {
        if (watched == null) {
            watched = new LongIntMap(1 << 10);
        }
        watched.putIfAbsent(row, row == lastRowWithError ? 1 : 0);
    }

    /**
     * Records an error found after the pass in a {@link #watch watched} row: its row counts among the rows with errors
     * unless an error during the pass, or an earlier late one, counted it.
     *
     * @param code the Frictionless error code
     * @param row the row
     * @param field the field (or fields) it is counted under
     * @param message the sentence
     * @param location the file and line
     */
    public void addLate(String code, long row, String field, String message, Location location) {
        long last = lastRowWithError;
        boolean counted = watched != null && watched.get(row) > 0;
        if (counted) {
            lastRowWithError = row;
        }
        add(code, row, field, message, location); // marks the row as counted
        lastRowWithError = last;
    }

    /**
     * Records errors an engine counted beyond those added one by one: counted, never listed.
     *
     * @param code the Frictionless error code
     * @param field the field (or fields) they are counted under
     * @param count how many
     */
    public void addCounted(String code, String field, long count) {
        total += count;
        byCode.merge(code, count, Long::sum);
        if (field != null) {
            byField.computeIfAbsent(code, c -> new LinkedHashMap<>()).merge(field, count, Long::sum);
        }
        kept.merge(code, (int) Math.min(Integer.MAX_VALUE, count), (a, b) ->
                (int) Math.min(Integer.MAX_VALUE, (long) a + b));
    }

    /**
     * Sets the rows with errors to what an engine counted, in place of those the errors added one by one fell in.
     *
     * @param rows the rows with at least one error
     */
    public void setRowsWithErrors(long rows) {
        rowsWithErrors = rows;
    }

    public long total() {
        return total;
    }

    public long rowsWithErrors() {
        return rowsWithErrors;
    }

    public Map<String, Long> byCode() {
        return byCode;
    }

    /** The kept errors, each with the given severity. */
    public List<Finding> details(Severity severity) {
        return details.stream().map(f -> f.withSeverity(severity)).toList();
    }

    /** The counts for the report: total, rows with errors, per code and per field. */
    public DataSummary.ErrorCounts counts() {
        Map<String, Map<String, Long>> fields = new LinkedHashMap<>();
        byField.forEach((code, counts) -> fields.put(code, new LinkedHashMap<>(counts)));
        return new DataSummary.ErrorCounts(total, rowsWithErrors, new LinkedHashMap<>(byCode), fields);
    }

    /** A summary such as {@code type-error 3 (age 2, plan 1), unique-error 1 (id 1)}. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        byCode.forEach((code, count) -> {
            Map<String, Long> fields = byField.get(code);
            String where = fields == null
                    ? ""
                    : " ("
                            + String.join(
                                    ", ",
                                    fields.entrySet().stream()
                                            .map(e -> e.getKey() + " " + e.getValue())
                                            .toList())
                            + ")";
            parts.add(code + " " + count + where);
        });
        return String.join(", ", parts);
    }
}
