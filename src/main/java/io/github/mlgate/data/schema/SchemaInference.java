package io.github.mlgate.data.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlgate.csv.CsvReader;
import io.github.mlgate.csv.Dialect;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Drafts a Table Schema from a CSV file in one pass: for each column, the narrowest type every value has, whether a
 * value is ever missing, a small set of values as an enum, the observed range if asked, and a primary key candidate.
 * The draft passes the data gate on the file it came from, unless the file's rows are ragged.
 */
public final class SchemaInference {

    /** A string column with at most this many distinct values becomes an enum. */
    static final int ENUM_LIMIT = 10;

    private static final List<String> CANDIDATES = List.of("integer", "number", "boolean", "date", "datetime", "time");
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "True", "False", "TRUE", "FALSE");

    private SchemaInference() {}

    /**
     * What the inference found.
     *
     * @param schema the drafted Table Schema
     * @param rows the data rows read
     * @param raggedRows rows with another number of cells than the header, which the data gate will report
     * @param delimiter the delimiter used
     * @param warnings what the draft keeps that the data gate will report: empty or repeated header labels
     */
    public record Result(ObjectNode schema, long rows, long raggedRows, char delimiter, List<String> warnings) {}

    /**
     * Drafts a schema.
     *
     * @param file the CSV (or TSV, or gzipped) file, with a header row
     * @param bounds whether to add the observed minimum and maximum of ordered fields
     * @return the draft
     * @throws IOException when the file cannot be read
     */
    public static Result infer(Path file, boolean bounds) throws IOException {
        char delimiter = sniffDelimiter(file);
        Dialect dialect = new Dialect(delimiter, '"', true, (char) 0, true, false);
        try (InputStream raw = open(file);
                CsvReader reader = new CsvReader(raw, dialect)) {
            if (!reader.next()) {
                throw new IOException(file + " is empty");
            }
            List<String> warnings = new ArrayList<>();
            List<String> names = names(reader, warnings);
            List<Column> columns = new ArrayList<>();
            for (String name : names) {
                columns.add(new Column(name));
            }
            long rows = 0;
            long ragged = 0;
            while (reader.next()) {
                if (reader.isBlank()) {
                    continue;
                }
                rows++;
                if (reader.fields() != columns.size()) {
                    ragged++;
                }
                for (int i = 0; i < columns.size(); i++) {
                    columns.get(i).add(i < reader.fields() ? reader.text(i) : "", (int) rows);
                }
            }
            ObjectNode schema = JsonNodeFactory.instance.objectNode();
            ArrayNode fields = schema.putArray("fields");
            String key = null;
            for (Column column : columns) {
                fields.add(column.field(bounds, rows));
                if (key == null && column.isKeyCandidate(rows)) {
                    key = column.name;
                }
            }
            if (key != null) {
                schema.put("primaryKey", key);
            }
            return new Result(schema, rows, ragged, delimiter, List.copyOf(warnings));
        }
    }

    /**
     * The draft as the file a user keeps: JSON, or YAML that quotes any text a YAML 1.1 reader (PyYAML, which
     * Frictionless reads descriptors with) would take for something else: {@code 23:00:00} is a base-60 integer
     * there, {@code 2024-01-05} a date.
     *
     * @param schema the draft
     * @param json JSON rather than YAML
     * @return the text
     * @throws IOException never for a tree of plain values
     */
    public static String text(ObjectNode schema, boolean json) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper = json
                ? new com.fasterxml.jackson.databind.ObjectMapper()
                : new com.fasterxml.jackson.databind.ObjectMapper(
                        com.fasterxml.jackson.dataformat.yaml.YAMLFactory.builder()
                                .disable(
                                        com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature
                                                .WRITE_DOC_START_MARKER)
                                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES)
                                .stringQuotingChecker(new YamlOneOneQuoting())
                                .build());
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(schema);
    }

    /** Quotes what Jackson quotes, and texts that YAML 1.1 resolves to timestamps or base-60 numbers. */
    private static final class YamlOneOneQuoting
            extends com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final java.util.regex.Pattern TIMESTAMP_OR_SEXAGESIMAL = java.util.regex.Pattern.compile(
                "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value)
                    || TIMESTAMP_OR_SEXAGESIMAL.matcher(value).matches();
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(new BufferedInputStream(raw, 1 << 16)) : raw;
    }

    /** The delimiter of the header: a tab for .tsv files, else the most frequent of , ; | and tab. */
    private static char sniffDelimiter(Path file) throws IOException {
        String name =
                file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).replaceAll("\\.gz$", "");
        if (name.endsWith(".tsv")) {
            return '\t';
        }
        byte[] head = new byte[8192];
        int read;
        try (InputStream in = open(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        String first = new String(head, 0, read, StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElse("");
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * The header's labels, as the data gate reads them (without surrounding blanks): a draft that renamed an empty or
     * repeated label would fail on its own file with a wrong label, so they are kept, with a warning, and the data
     * gate reports them.
     */
    private static List<String> names(CsvReader reader, List<String> warnings) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < reader.fields(); i++) {
            String name = reader.text(i).strip();
            if (name.isBlank()) {
                warnings.add("The header's label " + (i + 1) + " is empty; the data gate will report it.");
            } else if (!seen.add(name)) {
                warnings.add("The header's label " + (i + 1) + " '" + name
                        + "' repeats an earlier one; the data gate will report it.");
            }
            names.add(name);
        }
        return names;
    }

    /** What one column's values allow. */
    private static final class Column {
        private final String name;
        private final Map<String, FieldType> types = new LinkedHashMap<>();
        private final Set<String> possible = new java.util.LinkedHashSet<>(CANDIDATES);
        /** Each type's least and greatest value, with the text it had, for the bounds. */
        private final Map<String, Range> ranges = new LinkedHashMap<>();

        private final Set<String> values = new TreeSet<>();
        private final LongIntMap seen = new LongIntMap(1 << 10);
        private boolean duplicate;

        /** Integers repeat as values, not texts: 1, 01 and +1 are one integer. */
        private final LongIntMap seenIntegers = new LongIntMap(1 << 10);

        private boolean duplicateInteger;
        private boolean booleanWord;
        private long missing;
        private long present;

        Column(String name) {
            this.name = name;
            for (String type : CANDIDATES) {
                types.put(
                        type,
                        new FieldType(
                                type,
                                "default",
                                Set.of("true", "True", "TRUE", "1"),
                                Set.of("false", "False", "FALSE", "0"),
                                ".",
                                "",
                                true));
            }
        }

        @SuppressWarnings("unchecked")
        void add(String text, int row) {
            if (text.isEmpty()) {
                missing++;
                return;
            }
            present++;
            if (!duplicate && seen.putIfAbsent(ValueHashes.hash(text), row) >= 0) {
                duplicate = true;
            }
            if (values != null && values.size() <= ENUM_LIMIT) {
                values.add(text);
            }
            booleanWord |= BOOLEAN_WORDS.contains(text);
            for (java.util.Iterator<String> it = possible.iterator(); it.hasNext(); ) {
                String type = it.next();
                try {
                    Object value = types.get(type).cast(text);
                    if (type.equals("integer")
                            && !duplicateInteger
                            && seenIntegers.putIfAbsent(ValueHashes.hash(value.toString()), row) >= 0) {
                        duplicateInteger = true;
                    }
                    if (value instanceof Comparable<?> comparable
                            && types.get(type).isOrdered()) {
                        ranges.computeIfAbsent(type, t -> new Range()).add((Comparable<Object>) comparable, text);
                    }
                } catch (FieldType.CastException e) {
                    it.remove();
                }
            }
        }

        /** The narrowest type: integer before number; boolean only for true/false words; else a date or string. */
        private String type() {
            if (present == 0) {
                return "string";
            }
            if (possible.contains("boolean") && booleanWord) {
                return "boolean";
            }
            for (String type : List.of("integer", "number", "date", "datetime", "time")) {
                if (possible.contains(type)) {
                    return type;
                }
            }
            return "string";
        }

        ObjectNode field(boolean bounds, long rows) {
            ObjectNode field = JsonNodeFactory.instance.objectNode();
            field.put("name", name);
            String type = type();
            field.put("type", type);
            ObjectNode constraints = JsonNodeFactory.instance.objectNode();
            if (missing == 0 && rows > 0) {
                constraints.put("required", true);
            }
            if (type.equals("string") && present > 0 && values.size() <= ENUM_LIMIT && rows >= 2L * values.size()) {
                ArrayNode list = constraints.putArray("enum");
                values.forEach(list::add);
            }
            if (bounds && ranges.containsKey(type)) {
                ranges.get(type).putBounds(constraints);
            }
            if (!constraints.isEmpty()) {
                field.set("constraints", constraints);
            }
            return field;
        }

        boolean isKeyCandidate(long rows) {
            String type = type();
            return rows > 0
                    && missing == 0
                    && (type.equals("integer") ? !duplicateInteger : type.equals("string") && !duplicate);
        }
    }

    /**
     * The least and greatest value of a column as one type, with the texts they had, which the bounds are written
     * from: a time or datetime keeps its seconds and offset, and the draft's bounds read back as the values did.
     * Infinite and NaN numbers have no place in a bound: a side that saw an infinity has none.
     */
    private static final class Range {
        private Comparable<Object> least;
        private Comparable<Object> greatest;
        private String leastText;
        private String greatestText;
        private boolean unboundedBelow;
        private boolean unboundedAbove;

        void add(Comparable<Object> value, String text) {
            Object boxed = value;
            if (boxed instanceof Double d && !Double.isFinite(d)) {
                // NaN meets any bound (the gate does not compare it); INF and -INF meet none on their side.
                unboundedBelow |= d == Double.NEGATIVE_INFINITY;
                unboundedAbove |= d == Double.POSITIVE_INFINITY;
                return;
            }
            if (least == null || FieldType.compare(value, least) < 0) {
                least = value;
                leastText = text;
            }
            if (greatest == null || FieldType.compare(value, greatest) > 0) {
                greatest = value;
                greatestText = text;
            }
        }

        void putBounds(ObjectNode constraints) {
            if (least != null && !unboundedBelow) {
                put(constraints, "minimum", least, leastText);
            }
            if (greatest != null && !unboundedAbove) {
                put(constraints, "maximum", greatest, greatestText);
            }
        }

        private static void put(ObjectNode constraints, String key, Object value, String text) {
            if (value instanceof Long l) {
                constraints.put(key, l);
            } else if (value instanceof java.math.BigInteger big) {
                constraints.put(key, big);
            } else if (value instanceof Double d) {
                constraints.put(key, d);
            } else {
                constraints.put(key, text);
            }
        }
    }
}
