package io.github.mlgate.data;

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
     */
    public record Result(ObjectNode schema, long rows, long raggedRows, char delimiter) {}

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
            List<String> names = names(reader);
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
            return new Result(schema, rows, ragged, delimiter);
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

    private static List<String> names(CsvReader reader) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < reader.fields(); i++) {
            String name = reader.text(i).strip();
            if (name.isEmpty()) {
                name = "field_" + (i + 1);
            }
            String unique = name;
            for (int n = 2; !seen.add(unique); n++) {
                unique = name + "_" + n;
            }
            names.add(unique);
        }
        return names;
    }

    /** What one column's values allow. */
    private static final class Column {
        private final String name;
        private final Map<String, FieldType> types = new LinkedHashMap<>();
        private final Set<String> possible = new java.util.LinkedHashSet<>(CANDIDATES);
        private final Map<String, Comparable<Object>[]> ranges = new LinkedHashMap<>();
        private final Set<String> values = new TreeSet<>();
        private final LongIntMap seen = new LongIntMap(1 << 10);
        private boolean duplicate;
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
            if (!duplicate && seen.putIfAbsent(LongIntMap.hash(text), row) >= 0) {
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
                    if (value instanceof Comparable<?> comparable
                            && types.get(type).isOrdered()) {
                        Comparable<Object> ordered = (Comparable<Object>) comparable;
                        Comparable<Object>[] range = ranges.computeIfAbsent(type, t -> new Comparable[2]);
                        if (range[0] == null || ordered.compareTo(range[0]) < 0) {
                            range[0] = ordered;
                        }
                        if (range[1] == null || ordered.compareTo(range[1]) > 0) {
                            range[1] = ordered;
                        }
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
                Comparable<Object>[] range = ranges.get(type);
                putBound(constraints, "minimum", range[0]);
                putBound(constraints, "maximum", range[1]);
            }
            if (!constraints.isEmpty()) {
                field.set("constraints", constraints);
            }
            return field;
        }

        private static void putBound(ObjectNode constraints, String key, Object value) {
            if (value instanceof Long l) {
                constraints.put(key, l);
            } else if (value instanceof Double d && Double.isFinite(d)) {
                constraints.put(key, d);
            } else {
                constraints.put(key, value.toString());
            }
        }

        boolean isKeyCandidate(long rows) {
            String type = type();
            return rows > 0 && missing == 0 && !duplicate && (type.equals("integer") || type.equals("string"));
        }
    }
}
