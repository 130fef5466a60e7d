package io.github.mlgate.evaluation;

import java.util.List;

/**
 * One slice column of the predictions: its distinct values, and the value of each row as an index into them.
 *
 * @param name the column
 * @param values the distinct values, in order of first appearance
 * @param valueOfRow for every row, the index of its value
 */
record SliceColumn(String name, List<String> values, int[] valueOfRow) {

    /**
     * The rows of each value.
     *
     * @return for each value index, the ascending row numbers that hold it
     */
    int[][] rowsByValue() {
        int[] counts = new int[values.size()];
        for (int value : valueOfRow) {
            counts[value]++;
        }
        int[][] rows = new int[values.size()][];
        for (int v = 0; v < rows.length; v++) {
            rows[v] = new int[counts[v]];
        }
        int[] filled = new int[values.size()];
        for (int row = 0; row < valueOfRow.length; row++) {
            int value = valueOfRow[row];
            rows[value][filled[value]++] = row;
        }
        return rows;
    }
}
