package io.github.mlgate.data.stream;

import io.github.mlgate.data.resource.ErrorLog;
import io.github.mlgate.data.resource.OrderedCheck;
import io.github.mlgate.data.resource.Row;
import io.github.mlgate.data.resource.RowMessages;
import io.github.mlgate.data.schema.ValueHashes;
import java.util.ArrayList;
import java.util.List;

/**
 * A foreign key of this resource: each row's key values must be among the target's. Looked up at once when the
 * target's rows have all passed, else kept by hash and looked up after the pass.
 */
final class ForeignKeyLookup implements OrderedCheck {

    private final ErrorLog log;
    private final RowMessages messages;
    private final String resource;
    private final ForeignKeys.Check check;

    ForeignKeyLookup(ErrorLog log, RowMessages messages, String resource, ForeignKeys.Check check) {
        this.log = log;
        this.messages = messages;
        this.resource = resource;
        this.check = check;
    }

    @Override
    public void check(Row row) {
        Object[] values = row.values();
        Long key = key(values, check.fields);
        if (key == null) {
            return; // Missing values reference nothing.
        }
        long hash = key;
        if (!check.target.complete) {
            check.defer(hash, row.rowInFile, row.file, RowMessages.place(row).line());
            log.watch(row.rowInFile);
        } else if (check.target.values.get(hash) < 0) {
            List<String> keyValues = new ArrayList<>();
            for (int field : check.fields) {
                keyValues.add(row.text(field));
            }
            log.add(
                    "foreign-key",
                    String.join(",", check.key.fields()),
                    messages.row(row.rowInFile) + ": the foreign key (" + check.key.describe(resource) + ") value '"
                            + CellCaster.shown(text(values, check.fields)) + "' has no match in " + check.targetName
                            + ".",
                    RowMessages.place(row),
                    messages.rowPlace(row.rowInFile).withKey(keyValues));
        }
    }

    /** Looks up the values kept while the target was not complete. */
    void finish() {
        check.finish(log, resource);
    }

    /** The hash of some fields' values, or null when one is missing. */
    static Long key(Object[] values, int[] fields) {
        long key = 1;
        for (int index : fields) {
            if (values[index] == null) {
                return null;
            }
            key = ValueHashes.combine(key, ValueHashes.hashValue(values[index]));
        }
        return key;
    }

    /** Some fields' values as the user reads them. */
    private static String text(Object[] values, int[] fields) {
        StringBuilder text = new StringBuilder();
        for (int index : fields) {
            text.append(text.length() > 0 ? ", " : "").append(values[index]);
        }
        return text.toString();
    }
}
