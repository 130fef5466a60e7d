package io.github.mlgate.data;

import io.github.mlgate.gate.Location;
import java.util.List;

/**
 * How findings about a resource's rows and cells begin, and where they point; built only when there is something to
 * report, since most rows have nothing.
 */
final class RowMessages {

    private final String resource;
    private final List<SchemaField> fields;

    RowMessages(DataResource resource) {
        this.resource = resource.name();
        this.fields = resource.schema().fields();
    }

    /** How a message about a row starts, for example {@code Resource 'train' row 4}. */
    String row(long rowInFile) {
        return "Resource '" + resource + "' row " + rowInFile;
    }

    /** How a message about a cell starts, for example {@code Resource 'train' row 4, field 2 'age'}. */
    String cell(long rowInFile, int field) {
        return row(rowInFile) + ", field " + (field + 1) + " '"
                + fields.get(field).name() + "'";
    }

    /** Where a row is: its file and line. */
    static Location place(Row row) {
        return new Location(row.file, (int) Math.min(Integer.MAX_VALUE, row.line), null);
    }
}
