package io.github.mlgate.document;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * The shape a value of a user's document (the scope or deployment document) must have. The gate's structural checks
 * and the published JSON Schema are both derived from these shapes, so they cannot drift apart.
 */
public sealed interface Shape {

    /** Words for messages: what the user should have written, for example {@code "text"}. */
    String expected();

    /** Non-blank text. */
    public record Text() implements Shape {
        @Override
        public String expected() {
            return "text";
        }
    }

    /** Text or a number, for targets such as {@code 0.95} or {@code "95% of tickets"}. */
    public record TextOrNumber() implements Shape {
        @Override
        public String expected() {
            return "text or a number";
        }
    }

    /** A number. */
    public record Number() implements Shape {
        @Override
        public String expected() {
            return "a number";
        }
    }

    /** A number of at least 0: a tolerance, a size. */
    public record NonNegativeNumber() implements Shape {
        @Override
        public String expected() {
            return "a number of at least 0";
        }
    }

    /**
     * One of a fixed set of words.
     *
     * @param values the allowed words
     */
    public record Choice(List<String> values) implements Shape {
        @Override
        public String expected() {
            return "one of " + String.join(", ", values);
        }
    }

    /**
     * A list of items of one shape.
     *
     * @param items the items' shape
     * @param minItems the fewest items that answer the question
     */
    public record ListOf(Shape items, int minItems) implements Shape {
        @Override
        public String expected() {
            return "a list";
        }
    }

    /**
     * A mapping with known keys.
     *
     * @param fields the known keys, in document order
     * @param schemaRules adds the rules that tie keys together to this mapping's JSON Schema
     */
    public record Mapping(List<Field> fields, Consumer<ObjectNode> schemaRules) implements Shape {
        @Override
        public String expected() {
            return "a mapping of keys";
        }

        /**
         * A mapping whose keys are not tied together by any further rule.
         *
         * @param fields the keys, in document order
         * @return the mapping
         */
        public static Mapping of(Field... fields) {
            return new Mapping(List.of(fields), schema -> {});
        }

        /**
         * The field of a name.
         *
         * @param name the key
         * @return the field, or null
         */
        public Field field(String name) {
            return fields.stream()
                    .filter(f -> f.name().equals(name))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** Anything: free-form sections whose content other gates or people read. */
    public record Anything() implements Shape {
        @Override
        public String expected() {
            return "any value";
        }
    }
}
