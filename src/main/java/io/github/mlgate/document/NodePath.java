package io.github.mlgate.document;

/**
 * The path of a node in a document, both as a JSON Pointer (the lookup key) and as users read it.
 *
 * @param pointer the RFC 6901 JSON Pointer, {@code ""} for the root, for example {@code /inputs/0/name}
 * @param display the path as written in messages, {@code ""} for the root, for example {@code inputs[0].name}
 */
public record NodePath(String pointer, String display) {

    /** The document's root. */
    public static final NodePath ROOT = new NodePath("", "");

    /**
     * The path of a key inside this object.
     *
     * @param key the key
     * @return the child's path
     */
    public NodePath key(String key) {
        String escaped = key.replace("~", "~0").replace("/", "~1");
        return new NodePath(pointer + "/" + escaped, display.isEmpty() ? key : display + "." + key);
    }

    /**
     * The path of an item inside this list.
     *
     * @param index the 0-based index
     * @return the item's path
     */
    public NodePath index(int index) {
        return new NodePath(pointer + "/" + index, display + "[" + index + "]");
    }

    /**
     * Whether this is a key of the root mapping, which the scope document calls a section.
     *
     * @return true for {@code /problem}, false for the root and for deeper paths
     */
    public boolean isTopLevel() {
        return pointer.indexOf('/') == 0 && pointer.indexOf('/', 1) < 0;
    }

    /**
     * Whether this is the root.
     *
     * @return true for the root
     */
    public boolean isRoot() {
        return pointer.isEmpty();
    }
}
