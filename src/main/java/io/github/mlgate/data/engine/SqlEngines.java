package io.github.mlgate.data.engine;

import io.github.mlgate.data.resource.EngineKind;
import io.github.mlgate.data.resource.EngineSpec;
import io.github.mlgate.data.resource.UrlSecrets;
import io.github.mlgate.gate.Service;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Opens connections to the engines a data package declares. The Maven adapter resolves each engine's driver on
 * demand, so builds that never use an engine never download it; without it, drivers on the plugin's own class path
 * (a {@code <dependency>} of the plugin) serve.
 */
public interface SqlEngines extends Service {

    /**
     * Opens a connection to an engine.
     *
     * @param engine the engine
     * @return an open connection, which the caller closes
     * @throws EngineException when the engine's driver cannot be found or loaded, or the connection fails; the message
     *     names the engine and its URL, never a credential
     */
    Connection connect(EngineSpec engine) throws EngineException;

    /**
     * The jars a Spark engine's driver JVM runs on: Spark's own, without the plugin's libraries.
     *
     * @param engine the Spark engine
     * @return the jars
     * @throws EngineException when Spark cannot be found or resolved
     */
    default List<Path> sparkClassPath(EngineSpec engine) throws EngineException {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(Path::of)
                .toList();
    }

    /**
     * The engines the build configures (the plugin's {@code <engines>}), by name, each as the descriptor's {@code
     * mlgate.engines} would declare it; they replace the descriptor's engines of the same name.
     *
     * @return the engines; none by default
     */
    default Map<String, com.fasterxml.jackson.databind.JsonNode> configured() {
        return Map.of();
    }

    /**
     * Drivers found on the plugin's own class path, and Spark on this JVM's class path (as in tests); credentials
     * from environment variables only.
     */
    SqlEngines ON_CLASS_PATH = engine -> connect(engine, driver(engine, SqlEngines.class.getClassLoader()), null, null);

    /**
     * The JDBC driver class mlgate knows for an engine: DuckDB's, and PostgreSQL's for its URLs.
     *
     * @param engine the engine
     * @return the class name, or null for a database whose driver comes with the plugin's {@code <dependencies>}
     */
    static String driverClass(EngineSpec engine) {
        return switch (engine.kind()) {
            case DUCKDB -> "org.duckdb.DuckDBDriver";
            case POSTGRES -> "org.postgresql.Driver";
            case JDBC, SPARK -> null;
        };
    }

    /**
     * The key of an engine's pinned driver coordinates in {@code engines.properties}, or null for a driver that
     * must come with the plugin's {@code <dependencies>}.
     *
     * @param engine the engine
     * @return {@code duckdb}, {@code postgresql} or null
     */
    static String pinnedDriver(EngineSpec engine) {
        return switch (engine.kind()) {
            case DUCKDB -> "duckdb";
            case POSTGRES -> "postgresql";
            case JDBC, SPARK -> null;
        };
    }

    /**
     * Instantiates an engine's JDBC driver from a class loader.
     *
     * @param engine the engine
     * @param loader where its driver is
     * @return the driver
     * @throws EngineException when the class loader has no such driver
     */
    static Driver driver(EngineSpec engine, ClassLoader loader) throws EngineException {
        String name = driverClass(engine);
        if (name == null) {
            return serviceDriver(engine, loader);
        }
        try {
            return (Driver) Class.forName(name, true, loader).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            throw new EngineException(
                    "The " + engine.shown() + " needs the JDBC driver " + name + ", which cannot be loaded: " + e);
        }
    }

    /**
     * The JDBC driver, among those the class loader's jars declare as services (as every JDBC 4 driver does), that
     * accepts an engine's URL: the driver of a database that comes with the plugin's {@code <dependencies>}.
     *
     * @param engine the engine
     * @param loader where its driver is
     * @return the driver
     * @throws EngineException when no driver accepts the URL
     */
    private static Driver serviceDriver(EngineSpec engine, ClassLoader loader) throws EngineException {
        String url = engine.url() == null ? "" : engine.url();
        for (java.util.Iterator<Driver> drivers =
                        java.util.ServiceLoader.load(Driver.class, loader).iterator();
                drivers.hasNext(); ) {
            try {
                Driver driver = drivers.next();
                if (driver.acceptsURL(url)) {
                    return driver;
                }
            } catch (java.util.ServiceConfigurationError | java.sql.SQLException e) {
                // A jar that declares a driver it cannot load is not the driver for this URL.
            }
        }
        throw new EngineException("The " + engine.shown() + " needs a JDBC driver that accepts its URL: add the"
                + " database's driver to the plugin's <dependencies> in the pom.");
    }

    /**
     * Connects a driver to an engine.
     *
     * @param engine the engine
     * @param driver its driver
     * @param user the user, or null for the engine's environment variable (or none)
     * @param password the password, or null for the engine's environment variable (or none)
     * @return the connection
     * @throws EngineException when the connection fails; the message leaves credentials out
     */
    static Connection connect(EngineSpec engine, Driver driver, String user, String password) throws EngineException {
        for (String[] variable :
                new String[][] {{engine.userEnv(), user, "user"}, {engine.passwordEnv(), password, "password"}}) {
            if (variable[0] != null && variable[1] == null && System.getenv(variable[0]) == null) {
                throw new EngineException("The " + engine.shown() + " takes its " + variable[2]
                        + " from the environment variable " + variable[0] + ", which is not set.");
            }
        }
        Properties properties = new Properties();
        properties.putAll(engine.options());
        String who = user != null ? user : engine.userEnv() == null ? null : System.getenv(engine.userEnv());
        String secret =
                password != null ? password : engine.passwordEnv() == null ? null : System.getenv(engine.passwordEnv());
        if (who != null) {
            properties.setProperty("user", who);
        }
        if (secret != null) {
            properties.setProperty("password", secret);
        }
        String url = engine.url() != null ? engine.url() : engine.kind() == EngineKind.DUCKDB ? "jdbc:duckdb:" : null;
        if (url == null) {
            throw new EngineException("The " + engine.shown() + " needs a url.");
        }
        // The gate only reads: a database file is opened read-only, a server's session is read-only too.
        if (engine.kind() == EngineKind.DUCKDB && !"".equals(DescriptorEngineRules.duckdbDatabase(url))) {
            properties.putIfAbsent("duckdb.read_only", "true");
        }
        if (engine.kind() == EngineKind.POSTGRES) {
            properties.putIfAbsent("readOnlyMode", "always");
            // A server that accepts and never answers fails the gate in bounded time (PgJDBC's seconds).
            properties.putIfAbsent("connectTimeout", "10");
            properties.putIfAbsent("loginTimeout", "30");
            // A server that stops answering mid-query: no read waits longer than the longest query may run.
            properties.putIfAbsent("socketTimeout", String.valueOf(QUERY_SECONDS + 60));
        }
        try {
            Connection connection = bounded(engine, () -> driver.connect(url, properties));
            if (connection == null) {
                throw new EngineException("The " + engine.shown() + ": its driver "
                        + driver.getClass().getName() + " does not accept the URL.");
            }
            if (engine.kind().isJdbc()) {
                readOnly(connection);
            }
            if (engine.kind() == EngineKind.POSTGRES) {
                // PgJDBC gives the session the JVM's time zone: casts of instants to times would move with the
                // build machine. The spec's times without an offset are read as UTC, so the session is in UTC.
                try (java.sql.Statement zone = connection.createStatement()) {
                    zone.execute("SET TIME ZONE 'UTC'");
                    // The gate's literals escape quotes only, as the standard says: a server set to read backslashes
                    // in them as escapes would read its patterns otherwise.
                    zone.execute("SET standard_conforming_strings = on");
                    // Compiling the checks' wide expressions to machine code cost more than it saved (4.7 s and 24.7 s
                    // on two queries of a 1M-row table); the answers are the same either way.
                    zone.execute("SET jit = off");
                    // The checks' groupings and the profile's distinct counts hash in memory rather than sort on disk,
                    // where the server's setting for this session is smaller (PostgreSQL's default is 4 MB).
                    try (java.sql.ResultSet memory = zone.executeQuery(
                            "SELECT pg_size_bytes(current_setting('work_mem')) < " + WORK_MEM_MB + " * 1048576")) {
                        if (memory.next() && memory.getBoolean(1)) {
                            zone.execute("SET work_mem = '" + WORK_MEM_MB + "MB'");
                        }
                    }
                    bounded(zone);
                } catch (java.sql.SQLException e) {
                    connection.close(); // Not handed out: the engine is reported as not reached.
                    throw e;
                }
            }
            return connection;
        } catch (java.sql.SQLException e) {
            String message = UrlSecrets.scrub(withCause(e), url);
            if (secret != null && !secret.isEmpty()) {
                message = message.replace(secret, UrlSecrets.MASK);
            }
            throw new EngineException("The " + engine.shown() + " cannot be reached: " + message);
        }
    }

    /**
     * How long one query may run on a PostgreSQL server, in seconds, unless the server, database, role or the
     * connection's {@code options} already set a {@code statement_timeout}.
     */
    long QUERY_SECONDS = 3600;

    /** The memory a PostgreSQL session's sorts and hashes may take each, in MB, unless the server gives more. */
    int WORK_MEM_MB = 64;

    /**
     * Bounds a PostgreSQL session's queries: a {@code statement_timeout} where none is set, and (PostgreSQL 14 and
     * later) a check every five seconds that the build is still there, so a query whose build was killed ends on the
     * server within seconds rather than running on.
     *
     * @param statement a statement of the session
     * @throws java.sql.SQLException when the server refuses a setting it has
     */
    private static void bounded(java.sql.Statement statement) throws java.sql.SQLException {
        try (java.sql.ResultSet set = statement.executeQuery("SHOW statement_timeout")) {
            if (set.next() && "0".equals(set.getString(1))) {
                statement.execute("SET statement_timeout = '" + QUERY_SECONDS + "s'");
            }
        }
        try (java.sql.ResultSet version = statement.executeQuery("SHOW server_version_num")) {
            String number = version.next() ? version.getString(1).trim() : "";
            if (number.matches("\\d{6,9}") && Integer.parseInt(number) >= 140000) {
                statement.execute("SET client_connection_check_interval = '5s'");
            }
        }
    }

    /**
     * A driver's message with what lies under it, when the driver's own words say only which step failed ({@code An
     * error occurred while setting up the SSL connection.} for a server that hung up): the network's reason, in words
     * rather than an exception's name.
     *
     * @param e the driver's exception
     * @return the message
     */
    static String withCause(java.sql.SQLException e) {
        String message = e.getMessage() == null ? "the driver gave no reason" : e.getMessage();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root == e
                ? null
                : root instanceof java.io.EOFException
                        ? "the server closed the connection"
                        : root instanceof java.net.SocketTimeoutException
                                ? "the server did not answer in time"
                                : root.getMessage();
        return reason == null || message.contains(reason) ? message : message + " (" + reason + ")";
    }

    /** How long a driver may take to connect, in seconds, before the gate gives up on the engine. */
    long CONNECT_SECONDS = 60;

    /** A connection attempt, which may throw what a driver throws. */
    interface Attempt {
        /**
         * Connects.
         *
         * @return the connection, or null when the driver does not take the URL
         * @throws java.sql.SQLException as the driver does
         */
        Connection connect() throws java.sql.SQLException;
    }

    /**
     * Connects within {@link #CONNECT_SECONDS}: a driver without a timeout of its own would otherwise wait forever on
     * a server that accepts and never answers. A connection that comes after the gate gave up is closed.
     *
     * @param engine the engine
     * @param attempt the connection attempt
     * @return the connection
     * @throws java.sql.SQLException as the driver throws it
     * @throws EngineException when the time is up
     */
    private static Connection bounded(EngineSpec engine, Attempt attempt)
            throws java.sql.SQLException, EngineException {
        java.util.concurrent.CompletableFuture<Connection> connecting = new java.util.concurrent.CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        connecting.complete(attempt.connect());
                    } catch (Throwable e) {
                        connecting.completeExceptionally(e);
                    }
                },
                "mlgate-connect-" + engine.name());
        thread.setDaemon(true);
        thread.start();
        try {
            return connecting.get(CONNECT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            connecting.thenAccept(late -> {
                try {
                    if (late != null) {
                        late.close();
                    }
                } catch (java.sql.SQLException ignored) {
                    // Nothing uses it.
                }
            });
            thread.interrupt();
            throw new EngineException("The " + engine.shown() + " did not answer within " + CONNECT_SECONDS
                    + " seconds of being asked to connect.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("The " + engine.shown() + ": the build was interrupted while connecting.");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.sql.SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new EngineException("The " + engine.shown() + " cannot be reached: " + cause);
        }
    }

    /**
     * Asks a database for a read-only session, where its driver can: the gate never writes, so a query of the data
     * package that tries to is refused by the database too.
     *
     * @param connection the connection
     */
    private static void readOnly(Connection connection) {
        try {
            connection.setReadOnly(true);
        } catch (java.sql.SQLException e) {
            // A driver without read-only sessions: the query still runs as one SELECT.
        }
    }
}
