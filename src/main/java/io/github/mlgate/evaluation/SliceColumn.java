package io.github.mlgate.evaluation;

import java.util.List;

/**
 * One slice column of the predictions: its distinct values, and the value of each row as an index into them.
 *
 * @param name the column
 * @param values the distinct values, in order of first appearance
 * @param valueOfRow for every row, the index of its value
 */
record SliceColumn(String name, List<String> values, int[] valueOfRow) {}
