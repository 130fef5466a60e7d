package io.github.mlgate.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * How one engine writes what the compiled checks need ({@link SqlChecks}): quoted names, text literals, regular
 * expressions, safe casts. Every name is quoted and every value written as an escaped literal, so a field named
 * {@code x"; drop table t; --} or an enum value with quotes is checked, never executed.
 */
interface SqlDialect {

    /**
     * The dialect an engine speaks.
     *
     * @param engine the engine
     * @return its dialect, or null for a database whose SQL the gate does not speak yet
     */
    static SqlDialect of(EngineSpec engine) {
        if (engine.type().equals(EngineSpec.DUCKDB)) {
            return DUCKDB;
        }
        if (engine.type().equals(EngineSpec.SPARK)) {
            return SPARK;
        }
        String url = engine.url() == null ? "" : engine.url();
        return url.startsWith("jdbc:postgresql:") ? POSTGRES : null;
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
    SqlDialect DUCKDB = new SqlDialect() {
        @Override
        public String fullMatch(String expression, String regex) {
            return "regexp_full_match(" + expression + ", " + text(regex) + ")";
        }

        @Override
        public String length(String expression) {
            return "length(" + expression + ")";
        }

        @Override
        public String byteLength(String expression) {
            return "strlen(" + expression + ")";
        }

        @Override
        public String integerType() {
            return "HUGEINT";
        }

        @Override
        public boolean holdsInteger(java.math.BigInteger value) {
            return value.bitLength() <= 127;
        }

        @Override
        public String[] textDatetime(String c) {
            String cast = "timezone('UTC', TRY_CAST(" + c + " AS TIMESTAMPTZ))";
            return new String[] {"(" + fullMatch(c, SqlChecks.DATETIME_TEXT) + " AND " + cast + " IS NOT NULL)", cast};
        }

        @Override
        public String isFinite(String expression) {
            return "isfinite(" + expression + ")";
        }

        @Override
        public String approximateTop(String expression, int k) {
            return "approx_top_k(" + expression + ", " + k + ")";
        }

        @Override
        public String approximateDistinct(String expression) {
            // HyperLogLog: exact counts of millions of values took seconds each on the benchmark.
            return "approx_count_distinct(" + expression + ")";
        }

        @Override
        public String quantiles(String expression, double[] shares) {
            return "quantile_disc(" + expression + ", [" + SqlDialect.shares(shares) + "])";
        }

        @Override
        public String parquet(List<String> files, String fileColumn, String rowColumn) {
            String list = String.join(", ", files.stream().map(this::text).toList());
            // filename and file_row_number are virtual columns: not among the files' own columns, whatever those are.
            return "(SELECT *, list_position([" + list + "], filename) - 1 AS " + name(fileColumn)
                    + ", file_row_number AS " + name(rowColumn) + " FROM read_parquet([" + list + "]))";
        }
    };
    /**
     * PostgreSQL (and engines that speak its SQL): POSIX regular expressions, no safe casts (every cast is guarded by
     * the lexical rule and, for dates, the calendar), arbitrary-precision numerics for integers.
     */
    SqlDialect POSTGRES = new SqlDialect() {
        @Override
        public String fullMatch(String expression, String regex) {
            return "(" + expression + " ~ " + text("^(?:" + regex + ")$") + ")";
        }

        @Override
        public String integerType() {
            return "NUMERIC";
        }

        @Override
        public String numberType() {
            return "DOUBLE PRECISION";
        }

        @Override
        public String tryCast(String expression, String type) {
            return "CAST(" + expression + " AS " + type + ")";
        }

        @Override
        public String[] textNumber(String c) {
            String n = "CAST(" + c + " AS NUMERIC)";
            String type = numberType();
            return new String[] {
                "(" + fullMatch(c, SqlChecks.NUMBER_TEXT) + " OR lower(" + c + ") IN ('nan', 'inf', '-inf'))",
                // Without safe casts: decimals beyond the double range become infinities, and those below its least
                // subnormal zero, as Java and DuckDB read them.
                "CASE lower(" + c + ") WHEN 'nan' THEN CAST('NaN' AS " + type + ") WHEN 'inf' THEN CAST('Infinity' AS "
                        + type + ") WHEN '-inf' THEN CAST('-Infinity' AS " + type + ") ELSE CASE WHEN " + n
                        + " > 1.7976931348623157e308 THEN CAST('Infinity' AS " + type + ") WHEN " + n
                        + " < -1.7976931348623157e308 THEN CAST('-Infinity' AS " + type + ") WHEN abs(" + n
                        + ") < 2.4703282292062328e-324 THEN CAST(0 AS " + type + ") ELSE CAST(" + n + " AS " + type
                        + ") END END"
            };
        }

        @Override
        public String[] textDate(String c) {
            return new String[] {
                "CASE WHEN " + fullMatch(c, SqlChecks.DATE_TEXT) + " THEN " + calendar(c) + " ELSE FALSE END",
                "CAST(" + c + " AS DATE)"
            };
        }

        @Override
        public String[] textDatetime(String c) {
            String time = "CAST(substr(" + c + ", 12, 2) AS INTEGER) < 24 AND CAST(substr(" + c
                    + ", 15, 2) AS INTEGER) < 60 AND CAST(substr(" + c + ", 18, 2) AS INTEGER) < 60";
            return new String[] {
                "CASE WHEN " + fullMatch(c, SqlChecks.DATETIME_TEXT) + " THEN " + calendar(c) + " AND " + time
                        + " ELSE FALSE END",
                "CASE WHEN " + c + " ~ '(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)$' THEN CAST(" + c
                        + " AS TIMESTAMPTZ) AT TIME ZONE 'UTC' ELSE CAST(" + c + " AS TIMESTAMP) END"
            };
        }

        /** Whether the {@code YYYY-MM-DD} a text starts with is a day of the calendar, years 1 to 9999. */
        private String calendar(String c) {
            String y = "CAST(substr(" + c + ", 1, 4) AS INTEGER)";
            String m = "CAST(substr(" + c + ", 6, 2) AS INTEGER)";
            String d = "CAST(substr(" + c + ", 9, 2) AS INTEGER)";
            return "(" + y + " >= 1 AND " + m + " BETWEEN 1 AND 12 AND " + d + " >= 1 AND " + d + " <= CASE WHEN " + m
                    + " = 2 THEN CASE WHEN (" + y + " % 4 = 0 AND " + y + " % 100 <> 0) OR " + y + " % 400 = 0 THEN 29"
                    + " ELSE 28 END WHEN " + m + " IN (4, 6, 9, 11) THEN 30 ELSE 31 END)";
        }

        @Override
        public String isNaN(String expression) {
            return "(" + expression + " = CAST('NaN' AS DOUBLE PRECISION))";
        }

        @Override
        public String binaryOrder(String expression) {
            return expression + " COLLATE \"C\"";
        }

        @Override
        public String isFinite(String expression) {
            return "(" + expression + " NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION),"
                    + " CAST('-Infinity' AS DOUBLE PRECISION)))";
        }

        @Override
        public String quantiles(String expression, double[] shares) {
            return "percentile_disc(ARRAY["
                    + SqlDialect.shares(shares)
                    + "]) WITHIN GROUP (ORDER BY " + expression + ")";
        }

        @Override
        public String parquet(List<String> files, String fileColumn, String rowColumn) {
            throw new UnsupportedOperationException("PostgreSQL reads tables, not Parquet files");
        }
    };

    /**
     * Apache Spark SQL: backquoted names, Java regular expressions (as the streaming checks use), safe casts with the
     * session in UTC, Parquet read with each row's file and number from the {@code _metadata} column, approximate
     * distinct counts and quantiles.
     */
    SqlDialect SPARK = new SqlDialect() {
        @Override
        public String name(String name) {
            return '`' + name.replace("`", "``") + '`';
        }

        @Override
        public String text(String text) {
            // Spark reads backslash escapes in literals: escape the backslash itself, then the quote.
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }

        @Override
        public String fullMatch(String expression, String regex) {
            // RLIKE finds; \A and \z anchor the whole text (a $ would also match before a final line break).
            return "(" + expression + " RLIKE " + text("\\A(?:" + regex + ")\\z") + ")";
        }

        @Override
        public String textType() {
            return "STRING";
        }

        @Override
        public String materialized() {
            return "";
        }

        @Override
        public String integerType() {
            return "DECIMAL(38, 0)";
        }

        @Override
        public boolean holdsInteger(java.math.BigInteger value) {
            return value.abs().toString().length() <= 38;
        }

        @Override
        public String[] textDatetime(String c) {
            // The driver's session is in UTC: texts with an offset are moved to it, those without are read as UTC.
            String cast = tryCast(c, "TIMESTAMP");
            return new String[] {"(" + fullMatch(c, SqlChecks.DATETIME_TEXT) + " AND " + cast + " IS NOT NULL)", cast};
        }

        @Override
        public String isFinite(String expression) {
            return "(NOT isnan(" + expression + ") AND abs(" + expression + ") < CAST('Infinity' AS DOUBLE))";
        }

        @Override
        public String approximateDistinct(String expression) {
            // HyperLogLog++ at 1% relative standard deviation (Spark's default is 5%).
            return "approx_count_distinct(" + expression + ", 0.01)";
        }

        @Override
        public String quantiles(String expression, double[] shares) {
            // Greenwald-Khanna at an accuracy of 10,000: within 1/10,000 of the rows' rank, and a value of the data.
            return "percentile_approx(" + expression + ", array(" + SqlDialect.shares(shares) + "), 10000)";
        }

        @Override
        public String table(String from, List<String> order, String fileColumn, String rowColumn) {
            // Spark numbers rows only in an order: without a key, the order in which it reads them.
            return SqlDialect.super.table(
                    from, order.isEmpty() ? List.of("monotonically_increasing_id()") : order, fileColumn, rowColumn);
        }

        @Override
        public String parquet(List<String> files, String fileColumn, String rowColumn) {
            throw new UnsupportedOperationException("Spark reads Parquet through parquet(root, files, ...)");
        }

        @Override
        public String parquet(String root, List<String> files, String fileColumn, String rowColumn) {
            String list = String.join(", ", files.stream().map(this::text).toList());
            // Spark reads the folder (so its partition folders become columns) and names each row's file as a URI.
            return "(SELECT *, array_position(array(" + list + "), regexp_replace(url_decode(_metadata.file_path),"
                    + " '^file:(//)?', '')) - 1 AS " + name(fileColumn) + ", _metadata.row_index AS " + name(rowColumn)
                    + " FROM parquet." + name(root) + ")";
        }
    };
}
