package io.github.mlgate.data.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.mlgate.csv.BoundedLines;
import io.github.mlgate.document.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines: one JSON value per line, either an object keyed by the schema's field names or an array of cells
 * in the schema's order. A JSON null is a missing value; numbers and booleans are read as their JSON text; objects
 * and arrays inside a row as their JSON. Keys the schema does not have become extra cells, named {@code key=value}.
 */
public final class JsonLinesReader extends TextCells {

    /** Rejects a key twice in one object: which of the two values would be the cell? */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final BoundedLines in;
    private final List<String> names;
    private final List<Boolean> present = new ArrayList<>();
    private long line;
    private boolean blank;
    private String problem;

    public JsonLinesReader(InputStream in, List<String> names, long maxRecordBytes) {
        this.in = new BoundedLines(
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                maxRecordBytes);
        this.names = names;
    }

    @Override
    public boolean next() throws IOException {
        String text = in.next();
        if (text == null) {
            return false;
        }
        line++;
        cells.clear();
        present.clear();
        problem = null;
        blank = text.isBlank();
        if (blank) {
            cells.add("");
            present.add(true);
            return true;
        }
        if (line == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode row;
        try (JsonParser parser = JSON.createParser(text)) {
            row = JSON.readTree(parser);
            if (row == null) {
                problem = "the line holds no JSON value";
                return true;
            }
            if (parser.nextToken() != null) {
                problem = "the line has more after its JSON value, at column "
                        + (parser.currentTokenLocation().getCharOffset() + 1) + "; keep one value a line";
                return true;
            }
        } catch (StreamConstraintsException e) {
            problem = "the line holds " + DocumentReader.beyondLimits(e) + ", more than mlgate reads";
            return true;
        } catch (JsonProcessingException e) {
            problem = "the line is not valid JSON: " + e.getOriginalMessage();
            return true;
        }
        if (row.isObject()) {
            for (String name : names) {
                JsonNode value = row.get(name);
                present.add(value != null);
                cells.add(value == null ? "" : text(value));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!names.contains(entry.getKey())) {
                    present.add(true);
                    cells.add(entry.getKey() + "=" + text(entry.getValue()));
                }
            }
        } else if (row.isArray()) {
            for (JsonNode value : row) {
                present.add(true);
                cells.add(text(value));
            }
        } else {
            problem = "the line is a JSON " + row.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not an object or an array";
        }
        return true;
    }

    private static String text(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    @Override
    public boolean present(int field) {
        return field < present.size() && present.get(field);
    }

    @Override
    public boolean isBlank() {
        return blank;
    }

    @Override
    public long recordLine() {
        return line;
    }

    @Override
    public String problem() {
        return problem;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
