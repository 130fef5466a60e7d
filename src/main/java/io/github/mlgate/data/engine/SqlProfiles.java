package io.github.mlgate.data.engine;

import io.github.mlgate.data.profile.Distribution;
import io.github.mlgate.data.profile.ValueCounts;
import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.DataSummary;
import io.github.mlgate.data.schema.FieldType;
import io.github.mlgate.data.schema.SchemaField;
import io.github.mlgate.data.schema.SchemaType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profiles of a resource's fields as engine aggregates over the compiled checks' typed values ({@link
 * SqlChecks}): counts, missing and distinct values (estimated where the engine has a sketch, and then counted exactly
 * when they are few), least and greatest values, and for numbers the mean, sample standard deviation, quantiles (the
 * engine's discrete quantile) and a histogram, and for other types the most frequent values. Whatever the rows, the
 * queries are the aggregates, the exact distinct counts, the histograms and the frequent values of the fields of few
 * values, and, on an engine without an estimate of the most frequent values, one more per field of many values.
 */
public final class SqlProfiles {

    private final SqlDialect sql;
    private final DataResource resource;
    private final SqlChecks checks;
    private final List<SchemaField> fields;

    SqlProfiles(SqlDialect sql, DataResource resource, SqlChecks checks) {
        this.sql = sql;
        this.resource = resource;
        this.checks = checks;
        this.fields = resource.schema().fields();
    }

    /** What the first query measured of one field. */
    private static final class Measured {
        final int field;
        long missing;
        long values;
        long distinct;
        boolean distinctExact = true;
        Object min;
        Object max;
        long finite;
        Double mean;
        Double std;
        double finiteMin;
        double finiteMax;
        Map<String, Double> quantiles;
        DataSummary.Histogram histogram;
        List<DataSummary.TopValue> top;

        /** For fields of many values: the engine's estimate of the most frequent ones, to count exactly. */
        Object[] candidates;

        Measured(int field) {
            this.field = field;
        }
    }

    /** The bytes of the longest row's cells that the checks read, measured in the first query. */
    private long longestRow;

    /**
     * The bytes of the cells of the longest row, as the first query of {@link #profile} measured them: the most
     * that any row brings, were it pulled whole.
     *
     * @return the bytes, 0 before a profile or when no field is read
     */
    long longestRow() {
        return longestRow;
    }

    /** The characters a top value shows, as the streaming gate's profile shows them ({@link ValueCounts}). */
    public static final int SHOWN = 100;

    /** The columns the first query gives each field. */
    private static final int WIDTH = 12;

    /**
     * Profiles every field the checks read.
     *
     * @param session where queries run
     * @param relation what the engine reads
     * @param rows the resource's rows
     * @return the profile
     * @throws SQLException when a query fails
     */
    DataSummary.Profile profile(SqlSession session, String relation, long rows) throws SQLException {
        List<String> select = new ArrayList<>();
        List<Measured> measured = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!checks.reads(i)) {
                continue;
            }
            measured.add(new Measured(i));
            boolean numeric = fields.get(i).type().kind().isNumeric();
            boolean ordered = fields.get(i).type().isOrdered();
            String finite = "x" + i;
            select.add("sum(m" + i + ")");
            select.add("count(v" + i + ")");
            select.add(sql.approximateDistinct(distinct(i)));
            select.add(ordered ? "min(v" + i + ")" : "NULL");
            select.add(ordered ? "max(v" + i + ")" : "NULL");
            select.add(numeric ? "avg(" + finite + ")" : "NULL");
            select.add(numeric ? "stddev_samp(" + finite + ")" : "NULL");
            select.add(numeric ? "min(" + finite + ")" : "NULL");
            select.add(numeric ? "max(" + finite + ")" : "NULL");
            select.add(numeric ? "count(" + finite + ")" : "NULL");
            select.add(numeric ? sql.quantiles(finite, Distribution.QUANTILES) : "NULL");
            // A candidate comes back into the build and is counted by a literal of itself: texts longer than a listed
            // cell are none (the engine's estimate is not exact anyway), so no huge cell is pulled.
            String candidates = sql.approximateTop(
                    fields.get(i).type().kind().isInstant()
                            ? distinct(i)
                            : "CASE WHEN " + sql.length("t" + i) + " <= " + SqlChecks.PULLED_CHARS + " THEN "
                                    + distinct(i) + " END",
                    TOP);
            select.add(numeric || candidates == null ? "NULL" : candidates);
        }
        if (measured.isEmpty()) {
            return new DataSummary.Profile(resource.name(), rows, List.of());
        }
        // The bytes of a row's text columns (other columns' texts are short): one more aggregate of this scan.
        List<String> lengths = new ArrayList<>();
        for (Measured one : measured) {
            if (checks.holdsLongText(one.field)) {
                lengths.add("coalesce(" + sql.byteLength("t" + one.field) + ", 0)");
            }
        }
        select.add(lengths.isEmpty() ? "0" : "max(" + String.join(" + ", lengths) + ")");
        try (SqlSession.SqlRows result = session.query(
                checks.cells(relation) + " SELECT " + String.join(", ", select) + " FROM " + withNumbers(measured))) {
            result.next();
            for (int m = 0; m < measured.size(); m++) {
                read(measured.get(m), result, m * WIDTH + 1);
            }
            longestRow = result.getLong(measured.size() * WIDTH + 1);
        }
        exactDistinct(session, relation, measured);
        histograms(session, relation, measured);
        tops(session, relation, measured);
        List<DataSummary.Field> profiles = new ArrayList<>();
        for (Measured one : measured) {
            SchemaField field = fields.get(one.field);
            profiles.add(new DataSummary.Field(
                    field.name(),
                    field.type().name(),
                    one.missing + one.values,
                    one.missing,
                    one.distinct,
                    one.distinctExact,
                    one.min,
                    one.max,
                    one.mean,
                    one.std,
                    one.quantiles,
                    one.histogram,
                    one.top));
        }
        return new DataSummary.Profile(resource.name(), rows, profiles);
    }

    private void read(Measured one, SqlSession.SqlRows result, int at) throws SQLException {
        SchemaField field = fields.get(one.field);
        one.missing = result.getLong(at);
        one.values = result.getLong(at + 1);
        one.distinct = result.getLong(at + 2);
        one.min = shown(field, result.getObject(at + 3));
        one.max = shown(field, result.getObject(at + 4));
        one.finite = field.type().kind().isNumeric() ? result.getLong(at + 9) : 0;
        if (one.finite > 0) {
            one.mean = result.getDouble(at + 5);
            one.std = one.finite > 1 ? result.getDouble(at + 6) : 0.0;
            one.finiteMin = result.getDouble(at + 7);
            one.finiteMax = result.getDouble(at + 8);
            one.quantiles = new LinkedHashMap<>();
            Object[] quantiles = result.getArray(at + 10);
            for (int q = 0; q < Distribution.QUANTILES.length; q++) {
                one.quantiles.put(Double.toString(Distribution.QUANTILES[q]), ((Number) quantiles[q]).doubleValue());
            }
        }
        one.candidates = result.getArray(at + 11);
    }

    /** What a field's distinct values are counted by: numbers and instants by value, others by their text. */
    private String distinct(int i) {
        SchemaType kind = fields.get(i).type().kind();
        return kind.isNumeric() || kind.isInstant() ? "v" + i : "CASE WHEN v" + i + " IS NOT NULL THEN t" + i + " END";
    }

    /**
     * The cells with each numeric field's finite numbers beside them ({@code x<i>}), computed once per row whatever
     * the number of aggregates that read them.
     */
    private String withNumbers(List<Measured> measured) {
        List<String> numbers = new ArrayList<>(List.of("cells.*"));
        for (Measured one : measured) {
            if (fields.get(one.field).type().kind().isNumeric()) {
                numbers.add(finite(one.field) + " AS x" + one.field);
            }
        }
        return "(SELECT " + String.join(", ", numbers) + " FROM cells" + sql.fence() + ") cells";
    }

    /** A field's finite numbers, in the engine's floating-point type; null for others. */
    private String finite(int i) {
        String number = "CAST(v" + i + " AS " + sql.numberType() + ")";
        return "CASE WHEN " + sql.isFinite(number) + " THEN " + number + " END";
    }

    /**
     * Counts exactly the distinct values of the fields whose estimate is small, as the streaming gate counts up to a
     * thousand exactly: cheap, as few values take little memory. Others keep the engine's estimate, marked as one.
     */
    private void exactDistinct(SqlSession session, String relation, List<Measured> measured) throws SQLException {
        if (sql.approximateDistinct("x").startsWith("count(DISTINCT")) {
            return;
        }
        List<Measured> small = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (Measured one : measured) {
            if (one.distinct <= 2L * ValueCounts.EXACT_DISTINCT) {
                small.add(one);
                counts.add("count(DISTINCT " + distinct(one.field) + ")");
            } else {
                one.distinctExact = false;
            }
        }
        if (small.isEmpty()) {
            return;
        }
        try (SqlSession.SqlRows result =
                session.query(checks.cells(relation) + " SELECT " + String.join(", ", counts) + " FROM cells")) {
            result.next();
            for (int s = 0; s < small.size(); s++) {
                small.get(s).distinct = result.getLong(s + 1);
            }
        }
    }

    /**
     * Ten bins of equal width per numeric field, each holding the numbers above its lower edge up to its upper one,
     * as profiles do: every field's in one query.
     */
    private void histograms(SqlSession session, String relation, List<Measured> measured) throws SQLException {
        List<String> atMost = new ArrayList<>();
        List<Measured> binned = new ArrayList<>();
        for (Measured one : measured) {
            if (one.finite == 0) {
                continue;
            }
            if (one.finiteMin == one.finiteMax) {
                one.histogram =
                        new DataSummary.Histogram(List.of(one.finiteMin, one.finiteMax), List.of(one.finite), null);
                continue;
            }
            binned.add(one);
            for (int b = 1; b < Distribution.BINS; b++) {
                atMost.add("sum(CASE WHEN x" + one.field + " <= " + sql.literal(split(one, b)) + " THEN 1 ELSE 0 END)");
            }
        }
        if (binned.isEmpty()) {
            return;
        }
        try (SqlSession.SqlRows result = session.query(
                checks.cells(relation) + " SELECT " + String.join(", ", atMost) + " FROM " + withNumbers(binned))) {
            result.next();
            int column = 1;
            for (Measured one : binned) {
                List<Double> edges = new ArrayList<>(List.of(one.finiteMin));
                List<Long> counts = new ArrayList<>();
                long below = 0;
                for (int b = 1; b < Distribution.BINS; b++) {
                    edges.add(split(one, b));
                    long upTo = result.getLong(column++);
                    counts.add(upTo - below);
                    below = upTo;
                }
                edges.add(one.finiteMax);
                counts.add(one.finite - below);
                one.histogram = new DataSummary.Histogram(edges, counts, false);
            }
        }
    }

    private static double split(Measured one, int bin) {
        return one.finiteMin + (one.finiteMax - one.finiteMin) * bin / Distribution.BINS;
    }

    /** The most frequent values a profile lists. */
    private static final int TOP = 10;

    /**
     * The ten most frequent texts of each non-numeric field's valid values, most frequent first and ties in text
     * order, as profiles do. Fields of few values are counted exactly, all in one query with one grouping set each,
     * ranked in the engine. Fields of many values (as the streaming gate sketches them) have their candidates, the
     * engine's estimate of the most frequent ones, counted exactly, all in one more query; an engine without such an
     * estimate groups each of them apart.
     */
    private void tops(SqlSession session, String relation, List<Measured> measured) throws SQLException {
        List<Measured> few = new ArrayList<>();
        List<Measured> many = new ArrayList<>();
        for (Measured one : measured) {
            if (fields.get(one.field).type().kind().isNumeric() || one.values == 0) {
                continue;
            }
            one.top = new ArrayList<>();
            // Many values: those the engine estimates, and, where it has no estimate of the most frequent ones, those
            // past what the streaming gate counts exactly; each is then counted apart with a bounded sort.
            boolean manyValues =
                    one.candidates == null ? one.distinct > 2L * ValueCounts.EXACT_DISTINCT : !one.distinctExact;
            (manyValues ? many : few).add(one);
        }
        if (!few.isEmpty()) {
            exactTops(session, relation, few);
        }
        List<Measured> estimated = new ArrayList<>();
        for (Measured one : many) {
            if (one.candidates == null) {
                exactTop(session, relation, one);
            } else {
                estimated.add(one);
            }
        }
        if (!estimated.isEmpty()) {
            countCandidates(session, relation, estimated);
        }
    }

    private void exactTops(SqlSession session, String relation, List<Measured> topped) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        List<String> which = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Map<Integer, Measured> byField = new java.util.HashMap<>();
        for (Measured one : topped) {
            int i = one.field;
            columns.add("CASE WHEN v" + i + " IS NOT NULL THEN t" + i + " END AS x" + i);
            sets.add("(x" + i + ")");
            which.add("WHEN GROUPING(x" + i + ") = 0 THEN " + i);
            values.add("x" + i);
            byField.put(i, one);
        }
        String grouped = "SELECT CASE " + String.join(" ", which) + " END AS field, "
                + (values.size() == 1 ? values.get(0) : "coalesce(" + String.join(", ", values) + ")")
                + " AS value, count(*) AS n FROM (SELECT " + String.join(", ", columns) + " FROM cells) texts GROUP BY"
                + " GROUPING SETS (" + String.join(", ", sets) + ")";
        try (SqlSession.SqlRows result =
                session.query(checks.cells(relation) + " SELECT field, substr(value, 1, " + SHOWN + "), n FROM (SELECT"
                        + " field, value, n, row_number() OVER (PARTITION BY field ORDER BY n DESC, "
                        + sql.binaryOrder("value") + ") AS rank FROM (" + grouped + ") counted WHERE value IS NOT"
                        + " NULL) ranked WHERE rank <= " + TOP + " ORDER BY field, rank")) {
            while (result.next()) {
                byField.get(result.getInt(1)).top.add(new DataSummary.TopValue(result.getString(2), result.getLong(3)));
            }
        }
    }

    /**
     * The ten most frequent texts of one field of many values, counted exactly: its values hashed and the ten kept
     * as they come (a bounded sort), never a sort of every distinct value.
     */
    private void exactTop(SqlSession session, String relation, Measured one) throws SQLException {
        int i = one.field;
        try (SqlSession.SqlRows result = session.query(checks.cells(relation) + " SELECT substr(value, 1, " + SHOWN
                + "), n FROM (SELECT CASE WHEN v" + i + " IS NOT NULL THEN t" + i + " END AS value, count(*) AS n FROM"
                + " cells GROUP BY CASE WHEN v" + i + " IS NOT NULL THEN t" + i + " END) counted WHERE value IS NOT"
                + " NULL ORDER BY n DESC, " + sql.binaryOrder("value") + " LIMIT " + TOP)) {
            while (result.next()) {
                one.top.add(new DataSummary.TopValue(result.getString(1), result.getLong(2)));
            }
        }
    }

    /** Counts each candidate of each field exactly, in one query, and keeps them most frequent first. */
    private void countCandidates(SqlSession session, String relation, List<Measured> estimated) throws SQLException {
        List<String> counts = new ArrayList<>();
        for (Measured one : estimated) {
            for (Object candidate : one.candidates) {
                // Instants by value: their text would be formatted for every row.
                counts.add("sum(CASE WHEN "
                        + (fields.get(one.field).type().kind().isInstant()
                                ? "v" + one.field + " = " + instant(one.field, candidate)
                                : "v" + one.field + " IS NOT NULL AND t" + one.field + " = "
                                        + sql.text(String.valueOf(candidate)))
                        + " THEN 1 ELSE 0 END)");
            }
        }
        if (counts.isEmpty()) {
            return;
        }
        try (SqlSession.SqlRows result =
                session.query(checks.cells(relation) + " SELECT " + String.join(", ", counts) + " FROM cells")) {
            result.next();
            int column = 1;
            for (Measured one : estimated) {
                for (Object candidate : one.candidates) {
                    Object value = javaTime(candidate);
                    String text = value instanceof String given ? given : FieldType.text(value);
                    one.top.add(new DataSummary.TopValue(
                            text.length() > SHOWN ? text.substring(0, SHOWN) : text, result.getLong(column++)));
                }
                one.top.sort(java.util.Comparator.comparingLong(DataSummary.TopValue::count)
                        .reversed()
                        .thenComparing(DataSummary.TopValue::value));
            }
        }
    }

    /** A date or timestamp candidate as a literal of the field's type, whichever Java type the driver gave it as. */
    private String instant(int field, Object candidate) {
        Object value = javaTime(candidate);
        if (value instanceof java.time.LocalDate || value instanceof java.time.LocalDateTime) {
            return sql.literal(value);
        }
        String type = fields.get(field).type().kind() == SchemaType.DATE ? "DATE" : "TIMESTAMP";
        return "CAST(" + sql.text(String.valueOf(candidate)) + " AS " + type + ")";
    }

    /** A date or timestamp the driver gives as java.sql types, as java.time values; others as they are. */
    private static Object javaTime(Object value) {
        if (value instanceof java.sql.Timestamp time) {
            return time.toLocalDateTime();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return value;
    }

    /** A least or greatest value as profiles show it: integers and finite numbers as numbers, others as text. */
    private static Object shown(SchemaField field, Object value) {
        if (value == null) {
            return null;
        }
        SchemaType kind = field.type().kind();
        if (kind == SchemaType.INTEGER || kind == SchemaType.YEAR) {
            java.math.BigInteger big = new java.math.BigInteger(value.toString());
            return big.bitLength() < 64 ? (Object) big.longValue() : big.toString();
        }
        if (kind == SchemaType.NUMBER && value instanceof Number number) {
            double d = number.doubleValue() + 0.0;
            return Double.isFinite(d) ? d : FieldType.text(d);
        }
        if (value instanceof java.sql.Timestamp time) {
            return FieldType.text(time.toLocalDateTime());
        }
        if (value instanceof java.time.LocalDateTime time) {
            return FieldType.text(time);
        }
        return value.toString();
    }
}
