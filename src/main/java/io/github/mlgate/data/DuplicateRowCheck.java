package io.github.mlgate.data;

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
                    row.rowInFile,
                    null,
                    messages.row(row.rowInFile) + " repeats data row " + first + ".",
                    RowMessages.place(row));
        }
    }

    @Override
    public void presize(long expected) {
        rowsSeen.ensureCapacity(expected);
    }
}
