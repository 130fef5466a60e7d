package io.github.mlgate.data.schema;

import io.github.mlgate.gate.Location;
import java.util.List;

/**
 * A foreign key of a Table Schema: the values of some fields must appear as the values of fields of a resource,
 * this one or another.
 *
 * @param fields the referencing fields
 * @param resource the referenced resource's name; empty for the resource itself
 * @param referenceFields the referenced fields, as many as {@code fields}
 * @param location where the key is defined
 */
public record ForeignKey(List<String> fields, String resource, List<String> referenceFields, Location location) {

    /** The key as users read it, for example {@code customer_id -> customers(id)}. */
    public String describe(String self) {
        return String.join(", ", fields) + " -> " + (resource.isEmpty() ? self : resource) + "("
                + String.join(", ", referenceFields) + ")";
    }
}
