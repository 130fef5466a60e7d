package io.github.mlgate.data.engine;

import io.github.mlgate.data.resource.EngineSpec;
import io.github.mlgate.data.resource.UrlSecrets;
import io.github.mlgate.gate.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an engine the data package declares may not do. The data package lives under {@code src/ml/} and is changed by
 * pull requests: nothing in it may run code on the build machine, read or write outside the project, or bring a
 * secret into an output ({@code docs/security.md}). Settings that can (JVM options, class names, files, databases
 * embedded in the build's JVM, URL parameters that run scripts or load classes) belong to the plugin's {@code
 * <engines>} in the pom, where the build's code already lives; there every setting is allowed.
 */
public final class DescriptorEngineRules {

    private DescriptorEngineRules() {}

    /**
     * A setting refused, and why.
     *
     * @param key where it is under the engine: {@code url}, or {@code options} and the option's name
     * @param option the option's name, or null for the URL
     * @param message what is wrong, naming the engine and the setting
     */
    record Refusal(String key, String option, String message) {}

    private static final String POM = "; set it in the plugin's <engines> in the pom instead, where the build's own"
            + " settings live (docs/security.md).";

    private static final Pattern SIZE = Pattern.compile("(?i)-?[0-9]+\\s*[kmgtp]?i?b?");
    private static final Pattern COUNT = Pattern.compile("[0-9]+");
    private static final Pattern SWITCH = Pattern.compile("(?i)true|false");

    /** The Spark configuration a data package may set: sizes, counts and switches of the job, nothing else. */
    public static final Map<String, Pattern> SPARK_OPTIONS = sparkOptions();

    /** The DuckDB settings a data package may set. */
    static final Map<String, Pattern> DUCKDB_OPTIONS = Map.of(
            "threads", COUNT,
            "memory_limit", SIZE,
            "max_memory", SIZE,
            "preserve_insertion_order", SWITCH);

    /**
     * JDBC URL parameters and connection properties that run scripts, load classes, read or write files, or open more
     * statements than one, as drivers name them (H2, PostgreSQL, MySQL, MariaDB, SQL Server, Oracle, Derby): parts of
     * a name, lowercase.
     */
    static final List<String> RISKY_PARAMETER_PARTS = List.of(
            "factory",
            "class",
            "interceptor",
            "plugin",
            "callback",
            "handler",
            "provider",
            "transform",
            "keystore",
            "truststore",
            "wallet",
            "file",
            "path",
            "script",
            "deserializ",
            "infile",
            "jaas",
            "jndi",
            "loader",
            "multiquer",
            "multistatement",
            "tns_admin");

    /** Parameters refused by their whole name, lowercase: a part of these would refuse harmless ones too. */
    static final List<String> RISKY_PARAMETERS =
            List.of("init", "logger", "sslkey", "sslcert", "sslrootcert", "localsocket", "gsslib", "url", "tnsadmin");

    /**
     * Databases that run inside the build's own JVM, where a query's functions ({@code CSVREAD}, {@code FILE_READ})
     * read the build machine's files with the build's rights: URL prefixes, with the prefixes of their server forms,
     * which are allowed.
     */
    private static final Map<String, List<String>> EMBEDDED = Map.of(
            "jdbc:h2:", List.of("jdbc:h2:tcp:", "jdbc:h2:ssl:"),
            "jdbc:hsqldb:",
                    List.of("jdbc:hsqldb:hsql:", "jdbc:hsqldb:hsqls:", "jdbc:hsqldb:http:", "jdbc:hsqldb:https:"),
            "jdbc:derby:", List.of("jdbc:derby://"),
            "jdbc:sqlite:", List.of(),
            "jdbc:duckdb:", List.of(),
            "jdbc:calcite:", List.of(),
            "jdbc:relique:", List.of());

    private static Map<String, Pattern> sparkOptions() {
        Map<String, Pattern> options = new LinkedHashMap<>();
        for (String size : List.of(
                "spark.driver.memory",
                "spark.executor.memory",
                "spark.driver.maxResultSize",
                "spark.sql.files.maxPartitionBytes",
                "spark.sql.autoBroadcastJoinThreshold")) {
            options.put(size, SIZE);
        }
        for (String count : List.of(
                "spark.executor.cores",
                "spark.executor.instances",
                "spark.cores.max",
                "spark.task.cpus",
                "spark.default.parallelism",
                "spark.sql.shuffle.partitions",
                "spark.dynamicAllocation.minExecutors",
                "spark.dynamicAllocation.maxExecutors")) {
            options.put(count, COUNT);
        }
        for (String flag : List.of(
                "spark.sql.adaptive.enabled",
                "spark.sql.adaptive.coalescePartitions.enabled",
                "spark.dynamicAllocation.enabled")) {
            options.put(flag, SWITCH);
        }
        return java.util.Collections.unmodifiableMap(options);
    }

    /**
     * What a data package's engine sets that only the build may.
     *
     * @param engine the engine, as the data package declares it
     * @param projectDirectory the project's base directory, where a DuckDB database file must lie
     * @param allowOutsideProject whether the build lets data lie outside the project
     * @return the refusals, none when the engine is the data package's to declare
     */
    static List<Refusal> refusals(EngineSpec engine, Path projectDirectory, boolean allowOutsideProject) {
        List<Refusal> refused = new ArrayList<>();
        String prefix = "Engine '" + engine.name() + "'";
        switch (engine.kind()) {
            case SPARK -> allowed(engine, SPARK_OPTIONS, "Spark configuration", refused);
            case DUCKDB -> {
                allowed(engine, DUCKDB_OPTIONS, "DuckDB settings", refused);
                duckdbFile(engine, projectDirectory, allowOutsideProject, refused);
            }
            default -> {
                String url = engine.url().toLowerCase(Locale.ROOT);
                EMBEDDED.forEach((embedded, servers) -> {
                    if (url.startsWith(embedded) && servers.stream().noneMatch(url::startsWith)) {
                        refused.add(new Refusal(
                                "url",
                                null,
                                prefix + " is a database inside the build's own JVM (" + embedded + "), which a data"
                                        + " package may not declare: its SQL can read the build machine's files and"
                                        + " run code there. Point the url at a database server, or declare the engine"
                                        + " in the plugin's <engines> in the pom (docs/security.md)."));
                    }
                });
                for (String parameter : urlParameters(engine.url())) {
                    if (risky(parameter)) {
                        refused.add(runsCode(prefix, "url", null, "URL parameter '" + parameter + "'"));
                    }
                }
                engine.options().keySet().stream()
                        .sorted()
                        .filter(DescriptorEngineRules::risky)
                        .forEach(option -> refused.add(runsCode(prefix, "options", option, "option '" + option + "'")));
            }
        }
        return refused;
    }

    private static Refusal runsCode(String prefix, String key, String option, String setting) {
        return new Refusal(
                key,
                option,
                prefix + " has the " + setting + ", which a data package may not set: it can run code, load classes or"
                        + " reach files on the build machine" + POM);
    }

    private static void allowed(EngineSpec engine, Map<String, Pattern> allowed, String what, List<Refusal> refused) {
        new java.util.TreeMap<>(engine.options()).forEach((option, value) -> {
            Pattern rule = allowed.get(option);
            String prefix = "Engine '" + engine.name() + "' has the option '" + option + "'";
            if (rule == null) {
                refused.add(new Refusal(
                        "options",
                        option,
                        prefix + ", which a data package may not set (" + what + " can run code or reach outside the"
                                + " project). A data package may set " + String.join(", ", allowed.keySet()) + POM));
            } else if (!rule.matcher(value.strip()).matches()) {
                refused.add(new Refusal(
                        "options",
                        option,
                        prefix + " with the value '" + value + "', which is not "
                                + (rule == SIZE
                                        ? "a size such as 4g"
                                        : rule == COUNT ? "a whole number" : "true or false")
                                + "."));
            }
        });
    }

    private static void duckdbFile(
            EngineSpec engine, Path projectDirectory, boolean allowOutsideProject, List<Refusal> refused) {
        if (engine.url() == null) {
            return;
        }
        String prefix = "Engine '" + engine.name() + "'";
        String file = duckdbDatabase(engine.url());
        if (file == null) {
            refused.add(new Refusal(
                    "url",
                    null,
                    prefix + " has the url '" + UrlSecrets.mask(engine.url()) + "'; a duckdb engine's url is"
                            + " jdbc:duckdb: (in memory) or jdbc:duckdb: and a database file in the project."));
        } else if (!file.isEmpty()
                && !allowOutsideProject
                && ProjectFiles.isOutside(projectDirectory, projectDirectory.resolve(file))) {
            refused.add(new Refusal(
                    "url",
                    null,
                    prefix + " has the database file '" + file + "', which lies outside the project directory; a"
                            + " data package reads and writes inside the project only. Move the file into the project,"
                            + " or allow it with -Dmlgate.data.allowOutsideProject=true."));
        }
    }

    /**
     * The database file a DuckDB URL names.
     *
     * @param url the URL
     * @return the file as written, empty for an in-memory database, or null for a URL that is neither (a remote
     *     service, URL parameters)
     */
    static String duckdbDatabase(String url) {
        if (!url.startsWith("jdbc:duckdb:")) {
            return null;
        }
        String file = url.substring("jdbc:duckdb:".length());
        if (file.isEmpty() || file.equals(":memory:")) {
            return "";
        }
        // md: and motherduck: reach a service over the network; ?parameters set what the descriptor may not; a name
        // that no file can have (a NUL character) names no database file either.
        if (file.contains("?") || file.startsWith("md:") || file.startsWith("motherduck:") || file.contains("://")) {
            return null;
        }
        try {
            Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        return file;
    }

    /** The words a query may start with: the forms of a SELECT statement. */
    static final List<String> QUERY_STARTS = List.of("SELECT", "WITH", "FROM", "VALUES", "TABLE");

    /**
     * Why a resource's query is not one SELECT statement, read from its text alone, before any engine sees it: a
     * {@code ;} anywhere but at the end ends a statement (drivers run every statement of a string, and each has its
     * own rules for quotes and comments, so none is looked inside), and the first word must start a SELECT. The
     * engine's own parser then has the last word ({@link QueryVetting}).
     *
     * @param query the query as written
     * @return why it is refused, or null
     */
    static String queryRefusal(String query) {
        String body = withoutFinalSemicolons(query);
        int semicolon = body.indexOf(';');
        if (semicolon >= 0) {
            return "holds a ';' before its end, which would start a second statement: a query is one SELECT statement,"
                    + " since a second one could write files or change the database. Write a ';' inside a text as"
                    + " chr(59).";
        }
        String first =
                body.stripLeading().replaceFirst("^\\(+", "").stripLeading().split("[^A-Za-z]", 2)[0];
        if (QUERY_STARTS.stream().noneMatch(first::equalsIgnoreCase)) {
            String shown = first.isEmpty()
                    ? body.strip().substring(0, Math.min(12, body.strip().length()))
                    : first;
            return "starts with '" + shown + "'; a query is one SELECT statement, starting with "
                    + String.join(", ", QUERY_STARTS) + ".";
        }
        return null;
    }

    /**
     * A query without the {@code ;} and spaces that may end it.
     *
     * @param query the query
     * @return the query without them
     */
    static String withoutFinalSemicolons(String query) {
        return query.replaceFirst("[\\s;]+$", "");
    }

    private static boolean risky(String parameter) {
        String name = parameter.toLowerCase(Locale.ROOT).strip();
        return RISKY_PARAMETERS.contains(name) || RISKY_PARAMETER_PARTS.stream().anyMatch(name::contains);
    }

    /** The names of a URL's parameters: after {@code ?} and {@code &}, and in {@code ;name=value} segments. */
    static List<String> urlParameters(String url) {
        List<String> names = new ArrayList<>();
        int question = url.indexOf('?');
        if (question >= 0) {
            for (String pair : url.substring(question + 1).split("[&;]")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        String[] segments = (question >= 0 ? url.substring(0, question) : url).split(";");
        for (int s = 1; s < segments.length; s++) {
            names.add(segments[s].split("=", 2)[0]);
        }
        names.removeIf(String::isBlank);
        return names;
    }
}
