package io.github.mlgate.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Location;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON or YAML document that remembers where every node came from, so findings can name the line and
 * column of the offending key or value.
 *
 * @param file the file as the user names it
 * @param root the document's root node
 * @param valueLocations the start of every value, by JSON Pointer
 * @param keyLocations the start of every mapping key, by the JSON Pointer of its value
 * @param duplicateKeys keys that appear twice in one mapping
 */
public record LocatedDocument(
        String file,
        JsonNode root,
        Map<String, Location> valueLocations,
        Map<String, Location> keyLocations,
        List<DuplicateKey> duplicateKeys) {

    /** Copies the maps and the list. */
    public LocatedDocument {
        valueLocations = Map.copyOf(valueLocations);
        keyLocations = Map.copyOf(keyLocations);
        duplicateKeys = List.copyOf(duplicateKeys);
    }

    /**
     * Where the node at a path starts: its key when it has one (that is what a reader looks for), else its value,
     * else the nearest enclosing node, else the file.
     *
     * @param path the node's path
     * @return the best known location
     */
    public Location locate(NodePath path) {
        String pointer = path.pointer();
        while (true) {
            Location found = keyLocations.get(pointer);
            if (found == null) {
                found = valueLocations.get(pointer);
            }
            if (found != null) {
                return found;
            }
            if (pointer.isEmpty()) {
                return Location.ofFile(file);
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
    }

    /**
     * Where the value at a path starts (rather than its key), falling back as {@link #locate} does.
     *
     * @param path the node's path
     * @return the best known location
     */
    public Location locateValue(NodePath path) {
        Location found = valueLocations.get(path.pointer());
        return found != null ? found : locate(path);
    }

    /**
     * Reports every key that appears twice in one mapping as a {@code duplicate-key} error: the reader keeps the first
     * value, and silently using either would judge something the user did not mean.
     *
     * @param findings where the errors go
     */
    public void reportDuplicateKeys(Findings findings) {
        for (DuplicateKey duplicate : duplicateKeys) {
            findings.error(
                    "duplicate-key",
                    "Key '" + duplicate.path().display() + "' appears twice; the first is at line "
                            + duplicate.first().line() + ". Keep one.",
                    duplicate.location());
        }
    }
}
