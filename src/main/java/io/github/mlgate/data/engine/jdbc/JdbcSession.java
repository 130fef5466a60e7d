package io.github.mlgate.data.engine.jdbc;

import io.github.mlgate.data.engine.ColumnKind;
import io.github.mlgate.data.engine.SqlDialect;
import io.github.mlgate.data.engine.SqlSession;
import io.github.mlgate.data.resource.EngineKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/** The compiled checks run through a JDBC connection: DuckDB in this JVM, or a database server. */
public final class JdbcSession implements SqlSession {

    private final Connection connection;
    private final EngineKind kind;

    /** The statement last run, which the cancelling hook stops if the build ends while it runs. */
    private volatile Statement running;

    /**
     * Cancels the running query when the build's JVM is ended (Ctrl-C, a CI job's timeout): a database server would
     * otherwise run it on for a client that is gone. An embedded DuckDB ends with the JVM and needs none.
     */
    private final Thread cancelling;

    /** The rows a driver is asked to fetch a round trip. */
    static final int FETCH_SIZE = 10_000;

    /**
     * Wraps a connection, which the session closes.
     *
     * @param connection the connection
     */
    public JdbcSession(Connection connection) {
        this(connection, EngineKind.JDBC);
    }

    /**
     * Wraps a connection to an engine of a kind, which the session closes.
     *
     * @param connection the connection
     * @param kind the engine's kind: {@link EngineKind#DUCKDB} vets queries with DuckDB's parser
     */
    public JdbcSession(Connection connection, EngineKind kind) {
        this.connection = connection;
        this.kind = kind;
        if (kind == EngineKind.DUCKDB) {
            cancelling = null;
        } else {
            cancelling = new Thread(this::cancel, "mlgate-cancel-query");
            Runtime.getRuntime().addShutdownHook(cancelling);
        }
    }

    private void cancel() {
        Statement statement = running;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException | RuntimeException e) {
                // The JVM is ending: the server's own timeouts end the query ({@link SqlEngines#QUERY_SECONDS}).
            }
        }
    }

    /** DuckDB parses the query into its statements ({@code json_serialize_sql}), which serializes SELECTs alone. */
    @Override
    public String vet(String query) throws SQLException {
        if (kind != EngineKind.DUCKDB) {
            return null;
        }
        String parsed;
        try (SqlRows rows = query("SELECT json_serialize_sql(" + SqlDialect.DUCKDB.text(query) + ")")) {
            rows.next();
            parsed = rows.getString(1);
        }
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(parsed);
        } catch (java.io.IOException e) {
            return "cannot be parsed by DuckDB.";
        }
        if (tree.path("error").asBoolean(true)) {
            String why = tree.path("error_message").asText("");
            return why.startsWith("Only SELECT statements")
                    ? "is not a SELECT statement, as DuckDB parses it: a query only reads."
                    : "cannot be parsed by DuckDB: " + io.github.mlgate.gate.Printable.firstLine(why);
        }
        int statements = tree.path("statements").size();
        return statements == 1
                ? null
                : "holds " + statements + " statements, as DuckDB parses it: a query is one SELECT statement.";
    }

    @Override
    public SqlRows query(String sql) throws SQLException {
        // One statement per query: a later query on a statement closes the rows of the one before.
        Statement statement = connection.createStatement();
        try {
            // Rows read one by one come in pages of this many, where the driver takes the hint (Oracle's default is
            // 10 rows a round trip); the checks' own results are a few rows.
            statement.setFetchSize(FETCH_SIZE);
            running = statement;
            return new Rows(statement, statement.executeQuery(sql));
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    @Override
    public long execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            running = statement;
            return statement.execute(sql) ? -1 : statement.getLargeUpdateCount();
        }
    }

    @Override
    public void define(String sql) throws SQLException {
        boolean readOnly = connection.isReadOnly();
        if (readOnly) {
            connection.setReadOnly(false);
        }
        try {
            execute(sql);
        } finally {
            if (readOnly) {
                connection.setReadOnly(true);
            }
        }
    }

    @Override
    public void close() {
        if (cancelling != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(cancelling);
            } catch (IllegalStateException e) {
                // The JVM is already ending: the hook runs, and finds the connection closed.
            }
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing the gate could still do about it: its results are read.
        }
    }

    private record Rows(Statement statement, ResultSet result) implements SqlRows {

        @Override
        public boolean next() throws SQLException {
            return result.next();
        }

        @Override
        public Object getObject(int column) throws SQLException {
            Object value = result.getObject(column);
            if (value instanceof java.sql.Timestamp time) {
                if (result.getMetaData().getColumnType(column) == java.sql.Types.TIMESTAMP_WITH_TIMEZONE
                        || "timestamptz".equalsIgnoreCase(result.getMetaData().getColumnTypeName(column))) {
                    // An instant, shown in UTC whatever the build machine's zone.
                    return time.toInstant().atOffset(java.time.ZoneOffset.UTC).toLocalDateTime();
                }
                return time.toLocalDateTime();
            }
            if (value instanceof java.sql.Date date) {
                return date.toLocalDate();
            }
            return value;
        }

        @Override
        public long getLong(int column) throws SQLException {
            return result.getLong(column);
        }

        @Override
        public double getDouble(int column) throws SQLException {
            return result.getDouble(column);
        }

        @Override
        public String getString(int column) throws SQLException {
            return result.getString(column);
        }

        @Override
        public Object[] getArray(int column) throws SQLException {
            java.sql.Array array = result.getArray(column);
            return array == null ? null : (Object[]) array.getArray();
        }

        @Override
        public int columnCount() throws SQLException {
            return result.getMetaData().getColumnCount();
        }

        @Override
        public String columnName(int column) throws SQLException {
            return result.getMetaData().getColumnLabel(column);
        }

        @Override
        public ColumnKind columnKind(int column) throws SQLException {
            ResultSetMetaData meta = result.getMetaData();
            return ColumnKind.of(meta.getColumnType(column), meta.getColumnTypeName(column), meta.getScale(column));
        }

        @Override
        public String columnTypeName(int column) throws SQLException {
            return result.getMetaData().getColumnTypeName(column);
        }

        @Override
        public void close() throws SQLException {
            try {
                result.close();
            } finally {
                statement.close();
            }
        }
    }
}
