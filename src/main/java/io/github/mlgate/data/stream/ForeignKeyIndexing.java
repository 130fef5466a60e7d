package io.github.mlgate.data.stream;

import io.github.mlgate.data.resource.OrderedCheck;
import io.github.mlgate.data.resource.Row;

/** Fills an index with the values of some fields of this resource, for another resource's foreign key to look up. */
final class ForeignKeyIndexing implements OrderedCheck {

    private final ForeignKeys.KeyIndex index;

    ForeignKeyIndexing(ForeignKeys.KeyIndex index) {
        this.index = index;
    }

    @Override
    public void check(Row row) {
        Long key = ForeignKeyLookup.key(row.values(), index.fields);
        if (key != null) {
            index.values.putIfAbsent(key, row.rowInResource);
        }
    }
}
