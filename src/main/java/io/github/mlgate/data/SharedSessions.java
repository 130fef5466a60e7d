package io.github.mlgate.data;

import io.github.mlgate.data.engine.EngineException;
import io.github.mlgate.data.engine.Sessions;
import io.github.mlgate.data.engine.SqlEngines;
import io.github.mlgate.data.engine.SqlSession;
import io.github.mlgate.data.engine.duckdb.DuckDbSandbox;
import io.github.mlgate.data.engine.jdbc.JdbcSession;
import io.github.mlgate.data.engine.spark.SparkFork;
import io.github.mlgate.data.resource.EngineKind;
import io.github.mlgate.data.resource.EngineSpec;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One session per engine for one run of the data gate: the resources, foreign keys and splits an engine reads share
 * it, so a Spark driver JVM and its session start once, not once per resource. Closing a session a caller was given
 * leaves it open; the gate closes them all when it is done.
 */
public final class SharedSessions implements Sessions, AutoCloseable {

    private final SqlEngines engines;
    private final Map<String, SqlSession> open = new LinkedHashMap<>();
    private final Map<String, EngineException> failed = new LinkedHashMap<>();
    private DuckDbSandbox sandbox;
    private final java.nio.file.Path scratch;

    /**
     * Shares the sessions of some engines.
     *
     * @param engines what opens them
     * @param sandbox the boundary every embedded DuckDB keeps
     * @param scratch where the engines the build starts write beside themselves (a Spark driver's working folder), or
     *     null for a temporary folder
     */
    SharedSessions(SqlEngines engines, DuckDbSandbox sandbox, java.nio.file.Path scratch) {
        this.engines = engines;
        this.sandbox = sandbox;
        this.scratch = scratch;
    }

    /**
     * Lets the embedded DuckDB sessions opened from now on read these files too, where they are.
     *
     * @param files files the build lets the data package name outside the project
     */
    void allowing(List<java.nio.file.Path> files) {
        sandbox = sandbox.allowing(files);
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
                session = engine.kind() == EngineKind.DUCKDB ? sandboxed(engine) : open(engines, engine, scratch);
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
            public String vet(String query) throws java.sql.SQLException {
                return shared.vet(query);
            }

            @Override
            public long execute(String sql) throws java.sql.SQLException {
                return shared.execute(sql);
            }

            @Override
            public void define(String sql) throws java.sql.SQLException {
                shared.define(sql);
            }

            @Override
            public void close() {
                // Kept for the other resources of this run; closed by the gate.
            }
        };
    }

    /**
     * Opens a session of its own where the compiled checks run: a Spark driver JVM for a Spark engine, working in
     * {@code scratch/spark.tmp} (Spark writes its {@code spark-warehouse} and scratch files beside itself), else a
     * JDBC connection.
     *
     * @param engines what connects to the engines and finds Spark
     * @param engine the engine
     * @param scratch the build's output directory, or null for a temporary folder
     * @return the session, which the caller closes
     * @throws EngineException when the engine cannot be reached or started
     */
    public static SqlSession open(SqlEngines engines, EngineSpec engine, java.nio.file.Path scratch)
            throws EngineException {
        if (engine.kind() == EngineKind.SPARK) {
            java.nio.file.Path work;
            try {
                work = scratch != null
                        ? scratch.resolve("spark.tmp")
                        : java.nio.file.Files.createTempDirectory("mlgate-spark");
            } catch (java.io.IOException e) {
                throw new EngineException("The " + engine.shown() + " cannot make a working folder for its Spark"
                        + " driver: " + e.getMessage());
            }
            return SparkFork.start(engine, engines.sparkClassPath(engine), work);
        }
        return new JdbcSession(engines.connect(engine));
    }

    /** An embedded DuckDB inside its sandbox, set before anything of the data package runs in it. */
    private SqlSession sandboxed(EngineSpec engine) throws EngineException {
        Connection connection = engines.connect(engine);
        try {
            sandbox.apply(connection);
        } catch (java.sql.SQLException e) {
            try {
                connection.close();
            } catch (java.sql.SQLException ignored) {
                // Not used: the engine is reported as not to be started.
            }
            throw new EngineException("The " + engine.shown() + " cannot be confined to the project's data (DuckDB"
                    + " refused a setting of its sandbox, as drivers older than 1.2 do): "
                    + io.github.mlgate.gate.Printable.firstLine(
                            e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        return new JdbcSession(connection, EngineKind.DUCKDB);
    }

    /** Closes every session opened. */
    @Override
    public void close() {
        open.values().forEach(SqlSession::close);
        open.clear();
    }
}
