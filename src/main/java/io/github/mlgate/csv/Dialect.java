package io.github.mlgate.csv;

/**
 * How a delimited file is written: the Frictionless CSV Dialect.
 *
 * @param delimiter the field separator, {@code ,} by default ({@code \t} for tsv)
 * @param quoteChar the quote, {@code "} by default
 * @param doubleQuote whether a doubled quote inside a quoted field stands for one quote
 * @param escapeChar the escape character, or 0 for none
 * @param header whether the first row holds the field names
 * @param skipInitialSpace whether spaces after a delimiter are skipped
 */
public record Dialect(
        char delimiter,
        char quoteChar,
        boolean doubleQuote,
        char escapeChar,
        boolean header,
        boolean skipInitialSpace) {

    /** The default CSV dialect. */
    public static final Dialect CSV = new Dialect(',', '"', true, (char) 0, true, false);

    /** The default TSV dialect. */
    public static final Dialect TSV = new Dialect('\t', '"', true, (char) 0, true, false);
}
