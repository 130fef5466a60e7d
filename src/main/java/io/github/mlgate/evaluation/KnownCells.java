package io.github.mlgate.evaluation;

import java.util.Arrays;

/**
 * The ids of a column's first few distinct cells, found again from a cell's raw bytes with no string made. Classes
 * and slice values repeat on every row of a predictions file, and making a string of each cell was a third of
 * reading ten million predictions. A cell not remembered takes the string path, which names its id and remembers it.
 */
final class KnownCells {

    /** How many distinct cells are remembered: classes and slices have few; beyond them the string path serves. */
    private static final int REMEMBERED = 16;

    private final byte[][] cells = new byte[REMEMBERED][];
    private final int[] ids = new int[REMEMBERED];
    private int count;

    /**
     * The id of a remembered cell.
     *
     * @param bytes the record's bytes
     * @param from the cell's first byte
     * @param to one past its last
     * @return the id, or -1 when the cell is not remembered
     */
    int find(byte[] bytes, int from, int to) {
        int length = to - from;
        for (int i = 0; i < count; i++) {
            byte[] cell = cells[i];
            if (cell.length == length && same(cell, bytes, from)) {
                return ids[i];
            }
        }
        return -1;
    }

    /** A plain loop: cells are a few bytes, shorter than Arrays.equals' vectorised compare pays for. */
    private static boolean same(byte[] cell, byte[] bytes, int from) {
        for (int i = 0; i < cell.length; i++) {
            if (cell[i] != bytes[from + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Remembers a cell's id, while there is room.
     *
     * @param bytes the record's bytes
     * @param from the cell's first byte
     * @param to one past its last
     * @param id the id the string path gave the cell
     */
    void remember(byte[] bytes, int from, int to, int id) {
        if (count < REMEMBERED && find(bytes, from, to) < 0) {
            cells[count] = Arrays.copyOfRange(bytes, from, to);
            ids[count++] = id;
        }
    }
}
