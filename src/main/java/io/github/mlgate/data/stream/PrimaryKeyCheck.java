package io.github.mlgate.data.stream;

import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.ErrorLog;
import io.github.mlgate.data.resource.OrderedCheck;
import io.github.mlgate.data.resource.Row;
import io.github.mlgate.data.resource.RowMessages;
import io.github.mlgate.data.schema.ValueHashes;
import java.util.ArrayList;
import java.util.List;

/**
 * The primary key: a key seen before is a {@code primary-key} error. A key of one integer field is looked up by its
 * value, kept unboxed by the workers; others by their hash.
 */
final class PrimaryKeyCheck implements OrderedCheck {

    private final ErrorLog log;
    private final RowMessages messages;
    private final DataResource resource;
    private final FirstRows keys = new FirstRows(value -> ValueHashes.combine(1, ValueHashes.hashLong(value)));

    /** The key's field when it is one field, else -1. */
    private final int keyField;

    PrimaryKeyCheck(ErrorLog log, RowMessages messages, DataResource resource) {
        this.log = log;
        this.messages = messages;
        this.resource = resource;
        this.keyField = resource.schema().primaryKey().size() == 1
                ? resource.schema().indexOf(resource.schema().primaryKey().get(0))
                : -1;
    }

    @Override
    public void check(Row row) {
        if (!row.keyComplete) {
            return;
        }
        int first;
        if (row.hasIntegerKey) {
            first = keys.putIfAbsentInteger(row.integerKey, row.rowInResource);
        } else if (keyField >= 0 && row.value(keyField) instanceof Long integer) {
            first = keys.putIfAbsentInteger(integer, row.rowInResource);
        } else {
            first = keys.putIfAbsentHash(row.keyHash, row.rowInResource);
        }
        if (first >= 0) {
            repeated(row, first);
        }
    }

    /** Reports a repeated key: rare, so in a method of its own, compiled apart from the common path. */
    private void repeated(Row row, int first) {
        String key = String.join(", ", resource.schema().primaryKey());
        List<String> values = new ArrayList<>();
        for (String field : resource.schema().primaryKey()) {
            values.add(row.text(resource.schema().indexOf(field)));
        }
        log.add(
                "primary-key",
                String.join(",", resource.schema().primaryKey()),
                messages.row(row.rowInFile) + ": the primary key (" + key + ") repeats that of "
                        + messages.earlier(first) + ".",
                RowMessages.place(row),
                messages.repeating(messages.rowPlace(row.rowInFile), values, first));
    }

    @Override
    public void presize(long expected) {
        keys.ensureCapacity(expected);
    }
}
