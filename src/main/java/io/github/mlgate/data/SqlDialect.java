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
     * A name, quoted.
     *
     * @param name a column, table or alias name
     * @return the quoted name
     */
    default String name(String name) {
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
    String length(String expression);

    /**
     * A value as text.
     *
     * @param expression the value's expression
     * @return the text's expression
     */
    default String asText(String expression) {
        return "CAST(" + expression + " AS VARCHAR)";
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

    /** The type integers of any size are compared in. */
    String integerType();

    /** The type numbers are compared in. */
    default String numberType() {
        return "DOUBLE";
    }

    /**
     * A text datetime, with or without an offset, as a timestamp in UTC; or null when it is none.
     *
     * @param expression the text's expression
     * @return the timestamp's expression
     */
    String utcTimestamp(String expression);

    /**
     * Whether a number is not a number.
     *
     * @param expression the number's expression
     * @return the condition
     */
    String isNaN(String expression);

    /**
     * Whether a number is finite: not NaN nor infinite.
     *
     * @param expression the number's expression
     * @return the condition
     */
    String isFinite(String expression);

    /**
     * The discrete quantiles of some numbers, as an array in the order of the shares asked for.
     *
     * @param expression the numbers' expression
     * @param shares the shares, from 0 to 1
     * @return the aggregate's expression
     */
    String quantiles(String expression, double[] shares);

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
        public String integerType() {
            return "HUGEINT";
        }

        @Override
        public String utcTimestamp(String expression) {
            return "timezone('UTC', TRY_CAST(" + expression + " AS TIMESTAMPTZ))";
        }

        @Override
        public String isNaN(String expression) {
            return "isnan(" + expression + ")";
        }

        @Override
        public String isFinite(String expression) {
            return "isfinite(" + expression + ")";
        }

        @Override
        public String quantiles(String expression, double[] shares) {
            return "quantile_disc(" + expression + ", ["
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(shares)
                                    .mapToObj(Double::toString)
                                    .toList())
                    + "])";
        }

        @Override
        public String parquet(List<String> files, String fileColumn, String rowColumn) {
            String list = String.join(", ", files.stream().map(this::text).toList());
            // filename and file_row_number are virtual columns: not among the files' own columns, whatever those are.
            return "(SELECT *, list_position([" + list + "], filename) - 1 AS " + name(fileColumn)
                    + ", file_row_number AS " + name(rowColumn) + " FROM read_parquet([" + list + "]))";
        }
    };
}
