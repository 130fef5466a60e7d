package io.github.mlgate.data.stream;

import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.ErrorLog;
import io.github.mlgate.data.schema.ForeignKey;
import io.github.mlgate.data.schema.LongIntMap;
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
public final class ForeignKeys {

    /** The indexes of referenced fields, by resource name and fields. */
    private final Map<String, KeyIndex> indexes = new HashMap<>();

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
    public static ForeignKeys wire(
            List<DataResource> resources, Map<String, ResourceValidator> validators, Findings findings) {
        ForeignKeys wiring = new ForeignKeys();
        Map<String, DataResource> byName = new HashMap<>();
        resources.forEach(r -> byName.put(r.name(), r));
        Map<String, KeyIndex> indexes = wiring.indexes;
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
                KeyIndex index = indexes.get(id);
                if (index == null) {
                    index = new KeyIndex(remote);
                    indexes.put(id, index);
                    validators.get(target.name()).collect(index);
                }
                int[] local = key.fields().stream()
                        .mapToInt(resource.schema()::indexOf)
                        .toArray();
                validators.get(resource.name()).check(new Check(key, local, index, target.name()));
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
    public static List<DataResource> order(List<DataResource> resources) {
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
    public void completed(DataResource resource) {
        indexes.forEach((id, index) -> {
            if (id.startsWith(resource.name() + "\u0000")) {
                index.complete = true;
            }
        });
    }

    /** Key values of some fields, filled while a resource's rows pass, for foreign keys to look up. */
    static final class KeyIndex {
        final int[] fields;
        final LongIntMap values = new LongIntMap(1 << 16);
        boolean complete;

        KeyIndex(int[] fields) {
            this.fields = fields;
        }
    }

    /** A foreign key of this resource, checked row by row when its target is complete, else after the pass. */
    static final class Check {
        final ForeignKey key;
        final int[] fields;
        final KeyIndex target;
        final String targetName;
        private long[] hashes = new long[0];
        private long[] rowNumbers = new long[0];
        private String[] files = new String[0];
        private int[] lines = new int[0];
        private int deferred;

        Check(ForeignKey key, int[] fields, KeyIndex target, String targetName) {
            this.key = key;
            this.fields = fields;
            this.target = target;
            this.targetName = targetName;
        }

        /**
         * Checks the values deferred during the pass, now that the target is complete.
         *
         * @param log where misses go
         * @param resource the referencing resource's name
         */
        void finish(ErrorLog log, String resource) {
            for (int i = 0; i < deferred; i++) {
                if (target.values.get(hashes[i]) < 0) {
                    log.addLate(
                            "foreign-key",
                            rowNumbers[i],
                            String.join(",", key.fields()),
                            "Resource '" + resource + "' row " + rowNumbers[i] + ": the foreign key ("
                                    + key.describe(resource) + ") has no match.",
                            new io.github.mlgate.gate.Location(files[i], lines[i], null));
                }
            }
        }

        void defer(long hash, long rowNumber, String file, int line) {
            if (deferred == hashes.length) {
                int size = Math.max(1024, deferred * 2);
                hashes = java.util.Arrays.copyOf(hashes, size);
                rowNumbers = java.util.Arrays.copyOf(rowNumbers, size);
                files = java.util.Arrays.copyOf(files, size);
                lines = java.util.Arrays.copyOf(lines, size);
            }
            hashes[deferred] = hash;
            rowNumbers[deferred] = rowNumber;
            files[deferred] = file;
            lines[deferred] = line;
            deferred++;
        }
    }
}
