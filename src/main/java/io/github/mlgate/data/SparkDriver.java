package io.github.mlgate.data;

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
                answer(spark, SparkWire.unescape(line.substring(SparkWire.QUERY.length() + 1)), answers);
                answers.flush();
            }
        } finally {
            call(spark, "stop");
        }
        System.exit(0);
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
        return spark;
    }

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
