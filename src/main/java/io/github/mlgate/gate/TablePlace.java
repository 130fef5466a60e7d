package io.github.mlgate.gate;

import java.util.List;

/**
 * Where in a table a data finding is, as fields a program reads rather than words in the message: what Frictionless
 * reports carry. Every part but the resource may be absent (null): a file error has no row, a row error no field.
 *
 * @param resource the resource's name
 * @param rowNumber the row in its file, the header being row 1
 * @param fieldNumber the field's position in the schema, from 1
 * @param fieldName the field's name
 * @param cell the cell's text as written, cut to {@value #CELL_LIMIT} characters
 * @param keyValues for key errors, the values of the key's fields, in the key's order
 * @param repeatsRowNumber for repeated keys, values and rows, the row they repeat
 * @param repeatsFile the file of that row, when the resource has several files
 */
public record TablePlace(
        String resource,
        Long rowNumber,
        Integer fieldNumber,
        String fieldName,
        String cell,
        List<String> keyValues,
        Long repeatsRowNumber,
        String repeatsFile) {

    /** The longest cell text a place keeps. */
    public static final int CELL_LIMIT = 200;

    /** Checks the resource is named, cuts the cell and copies the key. */
    public TablePlace {
        java.util.Objects.requireNonNull(resource, "resource");
        if (cell != null && cell.length() > CELL_LIMIT) {
            cell = cell.substring(0, CELL_LIMIT);
        }
        keyValues = keyValues == null ? null : List.copyOf(keyValues);
    }

    /**
     * A place in a resource but in no row: a file or its header.
     *
     * @param resource the resource's name
     * @return the place
     */
    public static TablePlace ofResource(String resource) {
        return new TablePlace(resource, null, null, null, null, null, null, null);
    }

    /**
     * A row.
     *
     * @param resource the resource's name
     * @param rowNumber the row in its file, the header being row 1
     * @return the place
     */
    public static TablePlace ofRow(String resource, long rowNumber) {
        return new TablePlace(resource, rowNumber, null, null, null, null, null, null);
    }

    /**
     * A cell.
     *
     * @param resource the resource's name
     * @param rowNumber the row in its file, the header being row 1
     * @param fieldNumber the field's position, from 1
     * @param fieldName the field's name
     * @param cell the cell's text, or null when the row has no cell for the field
     * @return the place
     */
    public static TablePlace ofCell(String resource, long rowNumber, int fieldNumber, String fieldName, String cell) {
        return new TablePlace(resource, rowNumber, fieldNumber, fieldName, cell, null, null, null);
    }

    /**
     * The same place, naming the earlier row a key, value or row repeats.
     *
     * @param keyValues the key's values, or null
     * @param rowNumber the earlier row, in its file
     * @param file its file, when the resource has several, else null
     * @return the place
     */
    public TablePlace repeating(List<String> keyValues, long rowNumber, String file) {
        return new TablePlace(resource, this.rowNumber, fieldNumber, fieldName, cell, keyValues, rowNumber, file);
    }

    /**
     * The same place with the values of a key.
     *
     * @param keyValues the key's values
     * @return the place
     */
    public TablePlace withKey(List<String> keyValues) {
        return new TablePlace(
                resource, rowNumber, fieldNumber, fieldName, cell, keyValues, repeatsRowNumber, repeatsFile);
    }
}
