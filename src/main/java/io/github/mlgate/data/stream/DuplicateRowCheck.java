package io.github.mlgate.data.stream;

import io.github.mlgate.data.resource.ErrorLog;
import io.github.mlgate.data.resource.OrderedCheck;
import io.github.mlgate.data.resource.Row;
import io.github.mlgate.data.resource.RowMessages;
import io.github.mlgate.data.schema.LongIntMap;

/** Repeated rows, when the resource asks for none ({@code mlgate.duplicateRows}): compared whole, by hash. */
final class DuplicateRowCheck implements OrderedCheck {

    private final ErrorLog log;
    private final RowMessages messages;
    private final LongIntMap rowsSeen = new LongIntMap(1 << 16);

    DuplicateRowCheck(ErrorLog log, RowMessages messages) {
        this.log = log;
        this.messages = messages;
    }

    @Override
    public void check(Row row) {
        int first = rowsSeen.putIfAbsent(row.wholeHash, row.rowInResource);
        if (first >= 0) {
            log.add(
                    "duplicate-row",
                    null,
                    messages.row(row.rowInFile) + " repeats " + messages.earlier(first) + ".",
                    RowMessages.place(row),
                    messages.repeating(messages.rowPlace(row.rowInFile), null, first));
        }
    }

    @Override
    public void presize(long expected) {
        rowsSeen.ensureCapacity(expected);
    }
}
