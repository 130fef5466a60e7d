package io.github.mlgate.data.resource;

/**
 * A check made on a resource's rows in file order, on one thread, after the workers have cast them: it needs every
 * earlier row (unique values, the primary key, split keys, foreign keys, repeated rows). Memory holds only what it
 * needs: a hash or a value and a row number per key. The stream's {@code RowChecks} calls each, in the order findings are
 * reported, for every row that has cells.
 */
public interface OrderedCheck {

    /**
     * Checks a row, the rows before it having been checked.
     *
     * @param row the row, readable and not blank
     */
    void check(Row row);

    /**
     * Sizes what the check remembers for the rows expected, so a map of millions of keys is allocated once.
     *
     * @param expected how many rows the resource is expected to have
     */
    default void presize(long expected) {}
}
