package io.github.mlgate.data.stream;

import io.github.mlgate.csv.Rows;
import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.ErrorLog;
import io.github.mlgate.data.schema.SchemaField;
import io.github.mlgate.gate.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's header row against the schema's fields, as Frictionless checks it: labels the schema does not have,
 * blank and repeated labels, labels that differ from the field's name, and fields without a column.
 */
final class HeaderCheck {

    private final String resource;
    private final List<SchemaField> fields;
    private final ErrorLog log;

    HeaderCheck(DataResource resource, ErrorLog log) {
        this.resource = resource.name();
        this.fields = resource.schema().fields();
        this.log = log;
    }

    /**
     * Checks a header.
     *
     * @param header the reader, on the header row
     * @param file the file, as findings name it
     */
    void check(Rows header, String file) {
        Map<String, Integer> seen = new HashMap<>();
        int labels = header.fields();
        Location where = new Location(file, 1, null);
        for (int i = 0; i < labels; i++) {
            String label = header.text(i).strip();
            if (i >= fields.size()) {
                log.addHeader(
                        "extra-label",
                        label,
                        start() + "column " + (i + 1) + " '" + CellCaster.shown(label)
                                + "' is not in the schema, which has " + fields.size() + " fields.",
                        where,
                        place(i, label));
                continue;
            }
            if (label.isEmpty()) {
                log.addHeader(
                        "blank-label",
                        fields.get(i).name(),
                        start() + "column " + (i + 1) + " has no label; the schema's field " + (i + 1) + " is '"
                                + fields.get(i).name() + "'.",
                        where,
                        place(i, label));
                continue;
            }
            Integer first = seen.putIfAbsent(label, i + 1);
            if (first != null) {
                // A repeated label is that error alone: whether it names the field is not asked (as Frictionless).
                log.addHeader(
                        "duplicate-label",
                        label,
                        start() + "the label '" + CellCaster.shown(label) + "' of column " + (i + 1)
                                + " repeats column " + first + ".",
                        where,
                        place(i, label));
                continue;
            }
            // A line break inside a quoted label reads as a space, as Frictionless compares labels with names.
            if (!normalised(label).equals(fields.get(i).name())) {
                log.addHeader(
                        "incorrect-label",
                        fields.get(i).name(),
                        start() + "column " + (i + 1) + " is labelled '" + CellCaster.shown(label)
                                + "', but the schema's field " + (i + 1) + " is '"
                                + fields.get(i).name() + "'.",
                        where,
                        place(i, label));
            }
        }
        for (int i = labels; i < fields.size(); i++) {
            log.addHeader(
                    "missing-label",
                    fields.get(i).name(),
                    start() + "the schema's field " + (i + 1) + " '"
                            + fields.get(i).name() + "' has no column.",
                    where,
                    place(i, null));
        }
    }

    /** A label as it is compared with its field's name: line breaks read as spaces, the ends trimmed. */
    static String normalised(String label) {
        return label.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
    }

    /** A label's place: row 1, its column, the schema's field there if any, and the label. */
    private io.github.mlgate.gate.TablePlace place(int column, String label) {
        return io.github.mlgate.gate.TablePlace.ofCell(
                resource,
                1,
                column + 1,
                column < fields.size() ? fields.get(column).name() : null,
                label);
    }

    private String start() {
        return "Resource '" + resource + "' header: ";
    }
}
