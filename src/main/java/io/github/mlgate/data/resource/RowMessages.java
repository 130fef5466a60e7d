package io.github.mlgate.data.resource;

import io.github.mlgate.data.schema.SchemaField;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.TablePlace;
import java.util.List;

/**
 * How findings about a resource's rows and cells begin, and where they point; built only when there is something to
 * report, since most rows have nothing.
 */
public final class RowMessages {

    private final String resource;
    private final List<SchemaField> fields;
    private final boolean severalFiles;

    /** Where each file's rows start, in the resource's numbering of its data rows; in file order. */
    private final List<FileStart> files = new java.util.ArrayList<>();

    private record FileStart(String file, long rowsBefore, int headerRows) {}

    public RowMessages(DataResource resource) {
        this.resource = resource.name();
        this.fields = resource.schema().fields();
        this.severalFiles = resource.files().size() > 1;
    }

    /**
     * Notes where a file's rows start, so that rows remembered by their number in the resource (the key maps keep
     * that) are named as users count them: rows of a file, the header being row 1.
     *
     * @param file the file as the user names it
     * @param rowsBefore the data rows of the resource's earlier files
     * @param headerRows 1 when the file has a header row, else 0
     */
    public void fileStarts(String file, long rowsBefore, int headerRows) {
        files.add(new FileStart(file, rowsBefore, headerRows));
    }

    /**
     * An earlier row named by its number in the resource, for example {@code row 2}, or {@code row 2 of
     * data/part-1.csv} when the resource has several files.
     *
     * @param rowInResource the data row's number in the resource, from 1
     * @return the row's name
     */
    public String earlier(long rowInResource) {
        FileStart start = fileOf(rowInResource);
        return "row " + rowInFile(start, rowInResource) + (severalFiles ? " of " + start.file() : "");
    }

    /**
     * A place that repeats an earlier row, by that row's number in the resource.
     *
     * @param place the place that repeats
     * @param keyValues the key's values, or null
     * @param rowInResource the earlier row's number in the resource
     * @return the place, naming the earlier row in its file (and the file, when there are several)
     */
    public TablePlace repeating(TablePlace place, List<String> keyValues, long rowInResource) {
        FileStart start = fileOf(rowInResource);
        return place.repeating(keyValues, rowInFile(start, rowInResource), severalFiles ? start.file() : null);
    }

    private FileStart fileOf(long rowInResource) {
        FileStart start = files.isEmpty() ? new FileStart("", 0, 0) : files.get(0);
        for (FileStart file : files) {
            if (file.rowsBefore() < rowInResource) {
                start = file;
            }
        }
        return start;
    }

    private static long rowInFile(FileStart start, long rowInResource) {
        return rowInResource - start.rowsBefore() + start.headerRows();
    }

    /**
     * A row's place.
     *
     * @param rowInFile the row in its file (the header is row 1)
     * @return the place
     */
    public TablePlace rowPlace(long rowInFile) {
        return TablePlace.ofRow(resource, rowInFile);
    }

    /**
     * A cell's place.
     *
     * @param rowInFile the row in its file (the header is row 1)
     * @param field the field's index, from 0
     * @param text the cell's text, or null when the row has no cell for it
     * @return the place
     */
    public TablePlace cellPlace(long rowInFile, int field, String text) {
        return TablePlace.ofCell(
                resource,
                rowInFile,
                field + 1,
                field < fields.size() ? fields.get(field).name() : null,
                text);
    }

    /**
     * Where reading the file begun last stopped, for example {@code after row 4}.
     *
     * @param rows the data rows of the resource read so far
     * @return where, in the file's numbering
     */
    public String after(long rows) {
        FileStart last = files.get(files.size() - 1);
        long rowInFile = rows - last.rowsBefore() + last.headerRows();
        return rowInFile == 0 ? "at its start" : "after row " + rowInFile;
    }

    /** How a message about a row starts, for example {@code Resource 'train' row 4}. */
    public String row(long rowInFile) {
        return "Resource '" + resource + "' row " + rowInFile;
    }

    /** How a message about a cell starts, for example {@code Resource 'train' row 4, field 2 'age'}. */
    public String cell(long rowInFile, int field) {
        return row(rowInFile) + ", field " + (field + 1) + " '"
                + fields.get(field).name() + "'";
    }

    /** Where a row is: its file and line. */
    public static Location place(Row row) {
        return new Location(row.file, (int) Math.min(Integer.MAX_VALUE, row.line), null);
    }
}
