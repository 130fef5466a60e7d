package io.github.mlgate.data.engine;

import io.github.mlgate.data.resource.EngineSpec;

/**
 * Where the engine checks get their sessions: the data gate shares one per engine for a whole run, so a Spark driver
 * JVM starts once, not once per resource. The gate chooses the driver (JDBC, DuckDB in its sandbox, Spark); the checks
 * here only query.
 */
@FunctionalInterface
public interface Sessions {

    /**
     * The engine's session.
     *
     * @param engine the engine
     * @return the session, which the caller closes (a shared session stays open for the run)
     * @throws EngineException when the engine cannot be reached or started
     */
    SqlSession session(EngineSpec engine) throws EngineException;
}
