package io.github.mlgate.data.engine;

import java.util.List;

/** DuckDB: RE2 regular expressions, safe casts, Parquet read with each row's file and number. */
final class DuckDbDialect implements SqlDialect {

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
        return "(SELECT *, list_position([" + list + "], filename) - 1 AS " + name(fileColumn) + ", file_row_number AS "
                + name(rowColumn) + " FROM read_parquet([" + list + "]))";
    }
}
