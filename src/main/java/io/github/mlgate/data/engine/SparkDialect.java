package io.github.mlgate.data.engine;

import java.util.List;

/**
 * Apache Spark SQL: backquoted names, Java regular expressions (as the streaming checks use), safe casts with the
 * session in UTC, Parquet read with each row's file and number from the {@code _metadata} column, approximate
 * distinct counts and quantiles.
 */
final class SparkDialect implements SqlDialect {

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
    public boolean keepsCells() {
        // Spark local[2] over 1,000,000 rows of Parquet: its cache (CACHE TABLE ... AS) took 139-142 s against 119-129
        // s re-reading typed columns, and 224 s against 151 s with ten of thirteen fields parsed from text.
        return false;
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
}
