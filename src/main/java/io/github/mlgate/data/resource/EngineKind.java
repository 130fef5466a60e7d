package io.github.mlgate.data.resource;

import java.util.List;

/**
 * What kind of engine a descriptor's engine is, chosen once when the descriptor is read: from its {@code type}, and
 * for a {@code jdbc} engine from its URL. Everything that differs between engines (the dialect, the driver, the
 * sandbox, what a descriptor may set) switches on this, never on the text a user wrote.
 */
public enum EngineKind {

    /** DuckDB, embedded: reads Parquet files, and a DuckDB database file under a {@code jdbc:duckdb:} URL. */
    DUCKDB("duckdb"),

    /** PostgreSQL through its JDBC driver: a {@code jdbc} engine whose URL starts {@code jdbc:postgresql:}. */
    POSTGRES("jdbc"),

    /** Any other database with a JDBC driver: its rows are read through JDBC and checked as a file's rows are. */
    JDBC("jdbc"),

    /** Apache Spark, in a driver JVM of its own. */
    SPARK("spark");

    /** The types a descriptor may give an engine, as users write them. */
    public static final List<String> TYPES = List.of("duckdb", "jdbc", "spark");

    private final String type;

    EngineKind(String type) {
        this.type = type;
    }

    /**
     * The kind of an engine a descriptor declares.
     *
     * @param type the engine's {@code type}, one of {@link #TYPES}
     * @param url the engine's URL, or null
     * @return the kind, or null for a type that is none of {@link #TYPES}
     */
    public static EngineKind of(String type, String url) {
        return switch (type) {
            case "duckdb" -> DUCKDB;
            case "spark" -> SPARK;
            case "jdbc" -> url != null && url.startsWith("jdbc:postgresql:") ? POSTGRES : JDBC;
            default -> null;
        };
    }

    /**
     * The type as the descriptor writes it.
     *
     * @return {@code duckdb}, {@code jdbc} or {@code spark}
     */
    public String type() {
        return type;
    }

    /** Whether the engine is reached through a JDBC URL the descriptor gives: PostgreSQL or another database. */
    public boolean isJdbc() {
        return this == POSTGRES || this == JDBC;
    }
}
