package io.github.mlgate.data.engine;

import io.github.mlgate.data.resource.DataProgress;
import java.sql.SQLException;

/**
 * A session that reports each statement it runs for a resource, with the time the engine took to answer it ({@link
 * DataProgress#statement}): for a query, until its first rows came back, which for the gate's aggregates is the whole
 * of its work.
 */
final class TimedSession implements SqlSession {

    private final SqlSession session;
    private final String resource;
    private final DataProgress listener;

    TimedSession(SqlSession session, String resource, DataProgress listener) {
        this.session = session;
        this.resource = resource;
        this.listener = listener;
    }

    /** A statement's work, timed. */
    @FunctionalInterface
    private interface Statement<T> {
        T run() throws SQLException;
    }

    private <T> T timed(String sql, Statement<T> statement) throws SQLException {
        long start = System.nanoTime();
        try {
            return statement.run();
        } finally {
            listener.statement(resource, sql, (System.nanoTime() - start) / 1e9);
        }
    }

    @Override
    public SqlRows query(String sql) throws SQLException {
        return timed(sql, () -> session.query(sql));
    }

    @Override
    public long execute(String sql) throws SQLException {
        return timed(sql, () -> session.execute(sql));
    }

    @Override
    public void define(String sql) throws SQLException {
        timed(sql, () -> {
            session.define(sql);
            return null;
        });
    }

    @Override
    public String vet(String query) throws SQLException {
        return session.vet(query);
    }

    @Override
    public void close() {
        session.close();
    }
}
