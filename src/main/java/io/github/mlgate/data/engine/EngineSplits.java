package io.github.mlgate.data.engine;

import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.EngineSpec;
import io.github.mlgate.data.resource.Splits;
import io.github.mlgate.data.split.SplitChecks;
import io.github.mlgate.data.split.SplitCollector;
import io.github.mlgate.data.stream.CellCaster;
import io.github.mlgate.gate.Findings;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the split checks need of splits an engine reads, computed where the data are: each split's rows, label counts
 * and earliest and latest time, and for each two splits the samples they share (by key, or whole rows), with the
 * first few as examples. Only those numbers and examples come back; {@link SplitChecks} judges them as it judges the
 * streaming gate's.
 */
public final class EngineSplits {

    private static final int EXAMPLES = 3;

    private EngineSplits() {}

    /** A split an engine reads: its relation and compiled checks, and how its rows are named. */
    private record Split(DataResource resource, String relation, SqlChecks checks) {}

    /**
     * Collects the splits' numbers through their engine.
     *
     * @param splits the splits section
     * @param byRole each split's resource, all read by one engine, in role order
     * @param sessions where the engine's session comes from
     * @param shared where each pair's shared samples go, keyed by {@link SplitChecks#pair}
     * @param findings where an engine that fails goes, as a {@code source-error}
     * @return what was collected of each split, by role; empty after an error
     */
    public static Map<String, SplitCollector> collect(
            Splits splits,
            Map<String, DataResource> byRole,
            Sessions sessions,
            Map<String, SplitChecks.Shared> shared,
            Findings findings) {
        Map<String, SplitCollector> collected = new LinkedHashMap<>();
        EngineSpec engine = byRole.values().iterator().next().engine().engine();
        SqlDialect sql = SqlDialect.of(engine);
        try (SqlSession session = sessions.session(engine)) {
            Map<String, Split> read = new LinkedHashMap<>();
            for (Map.Entry<String, DataResource> role : byRole.entrySet()) {
                DataResource resource = role.getValue();
                EngineValidator.Read from = EngineValidator.read(session, sql, resource);
                SqlChecks.Column[] columns = EngineValidator.matched(resource, from.columns());
                Split split = new Split(
                        resource,
                        EngineValidator.numbered(sql, resource, from, columns),
                        new SqlChecks(sql, resource.schema(), columns, from.reserved()));
                read.put(role.getKey(), split);
                collected.put(role.getKey(), numbers(session, splits, split));
            }
            List<String> roles = new ArrayList<>(read.keySet());
            for (int a = 0; a < roles.size(); a++) {
                for (int b = a + 1; b < roles.size(); b++) {
                    shared.put(
                            SplitChecks.pair(roles.get(a), roles.get(b)),
                            shared(
                                    session,
                                    splits,
                                    roles.get(a),
                                    read.get(roles.get(a)),
                                    roles.get(b),
                                    read.get(roles.get(b))));
                }
            }
        } catch (EngineException e) {
            findings.error("source-error", "The splits cannot be checked: " + e.getMessage(), splits.location());
            return Map.of();
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            findings.error(
                    "source-error",
                    "The splits cannot be checked by the " + engine.shown() + ": "
                            + message.strip().lines().findFirst().orElse(""),
                    splits.location());
            return Map.of();
        }
        return collected;
    }

    /** A split's rows, label counts and earliest and latest time. */
    @SuppressWarnings("unchecked")
    private static SplitCollector numbers(SqlSession session, Splits splits, Split split) throws SQLException {
        SplitCollector collector = new SplitCollector();
        int time = splits.timeField() == null ? -1 : split.resource().schema().indexOf(splits.timeField());
        String value = time < 0 ? null : split.checks().value(time);
        try (SqlSession.SqlRows result = session.query("SELECT count(*), "
                + (value == null ? "NULL, NULL" : "min(" + value + "), max(" + value + ")") + " FROM "
                + split.relation() + " AS source")) {
            result.next();
            collector.rows = result.getLong(1);
            collector.earliest = (Comparable<Object>) result.getObject(2);
            collector.latest = (Comparable<Object>) result.getObject(3);
        }
        int label = splits.label() == null ? -1 : split.resource().schema().indexOf(splits.label());
        String text = label < 0 ? null : split.checks().text(label);
        if (text != null) {
            // Missing labels count as the empty text, as the streaming gate reads a missing cell's text.
            try (SqlSession.SqlRows result = session.query("SELECT coalesce(" + text + ", ''), count(*) FROM "
                    + split.relation() + " AS source GROUP BY coalesce(" + text + ", '')")) {
                while (result.next()) {
                    collector.labels.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return collector;
    }

    /**
     * The distinct samples of the first split that the second has too, and the first few, in the first split's row
     * order, each with the second split's first row of it.
     */
    private static SplitChecks.Shared shared(
            SqlSession session, Splits splits, String firstRole, Split first, String secondRole, Split second)
            throws SQLException {
        String query = "WITH a AS (" + keyed(splits, first) + "), b AS (" + keyed(splits, second)
                + "), ak AS (SELECT k, min(o) AS o FROM a GROUP BY k), bk AS (SELECT k, min(o) AS o FROM b GROUP BY"
                + " k), shared AS (SELECT ak.o AS ao, bk.o AS bo FROM ak JOIN bk ON ak.k = bk.k) SELECT 0 AS kind,"
                + " x.ao, x.bo, a1.kt, b1.kt FROM (SELECT * FROM shared ORDER BY ao LIMIT " + EXAMPLES + ") x LEFT"
                + " JOIN a a1 ON a1.o = x.ao LEFT JOIN b b1 ON b1.o = x.bo UNION ALL SELECT 1, count(*), NULL, NULL,"
                + " NULL FROM shared ORDER BY 1, 2";
        long count = 0;
        List<String> examples = new ArrayList<>();
        try (SqlSession.SqlRows result = session.query(query)) {
            while (result.next()) {
                if (result.getInt(1) == 1) {
                    count = result.getLong(2);
                    continue;
                }
                examples.add(firstRole + " " + row(first, result.getLong(2), result.getString(4)) + " and " + secondRole
                        + " " + row(second, result.getLong(3), result.getString(5)));
            }
        }
        return new SplitChecks.Shared(count, examples);
    }

    /** A split's rows with their key ({@code k}), order key ({@code o}) and primary key's text ({@code kt}). */
    private static String keyed(Splits splits, Split split) {
        int[] key = splits.key().stream()
                .mapToInt(split.resource().schema()::indexOf)
                .toArray();
        String primaryKey = split.checks().keyTextOrNull();
        return "SELECT " + split.checks().splitKey(key) + " AS k, "
                + split.checks().orderKey() + " AS o, " + (primaryKey == null ? "NULL" : primaryKey) + " AS kt FROM "
                + split.relation() + " AS source";
    }

    /** A row as examples name it: by number (and file) in files, by primary key in tables. */
    private static String row(Split split, long order, String primaryKey) {
        DataResource resource = split.resource();
        if (resource.engine().readsFiles()) {
            long row = order % SqlChecks.ROWS_PER_FILE + 2;
            return "row " + row
                    + (resource.shown().size() > 1
                            ? " of " + resource.shown().get((int) (order / SqlChecks.ROWS_PER_FILE))
                            : "");
        }
        if (primaryKey == null) {
            return "a row";
        }
        List<String> parts = new ArrayList<>();
        String[] values = primaryKey.split(SqlChecks.KEY_SEPARATOR, -1);
        for (int k = 0; k < values.length; k++) {
            parts.add(resource.schema().primaryKey().get(k) + " = '" + CellCaster.shown(values[k]) + "'");
        }
        return "the row where " + String.join(" and ", parts);
    }
}
