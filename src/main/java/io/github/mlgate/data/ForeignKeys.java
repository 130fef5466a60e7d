package io.github.mlgate.data;

import io.github.mlgate.gate.Findings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wires the foreign keys of a package: each referenced set of fields gets an index filled while its resource's rows
 * pass, and resources are validated referenced-first, so most references are checked row by row with their value.
 * A reference to the resource itself, or within a cycle, is checked after the pass.
 */
final class ForeignKeys {

    /** The indexes of referenced fields, by resource name and fields. */
    private final Map<String, ResourceValidator.KeyIndex> indexes = new HashMap<>();

    private ForeignKeys() {}

    /**
     * Connects every foreign key to an index of its target. A key naming a resource or field that does not exist is
     * a schema error.
     *
     * @param resources the resources
     * @param validators their validators, by name
     * @param findings where schema errors go
     * @return the wiring
     */
    static ForeignKeys wire(
            List<DataResource> resources, Map<String, ResourceValidator> validators, Findings findings) {
        ForeignKeys wiring = new ForeignKeys();
        Map<String, DataResource> byName = new HashMap<>();
        resources.forEach(r -> byName.put(r.name(), r));
        Map<String, ResourceValidator.KeyIndex> indexes = wiring.indexes;
        for (DataResource resource : resources) {
            for (ForeignKey key : resource.schema().foreignKeys()) {
                DataResource target = key.resource().isEmpty() ? resource : byName.get(key.resource());
                if (target == null) {
                    findings.error(
                            "schema-error",
                            "Invalid Table Schema: the foreign key " + key.describe(resource.name())
                                    + " names the resource '" + key.resource() + "', which the package does not have.",
                            key.location());
                    continue;
                }
                int[] remote = key.referenceFields().stream()
                        .mapToInt(target.schema()::indexOf)
                        .toArray();
                if (java.util.Arrays.stream(remote).anyMatch(i -> i < 0)) {
                    findings.error(
                            "schema-error",
                            "Invalid Table Schema: the foreign key " + key.describe(resource.name())
                                    + " names fields that '" + target.name() + "' does not have.",
                            key.location());
                    continue;
                }
                String id = target.name() + "\u0000" + String.join("\u0000", key.referenceFields());
                ResourceValidator.KeyIndex index = indexes.get(id);
                if (index == null) {
                    index = new ResourceValidator.KeyIndex(remote);
                    indexes.put(id, index);
                    validators.get(target.name()).collect(index);
                }
                int[] local = key.fields().stream()
                        .mapToInt(resource.schema()::indexOf)
                        .toArray();
                validators
                        .get(resource.name())
                        .check(new ResourceValidator.ForeignKeyCheck(key, local, index, target.name()));
            }
        }
        return wiring;
    }

    /**
     * The order to validate in: each resource after the ones it references, where there is no cycle.
     *
     * @param resources the resources, in package order
     * @return the same resources, referenced first
     */
    static List<DataResource> order(List<DataResource> resources) {
        List<DataResource> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<DataResource> left = new LinkedHashSet<>(resources);
        while (!left.isEmpty()) {
            DataResource next = left.stream()
                    .filter(r -> r.schema().foreignKeys().stream()
                            .map(ForeignKey::resource)
                            .allMatch(t -> t.isEmpty()
                                    || t.equals(r.name())
                                    || done.contains(t)
                                    || left.stream().noneMatch(o -> o.name().equals(t))))
                    .findFirst()
                    .orElse(left.iterator().next());
            ordered.add(next);
            done.add(next.name());
            left.remove(next);
        }
        return ordered;
    }

    /**
     * Marks the indexes a resource fills as complete once its rows have passed.
     *
     * @param resource the resource just validated
     */
    void completed(DataResource resource) {
        indexes.forEach((id, index) -> {
            if (id.startsWith(resource.name() + "\u0000")) {
                index.complete = true;
            }
        });
    }
}
