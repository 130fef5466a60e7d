package io.github.mlgate.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.document.Shape.ListOf;
import io.github.mlgate.document.Shape.Mapping;
import java.util.Iterator;
import java.util.List;

/**
 * Walks a document along its model, so each check says what it judges and not how to find it. The walk
 * descends only into values whose type matches the model; a wrongly typed value is reported once, by the value
 * type check, and its insides are not judged.
 */
public final class ModelWalker {

    /** What a check sees of the document. Every method has an empty default. */
    public interface Visitor {

        /**
         * A value that is present: a key's value (field set) or a list item (field null).
         *
         * @param path where it is
         * @param shape what it should look like
         * @param field the key it belongs to, or null for a list item
         * @param value the value; may be a null node
         */
        default void value(NodePath path, Shape shape, Field field, JsonNode value) {}

        /**
         * A required key that is absent.
         *
         * @param parent the mapping that should hold the key
         * @param field the key
         */
        default void missing(NodePath parent, Field field) {}

        /**
         * A key the model does not know.
         *
         * @param parent the mapping that holds it
         * @param key the key
         * @param known the keys allowed in that mapping
         */
        default void unknown(NodePath parent, String key, List<String> known) {}
    }

    private ModelWalker() {}

    /**
     * Walks the whole document. The root must be a mapping; the document check reports it otherwise.
     *
     * @param root the document's root
     * @param model the keys the root may hold
     * @param visitor what to tell
     */
    public static void walk(JsonNode root, Mapping model, Visitor visitor) {
        walkMapping(NodePath.ROOT, root, model, visitor);
    }

    private static void walkMapping(NodePath path, JsonNode node, Mapping mapping, Visitor visitor) {
        for (Field field : mapping.fields()) {
            NodePath at = path.key(field.name());
            JsonNode value = node.get(field.name());
            if (value == null) {
                if (field.required()) {
                    visitor.missing(path, field);
                }
            } else {
                visitor.value(at, field.shape(), field, value);
                descend(at, field.shape(), value, visitor);
            }
        }
        List<String> known = mapping.fields().stream().map(Field::name).toList();
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (mapping.field(key) == null) {
                visitor.unknown(path, key, known);
            }
        }
    }

    private static void descend(NodePath path, Shape shape, JsonNode value, Visitor visitor) {
        if (shape instanceof Mapping mapping && value.isObject()) {
            walkMapping(path, value, mapping, visitor);
        } else if (shape instanceof ListOf list && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                NodePath at = path.index(i);
                visitor.value(at, list.items(), null, value.get(i));
                descend(at, list.items(), value.get(i), visitor);
            }
        }
    }
}
