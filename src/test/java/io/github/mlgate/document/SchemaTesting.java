package io.github.mlgate.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What the tests of a published document schema share: validating as editors do, and finding undescribed keys. */
public final class SchemaTesting {

    private SchemaTesting() {}

    /**
     * Validates a YAML document against a schema in the plugin jar, with a real JSON Schema validator.
     *
     * @param resource the schema's resource
     * @param yaml the document
     * @return the validator's messages; empty when the document is valid
     * @throws IOException when the schema cannot be read
     */
    public static Set<ValidationMessage> validate(String resource, String yaml) throws IOException {
        JsonSchema schema;
        try (InputStream in = SchemaTesting.class.getResourceAsStream(resource)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        return schema.validate(new YAMLMapper().readTree(yaml));
    }

    /**
     * The keys of a schema, at every depth, that have no description for editors to show.
     *
     * @param schema the schema
     * @return the keys' paths, such as {@code /serving/mode}
     */
    public static List<String> undescribed(JsonNode schema) {
        List<String> undescribed = new ArrayList<>();
        collect(schema, "", undescribed);
        return undescribed;
    }

    private static void collect(JsonNode schema, String path, List<String> undescribed) {
        if (!schema.isObject()) {
            return;
        }
        schema.path("properties").properties().forEach(entry -> {
            String at = path + "/" + entry.getKey();
            if (entry.getValue().path("description").asText().isBlank()) {
                undescribed.add(at);
            }
            collect(entry.getValue(), at, undescribed);
        });
        collect(schema.path("items"), path + "[]", undescribed);
    }
}
