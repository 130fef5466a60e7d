package io.github.mlgate.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Tests read a result's sections in the JSON form {@code report.json} gives them. */
public final class TestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestJson() {}

    /**
     * A section of a result, as {@code report.json} holds it.
     *
     * @param result the result
     * @param key the section's key
     * @return the JSON
     */
    public static JsonNode section(GateResult result, String key) {
        return MAPPER.valueToTree(result.sections().get(key));
    }

    /**
     * A record as JSON.
     *
     * @param value the record
     * @return the JSON
     */
    public static JsonNode of(Record value) {
        return MAPPER.valueToTree(value);
    }
}
