package io.github.mlgate.data.engine;

import java.sql.SQLException;

/**
 * Where the compiled checks run: a JDBC connection ({@code jdbc.JdbcSession}) or a Spark driver in its own JVM ({@code
 * spark.SparkFork}). Only what the checks and profiles read is here, so every engine answers them alike.
 */
public interface SqlSession extends AutoCloseable {

    /**
     * Runs a query.
     *
     * @param sql the query
     * @return its rows, which the caller closes
     * @throws SQLException when the engine rejects or fails the query; the message is the engine's
     */
    SqlRows query(String sql) throws SQLException;

    /**
     * Asks the engine's own parser whether a query of the data package is one SELECT statement that reads only what
     * the data package may read, before the query runs anywhere.
     *
     * @param query the query as the data package gives it
     * @return why the engine will not run it, or null when it will (or the engine has no such parser: the query then
     *     runs as a subquery, which holds one statement, on a read-only connection)
     * @throws SQLException when the engine cannot be asked
     */
    default String vet(String query) throws SQLException {
        return null;
    }

    /**
     * Runs a statement of the gate's own that gives no rows: keeping a resource's checked cells for the queries after
     * it ({@link KeptCells}), and dropping them.
     *
     * @param sql the statement
     * @return the rows it changed, where the engine says; -1 where it does not
     * @throws SQLException when the engine rejects or fails it
     */
    default long execute(String sql) throws SQLException {
        try (SqlRows rows = query(sql)) {
            while (rows.next()) {
                // An engine that answers a statement with rows: they are not needed.
            }
        }
        return -1;
    }

    /**
     * Runs one statement of the gate's own that defines or drops a temporary table, where the session is otherwise
     * read-only (PostgreSQL refuses {@code CREATE} and {@code DROP} in a read-only transaction, even of a temporary
     * table). Only statements the gate writes whole run here: never one that holds a query of the data package.
     *
     * @param sql the statement
     * @throws SQLException when the engine rejects or fails it
     */
    default void define(String sql) throws SQLException {
        execute(sql);
    }

    /** Ends the session: closes the connection, or stops the driver JVM. */
    @Override
    void close();

    /**
     * The rows of a query, read forwards. Columns are numbered from 1, as in JDBC.
     */
    interface SqlRows extends AutoCloseable {

        /**
         * Moves to the next row.
         *
         * @return false after the last one
         * @throws SQLException when the engine fails while producing it
         */
        boolean next() throws SQLException;

        /**
         * A value as it came, or null: numbers, text, booleans, {@link java.time.LocalDate} or {@link
         * java.time.LocalDateTime} (JDBC drivers may give {@code java.sql} dates and timestamps), arrays.
         *
         * @param column the column, from 1
         * @return the value
         * @throws SQLException when the column does not exist
         */
        Object getObject(int column) throws SQLException;

        /**
         * A value as a whole number, 0 when null.
         *
         * @param column the column, from 1
         * @return the number
         * @throws SQLException when the value is not a number
         */
        long getLong(int column) throws SQLException;

        /**
         * A value as a whole number, 0 when null.
         *
         * @param column the column, from 1
         * @return the number
         * @throws SQLException when the value is not a number
         */
        default int getInt(int column) throws SQLException {
            return Math.toIntExact(getLong(column));
        }

        /**
         * A value as a floating-point number, 0 when null.
         *
         * @param column the column, from 1
         * @return the number
         * @throws SQLException when the value is not a number
         */
        double getDouble(int column) throws SQLException;

        /**
         * A value as text, or null.
         *
         * @param column the column, from 1
         * @return the text
         * @throws SQLException when the column does not exist
         */
        default String getString(int column) throws SQLException {
            Object value = getObject(column);
            return value == null ? null : value.toString();
        }

        /**
         * An array value's elements, or null.
         *
         * @param column the column, from 1
         * @return the elements
         * @throws SQLException when the value is not an array
         */
        Object[] getArray(int column) throws SQLException;

        /** The number of columns. */
        int columnCount() throws SQLException;

        /**
         * A column's name.
         *
         * @param column the column, from 1
         * @return its name
         * @throws SQLException when the column does not exist
         */
        String columnName(int column) throws SQLException;

        /**
         * What a column holds, as the compiled checks read it.
         *
         * @param column the column, from 1
         * @return its kind
         * @throws SQLException when the column does not exist
         */
        ColumnKind columnKind(int column) throws SQLException;

        /**
         * The engine's name of a column's type, for messages.
         *
         * @param column the column, from 1
         * @return for example {@code VARCHAR} or {@code decimal(10,2)}
         * @throws SQLException when the column does not exist
         */
        String columnTypeName(int column) throws SQLException;

        @Override
        void close() throws SQLException;
    }
}
