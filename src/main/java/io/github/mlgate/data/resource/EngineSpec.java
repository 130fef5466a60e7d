package io.github.mlgate.data.resource;

import io.github.mlgate.gate.Location;
import java.util.Map;

/**
 * An engine that checks resources where their data live, as the data package's {@code mlgate.engines} declares it
 * ({@code docs/engines.md}). Credentials are never part of it: only where to find them.
 *
 * @param name the engine's name, by which resources name it
 * @param kind what kind of engine ({@link EngineKind}): DuckDB (embedded, in this JVM), PostgreSQL, another JDBC
 *     database or Spark, as {@link EngineKind#of} chose it when the descriptor was read
 * @param url where it is: a JDBC URL, or for DuckDB a database file (the default, in memory, reads files only)
 * @param server the id of the {@code <server>} in Maven's {@code settings.xml} that holds the user and password, or
 *     null
 * @param userEnv the environment variable that holds the user, or null
 * @param passwordEnv the environment variable that holds the password, or null
 * @param options the engine's own options: JDBC connection properties, or Spark configuration entries
 * @param location where the descriptor declares it
 * @param inBuild whether the build declares it (the plugin's {@code <engines>} in the pom), where settings that run
 *     code or reach outside the project are the build's own; false for an engine of the data package, which is data
 *     ({@code engine.DescriptorEngineRules})
 */
public record EngineSpec(
        String name,
        EngineKind kind,
        String url,
        String server,
        String userEnv,
        String passwordEnv,
        Map<String, String> options,
        Location location,
        boolean inBuild) {

    /** Copies the options. */
    public EngineSpec {
        options = Map.copyOf(options);
    }

    /**
     * The engine a Parquet resource is read with when it names none: DuckDB, in memory.
     *
     * @param location where the resource is described
     * @return the engine
     */
    public static EngineSpec embedded(Location location) {
        return new EngineSpec("duckdb", EngineKind.DUCKDB, null, null, null, null, Map.of(), location, false);
    }

    /**
     * The engine as findings name it: its name, type and URL, with any credentials in the URL left out ({@link
     * UrlSecrets}).
     *
     * @return for example {@code engine 'warehouse' (jdbc, jdbc:postgresql://db:5432/ml)}
     */
    public String shown() {
        String where = url == null ? "" : ", " + UrlSecrets.mask(url);
        return "engine '" + name + "' (" + kind.type() + where + ")";
    }
}
