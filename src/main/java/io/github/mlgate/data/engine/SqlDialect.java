package io.github.mlgate.data.engine;

import io.github.mlgate.data.resource.EngineSpec;
import io.github.mlgate.data.schema.FieldType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * How one engine writes what the compiled checks need ({@link SqlChecks}): quoted names, text literals, regular
 * expressions, safe casts. Every name is quoted and every value written as an escaped literal, so a field named
 * {@code x"; drop table t; --} or an enum value with quotes is checked, never executed.
 */
public sealed interface SqlDialect permits DuckDbDialect, PostgresDialect, SparkDialect {

    /**
     * The dialect an engine speaks.
     *
     * @param engine the engine
     * @return its dialect, or null for a database whose SQL the gate does not speak yet
     */
    static SqlDialect of(EngineSpec engine) {
        return switch (engine.kind()) {
            case DUCKDB -> DUCKDB;
            case POSTGRES -> POSTGRES;
            case SPARK -> SPARK;
            case JDBC -> null;
        };
    }

    /**
     * A name, quoted.
     *
     * @param name a column, table or alias name
     * @return the quoted name
     */
    default String name(String name) {
        return quoted(name);
    }

    /**
     * A name quoted as standard SQL quotes it, in double quotes, as most databases read it.
     *
     * @param name a column, table or alias name
     * @return the quoted name
     */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * A text literal.
     *
     * @param text the text
     * @return the literal
     */
    default String text(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * Whether a text matches a regular expression as a whole.
     *
     * @param expression the text's expression
     * @param regex the regular expression
     * @return the condition
     */
    String fullMatch(String expression, String regex);

    /**
     * A text's length in characters (Unicode code points).
     *
     * @param expression the text's expression
     * @return the length's expression
     */
    default String length(String expression) {
        return "char_length(" + expression + ")";
    }

    /**
     * A text's length in bytes of UTF-8, as a record of a text file is bounded.
     *
     * @param expression the text's expression
     * @return the length's expression
     */
    default String byteLength(String expression) {
        return "octet_length(" + expression + ")";
    }

    /**
     * A value as text.
     *
     * @param expression the value's expression
     * @return the text's expression
     */
    default String asText(String expression) {
        return "CAST(" + expression + " AS " + textType() + ")";
    }

    /** The type of text of any length. */
    default String textType() {
        return "VARCHAR";
    }

    /**
     * What asks for a common table expression to be computed once and kept, where the engine can be asked.
     *
     * @return {@code MATERIALIZED } with its space, or empty
     */
    default String materialized() {
        return "MATERIALIZED ";
    }

    /**
     * What marks a common table expression as one to read in place, never copied first however often the query reads
     * it: how kept cells are read ({@link KeptCells}).
     *
     * @return the keyword and a space, or nothing where the engine always reads in place
     */
    default String inlined() {
        return "NOT MATERIALIZED ";
    }

    /**
     * Whether the engine keeps a resource's checked cells for the statements after the one that computes them ({@link
     * KeptCells}).
     *
     * @return true where keeping them was measured to pay
     */
    default boolean keepsCells() {
        return true;
    }

    /**
     * What ends a subquery so that the engine computes its columns once rather than fold it into the query around it,
     * which would compute an expression again wherever its result is used: PostgreSQL's {@code OFFSET 0}.
     *
     * @return the clause with a space before it, or nothing where the engine keeps a subquery's results apart
     */
    default String fence() {
        return "";
    }

    /**
     * A text cast to a type, or null when it is not a value of it.
     *
     * @param expression the text's expression
     * @param type the engine's type ({@link #integerType()}, {@code DOUBLE}, {@code DATE})
     * @return the cast's expression
     */
    default String tryCast(String expression, String type) {
        return "TRY_CAST(" + expression + " AS " + type + ")";
    }

    /**
     * How a text column's cells are read as integers: the condition that a present cell is one (by the spec's lexical
     * rules), and its value, evaluated only where the condition holds.
     *
     * @param c the column
     * @return the condition and the value
     */
    default String[] textInteger(String c) {
        return new String[] {
            "(" + fullMatch(c, SqlChecks.INTEGER_TEXT) + " AND " + length(c) + " <= "
                    + (FieldType.MAX_INTEGER_DIGITS + 1) + ")",
            tryCast(c, integerType())
        };
    }

    /**
     * How a text column's cells are read as numbers: decimals, and NaN, INF and -INF in any case.
     *
     * @param c the column
     * @return the condition and the value
     */
    default String[] textNumber(String c) {
        return new String[] {
            "(" + fullMatch(c, SqlChecks.NUMBER_TEXT) + " OR lower(" + c + ") IN ('nan', 'inf', '-inf'))",
            tryCast(c, numberType())
        };
    }

    /**
     * How a text column's cells are read as dates, {@code YYYY-MM-DD} of the calendar.
     *
     * @param c the column
     * @return the condition and the value
     */
    default String[] textDate(String c) {
        String cast = tryCast(c, "DATE");
        return new String[] {"(" + fullMatch(c, SqlChecks.DATE_TEXT) + " AND " + cast + " IS NOT NULL)", cast};
    }

    /**
     * How a text column's cells are read as datetimes, with or without an offset, as timestamps in UTC.
     *
     * @param c the column
     * @return the condition and the value
     */
    String[] textDatetime(String c);

    /**
     * The relation of a table or a query, with a file index of 0 and each row's place in the order of a key.
     *
     * @param from the table's quoted name, or the query in parentheses with an alias
     * @param order the quoted columns rows are ordered by, or empty for the engine's order
     * @param fileColumn the name of the column to hold 0
     * @param rowColumn the name of the column to hold the row's place, from 0
     * @return the relation
     */
    default String table(String from, List<String> order, String fileColumn, String rowColumn) {
        return "(SELECT *, 0 AS " + name(fileColumn) + ", row_number() OVER ("
                + (order.isEmpty() ? "" : "ORDER BY " + String.join(", ", order)) + ") - 1 AS " + name(rowColumn)
                + " FROM " + from + ")";
    }

    /**
     * A table's name, each dotted part quoted: {@code analytics.churn_train} as {@code "analytics"."churn_train"}.
     *
     * @param table the name as the descriptor gives it
     * @return the quoted name
     */
    default String tableName(String table) {
        return tableName(table, this::name);
    }

    /**
     * A table's name, each dotted part quoted by a rule.
     *
     * @param table the name as the descriptor gives it
     * @param quote how a part is quoted
     * @return the quoted name
     */
    static String tableName(String table, java.util.function.UnaryOperator<String> quote) {
        return String.join(
                ".", java.util.Arrays.stream(table.split("\\.", -1)).map(quote).toList());
    }

    /** The type integers are compared in: as wide as the engine has. */
    String integerType();

    /**
     * Whether {@link #integerType()} holds an integer: beyond it, a cell's value is null and the checks compare the
     * integer's digits instead ({@link SqlChecks}).
     *
     * @param value the integer
     * @return true by default, for a type of any size
     */
    default boolean holdsInteger(java.math.BigInteger value) {
        return true;
    }

    /** The type numbers are compared in. */
    default String numberType() {
        return "DOUBLE";
    }

    /**
     * Whether a number is not a number.
     *
     * @param expression the number's expression
     * @return the condition
     */
    default String isNaN(String expression) {
        return "isnan(" + expression + ")";
    }

    /**
     * Whether a number is finite: not NaN nor infinite.
     *
     * @param expression the number's expression
     * @return the condition
     */
    String isFinite(String expression);

    /**
     * A text as it sorts by code point, whatever the database's collation, as Java sorts the profile's ties.
     *
     * @param expression the text's expression
     * @return the expression to order by
     */
    default String binaryOrder(String expression) {
        return expression;
    }

    /**
     * The number of distinct values, estimated where the engine has a sketch for it.
     *
     * @param expression the values' expression
     * @return the aggregate's expression; {@code count(DISTINCT ...)} where the engine counts exactly
     */
    default String approximateDistinct(String expression) {
        return "count(DISTINCT " + expression + ")";
    }

    /**
     * The engine's estimate of the most frequent values, as an array, where it has a sketch for them.
     *
     * @param expression the values' expression
     * @param k how many
     * @return the aggregate's expression, or null where the engine has none
     */
    default String approximateTop(String expression, int k) {
        return null;
    }

    /**
     * The discrete quantiles of some numbers, as an array in the order of the shares asked for.
     *
     * @param expression the numbers' expression
     * @param shares the shares, from 0 to 1
     * @return the aggregate's expression
     */
    String quantiles(String expression, double[] shares);

    /**
     * Shares as a list of literals, for the engines' quantile functions.
     *
     * @param shares the shares
     * @return for example {@code 0.25, 0.5}
     */
    static String shares(double[] shares) {
        return String.join(
                ", ", java.util.Arrays.stream(shares).mapToObj(Double::toString).toList());
    }

    /**
     * A bound or enum value as a literal of its type.
     *
     * @param value a cast value ({@link FieldType#cast})
     * @return the literal
     */
    default String literal(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof java.math.BigInteger) {
            return "CAST(" + text(value.toString()) + " AS " + integerType() + ")";
        }
        if (value instanceof Double number) {
            String shown =
                    number.isNaN() ? "nan" : number.isInfinite() ? (number > 0 ? "inf" : "-inf") : number.toString();
            return "CAST(" + text(shown) + " AS " + numberType() + ")";
        }
        if (value instanceof Boolean flag) {
            return flag ? "TRUE" : "FALSE";
        }
        if (value instanceof LocalDate date) {
            return "DATE " + text(date.toString());
        }
        if (value instanceof LocalDateTime time) {
            return "TIMESTAMP " + text(FieldType.text(time).replace('T', ' '));
        }
        return text(String.valueOf(value));
    }

    /**
     * The rows of Parquet files, with the file each row is in and its place there.
     *
     * @param files the files' paths, as the engine reads them
     * @param fileColumn the name of the column to hold the file's index in the list, from 0
     * @param rowColumn the name of the column to hold the row's place in its file, from 0
     * @return the relation
     */
    String parquet(List<String> files, String fileColumn, String rowColumn);

    /**
     * The rows of Parquet files under a root (a file, a folder of a partitioned dataset, or a glob), with the file
     * each row is in and its place there. Engines that read a list of files read the list.
     *
     * @param root the resource's path, as the engine reads it
     * @param files the files' paths, as the engine reads them
     * @param fileColumn the name of the column to hold the file's index in the list, from 0
     * @param rowColumn the name of the column to hold the row's place in its file, from 0
     * @return the relation
     */
    default String parquet(String root, List<String> files, String fileColumn, String rowColumn) {
        return parquet(files, fileColumn, rowColumn);
    }

    /** DuckDB: RE2 regular expressions, safe casts, Parquet read with each row's file and number. */
    SqlDialect DUCKDB = new DuckDbDialect();
    /**
     * PostgreSQL (and engines that speak its SQL): POSIX regular expressions, no safe casts (every cast is guarded by
     * the lexical rule and, for dates, the calendar), arbitrary-precision numerics for integers.
     */
    SqlDialect POSTGRES = new PostgresDialect();

    /**
     * Apache Spark SQL: backquoted names, Java regular expressions (as the streaming checks use), safe casts with the
     * session in UTC, Parquet read with each row's file and number from the {@code _metadata} column, approximate
     * distinct counts and quantiles.
     */
    SqlDialect SPARK = new SparkDialect();
}
