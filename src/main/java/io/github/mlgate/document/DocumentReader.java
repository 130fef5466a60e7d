package io.github.mlgate.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.RegularFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML or JSON document into a tree whose every node has a known line and column.
 *
 * <p>Jackson's tree model forgets positions, so this walks the token stream itself and records the location of
 * each key and value by JSON Pointer. Files ending in {@code .json} are parsed as JSON, everything else as YAML
 * (which is a superset of JSON). A leading byte-order mark is tolerated.
 */
public final class DocumentReader {

    /**
     * The largest YAML document read, in bytes. SnakeYAML slows down quadratically on a very long scalar (2 MB took
     * 1.5 s, 4 MB 4.8 s here), and no hand-written scope or data package comes near this.
     */
    public static final long MAX_YAML_BYTES = 2L << 20;

    /** The largest JSON document read, in bytes: Jackson reads JSON in linear time, so a metrics file may be large. */
    public static final long MAX_JSON_BYTES = 64L << 20;

    /** The most aliases a YAML document may use. */
    public static final int MAX_ALIASES = 1_000;

    /**
     * The most values that aliases may copy in all: each alias copies its anchor's whole tree, so nested anchors
     * would otherwise grow a few lines into billions of values (the "billion laughs" document).
     */
    public static final long MAX_ALIASED_VALUES = 100_000;

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final Path path;
    private final String file;
    private final Map<String, Location> values = new HashMap<>();
    private final Map<String, Location> keys = new HashMap<>();
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private long valuesRead;
    private int aliases;
    private long aliasedValues;

    /** An anchored tree and how many values it holds, copies of aliases inside it included. */
    private record Anchored(JsonNode node, long values) {}

    private DocumentReader(Path path, String file) {
        this.path = path;
        this.file = file;
    }

    /**
     * Reads and parses a document.
     *
     * @param path the file to read
     * @param file how to name the file in findings, usually its path relative to the project
     * @return the document
     * @throws DocumentException when the file is missing, unreadable, not UTF-8, empty or malformed; the exception
     *     names the problem and, for syntax errors, the line and column
     */
    public static LocatedDocument read(Path path, String file) throws DocumentException {
        return new DocumentReader(path, file).read();
    }

    /** The document's text, once read. */
    private String source = "";

    private LocatedDocument read() throws DocumentException {
        boolean json = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        String text = decode(readBytes(json ? MAX_JSON_BYTES : MAX_YAML_BYTES, json ? "JSON" : "YAML"));
        source = text;
        if (text.isBlank()) {
            throw new DocumentException("empty-document", file + " is empty.", Location.ofFile(file));
        }
        if (!json) {
            // SnakeYAML refuses these too, but before it reads a line, so it would name line 1, column 1.
            refuseControlCharacters(text);
        }
        JsonParser open = null;
        try (JsonParser parser = (json ? JSON : YAML).createParser(text)) {
            open = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DocumentException(
                        "empty-document", file + " holds no document, only comments.", Location.ofFile(file));
            }
            JsonNode root = readValue(parser, NodePath.ROOT);
            if (parser.nextToken() != null) {
                throw new DocumentException(
                        "parse-error",
                        file
                                + (json
                                        ? " has content after the end of the JSON document."
                                        : " holds more than one YAML document; keep one."),
                        locationOf(parser.currentTokenLocation()));
            }
            return new LocatedDocument(file, root, values, keys, duplicates);
        } catch (StreamConstraintsException e) {
            throw beyondTheReadersLimits(e, open);
        } catch (JsonProcessingException e) {
            throw syntaxError(e, json);
        } catch (IOException e) {
            throw new DocumentException(
                    "file-unreadable", file + " cannot be read: " + e.getMessage(), Location.ofFile(file));
        }
    }

    private byte[] readBytes(long limit, String kind) throws DocumentException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new DocumentException(
                        "file-unreadable",
                        file + " is not a regular file (" + RegularFiles.kind(attributes) + "); name a file.",
                        Location.ofFile(file));
            }
            if (attributes.size() > limit) {
                throw tooLarge(attributes.size(), limit, kind);
            }
            try (InputStream in = Files.newInputStream(path)) {
                // The size is read again as the file is: it may have grown since.
                byte[] bytes = in.readNBytes((int) limit + 1);
                if (bytes.length > limit) {
                    throw tooLarge(bytes.length, limit, kind);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new DocumentException("file-missing", file + " does not exist.", Location.ofFile(file));
        } catch (IOException e) {
            throw new DocumentException(
                    "file-unreadable", file + " cannot be read: " + e.getMessage(), Location.ofFile(file));
        }
    }

    private DocumentException tooLarge(long size, long limit, String kind) {
        return new DocumentException(
                "document-too-large",
                file + " is " + RegularFiles.megabytes(size) + "; a " + kind + " document may be at most "
                        + RegularFiles.megabytes(limit) + ". Split it, or keep large data in data files.",
                Location.ofFile(file));
    }

    private String decode(byte[] bytes) throws DocumentException {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new DocumentException("encoding-error", file + " is not valid UTF-8 text.", Location.ofFile(file));
        }
    }

    private JsonNode readValue(JsonParser parser, NodePath at) throws IOException, DocumentException {
        Location location = locationOf(parser.currentTokenLocation());
        values.put(at.pointer(), location);
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson hands an alias over as the plain text of its name; resolve it, or a value would be wrong.
            // Jackson reports anchors of mappings and lists but not of scalars, so those cannot be resolved.
            Anchored anchored = anchors.get(parser.getText());
            if (anchored == null) {
                throw new DocumentException(
                        "unsupported-alias",
                        file + ": the alias '*" + parser.getText() + "' does not refer to an anchored mapping or list"
                                + " before it; write the value out.",
                        location);
            }
            aliases++;
            aliasedValues += anchored.values();
            if (aliases > MAX_ALIASES || aliasedValues > MAX_ALIASED_VALUES) {
                throw new DocumentException(
                        "too-many-aliases",
                        file + ": the alias '*" + parser.getText() + "' takes the document past "
                                + (aliases > MAX_ALIASES
                                        ? MAX_ALIASES + " aliases"
                                        : String.format(Locale.ROOT, "%,d", MAX_ALIASED_VALUES)
                                                + " values copied by aliases")
                                + "; write the values out, or nest fewer anchors.",
                        location);
            }
            valuesRead += anchored.values();
            return anchored.node().deepCopy();
        }
        String anchor = parser instanceof YAMLParser yaml ? yaml.getCurrentAnchor() : null;
        long before = valuesRead;
        valuesRead++;
        JsonNode node = readToken(parser, at);
        if (anchor != null) {
            anchors.put(anchor, new Anchored(node, valuesRead - before));
        }
        return node;
    }

    private JsonNode readToken(JsonParser parser, NodePath at) throws IOException, DocumentException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readObject(parser, at);
            case START_ARRAY:
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, at.index(array.size())));
                }
                return array;
            case VALUE_STRING:
                if (parser instanceof YAMLParser && tooLongANumber(parser)) {
                    throw new DocumentException(
                            "document-too-large",
                            file + " holds a number longer than 1,000 digits, more than mlgate reads.",
                            locationOf(parser.currentTokenLocation()));
                }
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT, LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                // Binary and other tagged scalars: keep their text, the checks judge it.
                return nodes.textNode(parser.getText());
        }
    }

    /** A plain number of more digits than the reader takes: the YAML parser hands it over as text, unquoted. */
    private static final java.util.regex.Pattern LONG_NUMBER =
            java.util.regex.Pattern.compile("[-+]?[0-9]{1001,}(\\.[0-9]*)?([eE][-+]?[0-9]+)?");

    private boolean tooLongANumber(JsonParser parser) throws IOException {
        String value = parser.getText();
        if (value.length() <= 1000 || !LONG_NUMBER.matcher(value).matches()) {
            return false;
        }
        long offset = parser.currentTokenLocation().getCharOffset();
        // Quoted, it is the text the user wrote; plain, a number.
        return offset < 0
                || offset >= source.length()
                || (source.charAt((int) offset) != '"' && source.charAt((int) offset) != '\'');
    }

    private ObjectNode readObject(JsonParser parser, NodePath at) throws IOException, DocumentException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            NodePath child = at.key(key);
            Location keyLocation = locationOf(parser.currentTokenLocation());
            parser.nextToken();
            if (object.has(key)) {
                duplicates.add(new DuplicateKey(child, keyLocation, keys.get(child.pointer())));
                // Read past the repeated value without letting it overwrite the first one's positions.
                parser.skipChildren();
                continue;
            }
            keys.put(child.pointer(), keyLocation);
            object.set(key, readValue(parser, child));
        }
        return object;
    }

    /**
     * A document past what the parser reads (Jackson's defaults: numbers of 1,000 digits, strings of 20,000,000
     * characters, 1,000 levels of nesting), told in the user's words rather than the library's.
     */
    private DocumentException beyondTheReadersLimits(StreamConstraintsException e, JsonParser parser) {
        String what = beyondLimits(e);
        Location at = parser == null ? Location.ofFile(file) : locationOf(parser.currentTokenLocation());
        return new DocumentException("document-too-large", file + " holds " + what + ", more than mlgate reads.", at);
    }

    /**
     * What a parser refused as past its limits (Jackson's defaults: numbers of 1,000 digits, strings of 20,000,000
     * characters, 1,000 levels of nesting), in the user's words rather than the library's.
     *
     * @param e the parser's refusal
     * @return for example "a number longer than 1,000 digits"
     */
    public static String beyondLimits(StreamConstraintsException e) {
        String problem = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (problem.startsWith("Number")) {
            return "a number longer than 1,000 digits";
        }
        if (problem.startsWith("String")) {
            return "a string longer than 20,000,000 characters";
        }
        if (problem.contains("nesting")) {
            return "values nested more than 1,000 levels deep";
        }
        return "a value larger than mlgate reads";
    }

    /** A YAML document may hold no control character but tab and line breaks (YAML 1.2, c-printable). */
    private void refuseControlCharacters(String text) throws DocumentException {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            boolean control =
                    (c < 0x20 && c != '\t' && c != '\r') || c == 0x7f || (c >= 0x80 && c <= 0x9f && c != 0x85);
            if (control || c == '\uFFFE' || c == '\uFFFF') {
                throw new DocumentException(
                        "parse-error",
                        String.format(
                                Locale.ROOT,
                                "%s is not valid YAML: it holds the control character U+%04X at line %d, column %d;"
                                        + " YAML allows none but tabs and line breaks.",
                                file,
                                (int) c,
                                line,
                                column),
                        new Location(file, line, column));
            }
            column++;
        }
    }

    private Location locationOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Location.ofFile(file);
        }
        return new Location(file, location.getLineNr(), location.getColumnNr() < 1 ? null : location.getColumnNr());
    }

    private DocumentException syntaxError(JsonProcessingException e, boolean json) {
        String kind = json ? "JSON" : "YAML";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                String problem = marked.getProblem() != null ? marked.getProblem() : "syntax error";
                String context = marked.getContext() != null ? " (" + marked.getContext() + ")" : "";
                return new DocumentException(
                        "parse-error",
                        file + " is not valid " + kind + ": " + problem + context + ".",
                        new Location(file, mark.getLine() + 1, mark.getColumn() + 1));
            }
        }
        String problem = e.getOriginalMessage();
        java.util.regex.Matcher special = java.util.regex.Pattern.compile(
                        "Malformed numeric value '([-+]?\\.(?:nan|NaN|NAN|inf|Inf|INF))'")
                .matcher(problem == null ? "" : problem);
        if (special.find()) {
            // YAML 1.2 reads these as floats; no value mlgate takes may be one.
            return new DocumentException(
                    "invalid-value",
                    file + " holds " + special.group(1) + ", which YAML reads as "
                            + (special.group(1).toLowerCase(Locale.ROOT).contains("nan") ? "not-a-number" : "infinity")
                            + "; mlgate takes finite numbers only.",
                    locationOf(e.getLocation()));
        }
        int cut = problem.indexOf('\n');
        if (cut >= 0) {
            problem = problem.substring(0, cut);
        }
        return new DocumentException(
                "parse-error", file + " is not valid " + kind + ": " + problem + ".", locationOf(e.getLocation()));
    }

    /**
     * Reads a document whose root must be a mapping of sections, as the scope and deployment documents are, reporting
     * what keeps it from being judged: a parse error, or a root that is not a mapping. Duplicate keys are reported and
     * do not stop it.
     *
     * @param file the document
     * @param shown how to name it
     * @param noun what it is, for the message, for example {@code scope document}
     * @param sections its first sections, for the message, for example {@code name, problem, ...}
     * @param findings where what is wrong goes
     * @return the document, or null when it cannot be judged
     */
    public static LocatedDocument readSections(
            Path file, String shown, String noun, String sections, Findings findings) {
        LocatedDocument document;
        try {
            document = read(file, shown);
        } catch (DocumentException e) {
            findings.error(e.code(), e.getMessage(), e.location());
            return null;
        }
        document.reportDuplicateKeys(findings);
        JsonNode root = document.root();
        if (!root.isObject()) {
            findings.error(
                    "not-a-mapping",
                    "The " + noun + " must be a mapping of sections (" + sections + "), not "
                            + ValueTypesCheck.kindOf(root) + ".",
                    document.locateValue(NodePath.ROOT));
            return null;
        }
        return document;
    }
}
