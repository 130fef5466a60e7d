package io.github.mlgate.data;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One session per engine for one run of the data gate: the resources, foreign keys and splits an engine reads share
 * it, so a Spark driver JVM and its session start once, not once per resource. Closing a session a caller was given
 * leaves it open; the gate closes them all when it is done.
 */
final class SharedSessions implements SqlEngines, AutoCloseable {

    private final SqlEngines engines;
    private final Map<String, SqlSession> open = new LinkedHashMap<>();
    private final Map<String, EngineException> failed = new LinkedHashMap<>();

    /**
     * Shares the sessions of some engines.
     *
     * @param engines what opens them
     */
    SharedSessions(SqlEngines engines) {
        this.engines = engines;
    }

    @Override
    public Connection connect(EngineSpec engine) throws EngineException {
        return engines.connect(engine);
    }

    @Override
    public Map<String, com.fasterxml.jackson.databind.JsonNode> configured() {
        return engines.configured();
    }

    @Override
    public List<java.nio.file.Path> sparkClassPath(EngineSpec engine) throws EngineException {
        return engines.sparkClassPath(engine);
    }

    /** The engine's session, opened the first time; an engine that could not be opened is not tried again. */
    @Override
    public SqlSession session(EngineSpec engine) throws EngineException {
        String key = engine.name();
        if (failed.containsKey(key)) {
            throw failed.get(key);
        }
        SqlSession session = open.get(key);
        if (session == null) {
            try {
                session = engines.session(engine);
            } catch (EngineException e) {
                failed.put(key, e);
                throw e;
            }
            open.put(key, session);
        }
        SqlSession shared = session;
        return new SqlSession() {
            @Override
            public SqlRows query(String sql) throws java.sql.SQLException {
                return shared.query(sql);
            }

            @Override
            public void close() {
                // Kept for the other resources of this run; closed by the gate.
            }
        };
    }

    /** Closes every session opened. */
    @Override
    public void close() {
        open.values().forEach(SqlSession::close);
        open.clear();
    }
}
