package io.github.mlgate.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlgate.document.Shape.Choice;
import io.github.mlgate.document.Shape.ListOf;
import io.github.mlgate.document.Shape.Mapping;
import io.github.mlgate.document.Shape.Text;
import io.github.mlgate.document.Shape.TextOrNumber;
import java.io.UncheckedIOException;

/**
 * The JSON Schema (draft 2020-12) of a document, generated from the same model its gate checks, for editors'
 * completion and validation.
 *
 * <p>Rules that JSON Schema cannot state (placeholder answers, for one) are the gate's alone. Unknown keys are
 * allowed by the schema, as the gate only warns about them.
 */
public final class DocumentSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentSchema() {}

    /**
     * Generates the schema of a document.
     *
     * @param title the schema's title
     * @param description what the document is and which goal checks it
     * @param model the document's keys
     * @return the schema as indented JSON with a final newline
     */
    public static String generate(String title, String description, Mapping model) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", title);
        schema.put("description", description);
        schema.setAll(shape(model));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode shape(Shape shape) {
        ObjectNode node = NODES.objectNode();
        if (shape instanceof Text) {
            node.put("type", "string");
        } else if (shape instanceof TextOrNumber) {
            node.putArray("type").add("string").add("number");
        } else if (shape instanceof Shape.Number) {
            node.put("type", "number");
        } else if (shape instanceof Shape.NonNegativeNumber) {
            node.put("type", "number");
            node.put("minimum", 0);
        } else if (shape instanceof Choice choice) {
            ArrayNode values = node.putArray("enum");
            choice.values().forEach(values::add);
        } else if (shape instanceof ListOf list) {
            node.put("type", "array");
            node.put("minItems", list.minItems());
            node.set("items", shape(list.items()));
        } else if (shape instanceof Mapping mapping) {
            node.put("type", "object");
            ObjectNode properties = node.putObject("properties");
            ArrayNode required = NODES.arrayNode();
            for (Field field : mapping.fields()) {
                properties.set(field.name(), field(field));
                if (field.required()) {
                    required.add(field.name());
                }
            }
            if (!required.isEmpty()) {
                node.set("required", required);
            }
            mapping.schemaRules().accept(node);
        }
        return node;
    }

    private static ObjectNode field(Field field) {
        ObjectNode node = NODES.objectNode();
        node.put("description", field.question());
        ObjectNode shape = shape(field.shape());
        if (field.required() && field.shape() instanceof Text) {
            // Blank answers are missing answers.
            shape.put("minLength", 1);
            shape.put("pattern", "\\S");
        }
        if (!field.required() && shape.path("type").isTextual()) {
            // The gate only warns about an optional key left empty.
            String type = shape.get("type").asText();
            shape.putArray("type").add(type).add("null");
        }
        node.setAll(shape);
        return node;
    }
}
