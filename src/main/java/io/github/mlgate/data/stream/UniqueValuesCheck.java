package io.github.mlgate.data.stream;

import io.github.mlgate.data.resource.ErrorLog;
import io.github.mlgate.data.resource.OrderedCheck;
import io.github.mlgate.data.resource.Row;
import io.github.mlgate.data.resource.RowMessages;
import io.github.mlgate.data.schema.SchemaField;
import io.github.mlgate.data.schema.ValueHashes;
import java.util.List;

/** Fields whose values must be unique ({@code constraints.unique}): a value seen before is a {@code unique-error}. */
final class UniqueValuesCheck implements OrderedCheck {

    private final ErrorLog log;
    private final RowMessages messages;
    private final List<SchemaField> fields;
    private final int[] uniqueFields;
    private final FirstRows[] seen;

    UniqueValuesCheck(ErrorLog log, RowMessages messages, List<SchemaField> fields, int[] uniqueFields) {
        this.log = log;
        this.messages = messages;
        this.fields = fields;
        this.uniqueFields = uniqueFields;
        this.seen = new FirstRows[uniqueFields.length];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = new FirstRows(ValueHashes::hashLong);
        }
    }

    @Override
    public void check(Row row) {
        for (int u = 0; u < uniqueFields.length; u++) {
            int i = uniqueFields[u];
            Object value = row.value(i);
            if (value == null) {
                continue;
            }
            int first = value instanceof Long integer
                    ? seen[u].putIfAbsentInteger(integer, row.rowInResource)
                    : seen[u].putIfAbsentHash(row.hashes[i], row.rowInResource);
            if (first >= 0) {
                log.add(
                        "unique-error",
                        fields.get(i).name(),
                        messages.cell(row.rowInFile, i) + ": '" + CellCaster.shown(row.text(i))
                                + "' repeats the value of " + messages.earlier(first) + ".",
                        RowMessages.place(row),
                        messages.repeating(messages.cellPlace(row.rowInFile, i, row.text(i)), null, first));
            }
        }
    }

    @Override
    public void presize(long expected) {
        for (FirstRows rows : seen) {
            rows.ensureCapacity(expected);
        }
    }
}
