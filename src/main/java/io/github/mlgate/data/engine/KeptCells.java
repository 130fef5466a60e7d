package io.github.mlgate.data.engine;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A resource's checked cells ({@link SqlChecks#cellsSelect}), computed in one scan of the data and kept in the engine,
 * so that the checks and every profile query after them read typed values and error codes rather than parse each cell
 * again: DuckDB keeps them in a temporary table, PostgreSQL in a temporary table whose columns the gate defines and the
 * read-only session then fills. Dropped when the resource is done. Spark keeps none ({@link SqlDialect#keepsCells}).
 */
final class KeptCells implements AutoCloseable {

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A type name PostgreSQL gave that a definition may quote as it is: a name, never SQL. */
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final SqlSession session;
    private final SqlDialect sql;
    private final String table;
    private final long rows;

    private KeptCells(SqlSession session, SqlDialect sql, String table, long rows) {
        this.session = session;
        this.sql = sql;
        this.table = table;
        this.rows = rows;
    }

    /**
     * Computes the cells once and keeps them.
     *
     * @param session where they are computed
     * @param sql the engine's dialect
     * @param checks the compiled checks, whose cells are kept
     * @param relation what the engine reads
     * @param files whether it reads Parquet files, rather than a table or a query
     * @return the kept cells, or null when keeping them would not pay (Parquet files of mostly typed columns) or this
     *     engine cannot keep them (a PostgreSQL column of a type the gate cannot name in a definition, such as a type
     *     of another schema): every query then computes them from the data again
     * @throws SQLException when the engine fails to compute them
     */
    static KeptCells keep(SqlSession session, SqlDialect sql, SqlChecks checks, String relation, boolean files)
            throws SQLException {
        if (!sql.keepsCells() || files && 2 * checks.parsedFromText() < checks.read()) {
            // Engines read typed Parquet columns again faster than they copy them: on 1,000,000 rows with one field of
            // thirteen parsed from text, keeping took DuckDB 3.6-3.9 s against 3.1-3.4 s; with ten of thirteen, 5.3-6.2
            // s against 6.5-8.5 s. Tables and queries are always kept: each statement would otherwise number their
            // rows again.
            return null;
        }
        String select = checks.cellsSelect(relation);
        List<String> joined = checks.joined();
        String name = "mlgate_cells_" + NEXT.incrementAndGet();
        if (!(sql instanceof PostgresDialect)) {
            String table = sql.name(name);
            session.execute("CREATE TEMPORARY TABLE " + table + " AS " + select);
            return new KeptCells(session, sql, table, count(session, table));
        }
        String table = "pg_temp." + sql.name(name);
        List<String> columns = new ArrayList<>();
        try (SqlSession.SqlRows shape = session.query("SELECT * FROM (" + select + ") cells LIMIT 0")) {
            for (int c = 1; c <= shape.columnCount(); c++) {
                String type = shape.columnTypeName(c);
                if (type == null || !TYPE_NAME.matcher(type).matches()) {
                    return null;
                }
                columns.add(sql.name(shape.columnName(c)) + " " + sql.name(type));
            }
        }
        try {
            // The definition holds no SQL of the data package; the rows come from a query of the read-only session.
            session.define("CREATE TEMPORARY TABLE " + table + " (" + String.join(", ", columns) + ")");
        } catch (SQLException e) {
            return null; // A type of a schema not on the session's search path: the checks read the data as they are.
        }
        long rows = session.execute("INSERT INTO " + table + " " + select);
        // The planner's statistics of the columns the checks group and join on (a sample of each), so that they are
        // planned on them: the checks over 200,000 kept rows took 8.5 s without them (and with JIT on), 0.9 s with.
        session.execute("ANALYZE " + table + " ("
                + String.join(", ", joined.stream().map(sql::name).toList()) + ")");
        return new KeptCells(session, sql, table, rows >= 0 ? rows : count(session, table));
    }

    private static long count(SqlSession session, String table) throws SQLException {
        try (SqlSession.SqlRows result = session.query("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The kept cells' table, quoted, for a query's FROM. */
    String table() {
        return table;
    }

    /** The resource's rows: the kept cells'. */
    long rows() {
        return rows;
    }

    /** Drops the cells: the session may go on to other resources, and an engine holds them in memory. */
    @Override
    public void close() throws SQLException {
        if (sql instanceof PostgresDialect) {
            session.define("DROP TABLE IF EXISTS " + table);
        } else {
            session.execute("DROP TABLE IF EXISTS " + table);
        }
    }
}
