package io.github.mlgate.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profiles of a resource's fields as engine aggregates over the compiled checks' typed values ({@link
 * SqlChecks}): counts, missing and distinct values (exact), least and greatest values, and for numbers the mean,
 * sample standard deviation, quantiles (the engine's discrete quantile) and a histogram, and for other types the most
 * frequent values. Three queries per resource and one per non-numeric field, whatever its rows.
 */
final class SqlProfiles {

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

    /**
     * Profiles every field the checks read.
     *
     * @param statement where queries run
     * @param relation what the engine reads
     * @param rows the resource's rows
     * @return the profile
     * @throws SQLException when a query fails
     */
    DataSummary.Profile profile(Statement statement, String relation, long rows) throws SQLException {
        List<String> select = new ArrayList<>();
        List<Integer> read = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!checks.reads(i)) {
                continue;
            }
            read.add(i);
            SchemaType kind = fields.get(i).type().kind();
            boolean numeric = kind.isNumeric();
            String number = number(i);
            String finite = "CASE WHEN " + sql.isFinite(number) + " THEN " + number + " END";
            select.add("sum(m" + i + ")");
            select.add("count(v" + i + ")");
            select.add(
                    numeric || kind.isInstant()
                            ? "count(DISTINCT v" + i + ")"
                            : "count(DISTINCT CASE WHEN v" + i + " IS NOT NULL THEN t" + i + " END)");
            select.add(fields.get(i).type().isOrdered() ? "min(v" + i + ")" : "NULL");
            select.add(fields.get(i).type().isOrdered() ? "max(v" + i + ")" : "NULL");
            select.add(numeric ? "avg(" + finite + ")" : "NULL");
            select.add(numeric ? "stddev_samp(" + finite + ")" : "NULL");
            select.add(numeric ? "min(" + finite + ")" : "NULL");
            select.add(numeric ? "max(" + finite + ")" : "NULL");
            select.add(numeric ? "count(" + finite + ")" : "NULL");
            select.add(numeric ? sql.quantiles(finite, Distribution.QUANTILES) : "NULL");
        }
        List<DataSummary.Field> profiles = new ArrayList<>();
        if (read.isEmpty()) {
            return new DataSummary.Profile(resource.name(), rows, profiles);
        }
        int width = 11;
        try (ResultSet result = statement.executeQuery(
                checks.checked(relation) + " SELECT " + String.join(", ", select) + " FROM checked")) {
            result.next();
            for (int r = 0; r < read.size(); r++) {
                int i = read.get(r);
                int at = r * width + 1;
                profiles.add(field(statement, relation, i, result, at));
            }
        }
        return new DataSummary.Profile(resource.name(), rows, profiles);
    }

    private DataSummary.Field field(Statement statement, String relation, int i, ResultSet result, int at)
            throws SQLException {
        SchemaField field = fields.get(i);
        boolean numeric = field.type().kind().isNumeric();
        long missing = result.getLong(at);
        long values = result.getLong(at + 1);
        long distinct = result.getLong(at + 2);
        Object min = shown(field, result.getObject(at + 3));
        Object max = shown(field, result.getObject(at + 4));
        long finite = numeric ? result.getLong(at + 9) : 0;
        Double mean = null;
        Double std = null;
        Map<String, Double> quantiles = null;
        DataSummary.Histogram histogram = null;
        if (finite > 0) {
            mean = result.getDouble(at + 5);
            std = finite > 1 ? result.getDouble(at + 6) : 0.0;
            quantiles = new LinkedHashMap<>();
            Object[] values2 = (Object[]) result.getArray(at + 10).getArray();
            for (int q = 0; q < Distribution.QUANTILES.length; q++) {
                quantiles.put(Double.toString(Distribution.QUANTILES[q]), ((Number) values2[q]).doubleValue());
            }
            histogram = histogram(statement, relation, i, result.getDouble(at + 7), result.getDouble(at + 8), finite);
        }
        List<DataSummary.TopValue> top = !numeric && values > 0 ? top(statement, relation, i) : null;
        return new DataSummary.Field(
                field.name(),
                field.type().name(),
                missing + values,
                missing,
                distinct,
                true,
                min,
                max,
                mean,
                std,
                quantiles,
                histogram,
                top);
    }

    /** A field's typed value as a number of the engine's floating-point type. */
    private String number(int i) {
        return "CAST(v" + i + " AS " + sql.numberType() + ")";
    }

    /** Ten bins of equal width, each holding the numbers above its lower edge up to its upper one, as profiles do. */
    private DataSummary.Histogram histogram(
            Statement statement, String relation, int i, double min, double max, long count) throws SQLException {
        if (min == max) {
            return new DataSummary.Histogram(List.of(min, max), List.of(count), null);
        }
        List<Double> edges = new ArrayList<>();
        List<String> atMost = new ArrayList<>();
        edges.add(min);
        for (int b = 1; b < Distribution.BINS; b++) {
            double split = min + (max - min) * b / Distribution.BINS;
            edges.add(split);
            atMost.add("sum(CASE WHEN " + number(i) + " <= " + sql.literal(split) + " THEN 1 ELSE 0 END)");
        }
        edges.add(max);
        List<Long> counts = new ArrayList<>();
        try (Statement own = statement.getConnection().createStatement();
                ResultSet result = own.executeQuery(checks.checked(relation) + " SELECT " + String.join(", ", atMost)
                        + " FROM checked WHERE " + sql.isFinite(number(i)))) {
            result.next();
            long below = 0;
            for (int b = 1; b < Distribution.BINS; b++) {
                long upTo = result.getLong(b);
                counts.add(upTo - below);
                below = upTo;
            }
            counts.add(count - below);
        }
        return new DataSummary.Histogram(edges, counts, false);
    }

    /** The ten most frequent texts of valid values, most frequent first and ties in text order, as profiles do. */
    private List<DataSummary.TopValue> top(Statement statement, String relation, int i) throws SQLException {
        List<DataSummary.TopValue> top = new ArrayList<>();
        try (Statement own = statement.getConnection().createStatement();
                ResultSet result = own.executeQuery(checks.checked(relation) + " SELECT t" + i
                        + " AS value, count(*) AS n FROM checked WHERE v" + i + " IS NOT NULL GROUP BY t" + i
                        + " ORDER BY n DESC, value LIMIT 10")) {
            while (result.next()) {
                top.add(new DataSummary.TopValue(result.getString(1), result.getLong(2)));
            }
        }
        return top;
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
