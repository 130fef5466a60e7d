package io.github.mlgate.data.engine.spark;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spark driver, in a JVM of its own ({@link SparkFork}): Spark on Java 17 and later needs module openings that
 * Maven's JVM does not have, and its jars (Jackson, Scala, Hadoop) must not meet the plugin's. It reads the master and
 * the configuration, starts a {@code SparkSession}, then answers each query the gate sends ({@link SparkWire}) with
 * its columns and rows. The work runs where the master says: in this JVM for {@code local[n]}, on a cluster's
 * executors otherwise; only the few result rows come back.
 *
 * <p>Spark is called by reflection, so that the plugin compiles without it and users who never use it never download
 * it.
 */
final class SparkDriver {

    private SparkDriver() {}

    /**
     * Runs the driver: standard input carries the gate's messages, the real standard output the answers; everything
     * Spark prints goes to standard error.
     *
     * @param args none
     * @throws Exception when the pipe to the gate breaks
     */
    public static void main(String[] args) throws Exception {
        dieWithTheBuild();
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String master = SparkWire.unescape(in.readLine());
        List<String[]> conf = new ArrayList<>();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            String[] entry = line.split("\t", 2);
            conf.add(new String[] {SparkWire.unescape(entry[0]), SparkWire.unescape(entry[1])});
        }
        Object spark;
        try {
            spark = session(master, conf);
        } catch (Throwable e) {
            answers.println(SparkWire.FAILED + "\t" + SparkWire.escape(reason(e)));
            answers.flush();
            System.exit(1);
            return;
        }
        answers.println(SparkWire.READY);
        answers.flush();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals(SparkWire.BYE)) {
                    break;
                }
                String text = SparkWire.unescape(line.substring(line.indexOf('\t') + 1));
                if (line.startsWith(SparkWire.VET + "\t")) {
                    answers.println(vet(spark, text));
                } else {
                    answer(spark, text, answers);
                }
                answers.flush();
            }
        } finally {
            call(spark, "stop");
        }
        System.exit(0);
    }

    /**
     * Ends this JVM when the build's JVM is gone: a build killed with {@code kill -9} cannot close the pipe's other end
     * in time, and a driver busy in a query would otherwise run on, with its cores and memory, for minutes.
     */
    private static void dieWithTheBuild() {
        java.util.Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            return;
        }
        Thread watch = new Thread(
                () -> {
                    while (parent.get().isAlive()) {
                        try {
                            Thread.sleep(1_000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    Runtime.getRuntime().halt(3);
                },
                "mlgate-watch-the-build");
        watch.setDaemon(true);
        watch.start();
    }

    private static Object session(String master, List<String[]> conf) throws ReflectiveOperationException {
        Class<?> sessions = Class.forName("org.apache.spark.sql.SparkSession");
        Object builder = sessions.getMethod("builder").invoke(null);
        Method config = builder.getClass().getMethod("config", String.class, String.class);
        builder.getClass().getMethod("master", String.class).invoke(builder, master);
        builder.getClass().getMethod("appName", String.class).invoke(builder, "mlgate data gate");
        // Instants in UTC as java.time values, and casts that give null rather than fail, unless the user says other.
        config.invoke(builder, "spark.sql.session.timeZone", "UTC");
        config.invoke(builder, "spark.sql.datetime.java8API.enabled", "true");
        config.invoke(builder, "spark.sql.ansi.enabled", "false");
        config.invoke(builder, "spark.ui.enabled", "false");
        for (String[] entry : conf) {
            config.invoke(builder, entry[0], entry[1]);
        }
        Object spark = builder.getClass().getMethod("getOrCreate").invoke(builder);
        Object context = call(spark, "sparkContext");
        context.getClass().getMethod("setLogLevel", String.class).invoke(context, "WARN");
        withoutReflection(spark);
        return spark;
    }

    /** The SQL functions that call any static Java method ({@code reflect('java.lang.System', 'getenv', ...)}). */
    static final List<String> REFLECTION = List.of("reflect", "java_method", "try_reflect");

    /**
     * Drops the functions that call Java methods from this session's function registry: a query of the data package
     * could otherwise read the build's environment or call into the JVM. The gate's own SQL uses none of them.
     */
    private static void withoutReflection(Object spark) throws ReflectiveOperationException {
        Object registry = call(call(spark, "sessionState"), "functionRegistry");
        Class<?> identifiers = Class.forName("org.apache.spark.sql.catalyst.FunctionIdentifier");
        Method drop = null;
        for (Method method : registry.getClass().getMethods()) {
            if (method.getName().equals("dropFunction") && method.getParameterCount() == 1) {
                drop = method;
            }
        }
        if (drop == null) {
            throw new NoSuchMethodException(
                    "FunctionRegistry.dropFunction: this Spark cannot drop its reflect function");
        }
        for (String name : REFLECTION) {
            drop.invoke(registry, identifiers.getMethod("apply", String.class).invoke(null, name));
        }
    }

    /**
     * Analyses a query of the data package without running it, with files not readable as tables: {@code
     * parquet.`/path`} and {@code text.`/etc/passwd`} are then unknown tables. Spark parses one statement, and as a
     * subquery it can only be a query.
     */
    private static String vet(Object spark, String query) {
        Object conf;
        try {
            conf = call(spark, "conf");
        } catch (ReflectiveOperationException e) {
            return SparkWire.FAILED + "\t" + SparkWire.escape(reason(e));
        }
        try {
            conf.getClass().getMethod("set", String.class, String.class).invoke(conf, FILES_AS_TABLES, "false");
            spark.getClass()
                    .getMethod("sql", String.class)
                    .invoke(spark, "SELECT * FROM (" + query + ") AS `__mlgate_vetted` LIMIT 0");
            return SparkWire.END;
        } catch (Throwable e) {
            return SparkWire.FAILED + "\t" + SparkWire.escape(reason(e));
        } finally {
            try {
                conf.getClass().getMethod("set", String.class, String.class).invoke(conf, FILES_AS_TABLES, "true");
            } catch (ReflectiveOperationException e) {
                // The gate's own Parquet reads then fail, and say so.
            }
        }
    }

    /** Spark's switch for reading files as tables in SQL, which the gate's own Parquet reads use. */
    private static final String FILES_AS_TABLES = "spark.sql.runSQLOnFiles";

    private static void answer(Object spark, String sql, PrintStream answers) {
        List<String> lines = new ArrayList<>();
        try {
            Object frame = spark.getClass().getMethod("sql", String.class).invoke(spark, sql);
            Object[] fields = (Object[]) call(call(frame, "schema"), "fields");
            lines.add(SparkWire.COLUMNS + "\t" + fields.length);
            boolean[] arrays = new boolean[fields.length];
            for (int f = 0; f < fields.length; f++) {
                String type = (String) call(call(fields[f], "dataType"), "simpleString");
                arrays[f] = type.startsWith("array<");
                lines.add(SparkWire.escape((String) call(fields[f], "name")) + "\t" + SparkWire.escape(type));
            }
            List<?> rows = (List<?>) call(frame, "collectAsList");
            for (Object row : rows) {
                StringBuilder line = new StringBuilder(SparkWire.ROW);
                Method get = row.getClass().getMethod("get", int.class);
                Method getList = row.getClass().getMethod("getList", int.class);
                Method isNull = row.getClass().getMethod("isNullAt", int.class);
                for (int f = 0; f < fields.length; f++) {
                    Object value =
                            arrays[f] && !(Boolean) isNull.invoke(row, f) ? getList.invoke(row, f) : get.invoke(row, f);
                    line.append('\t').append(SparkWire.value(value));
                }
                lines.add(line.toString());
            }
            lines.add(SparkWire.END);
        } catch (Throwable e) {
            lines = List.of(SparkWire.FAILED + "\t" + SparkWire.escape(reason(e)));
        }
        lines.forEach(answers::println);
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }

    /** What Spark said, without the reflection that carried it. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause instanceof InvocationTargetException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.toString() : message;
    }
}
