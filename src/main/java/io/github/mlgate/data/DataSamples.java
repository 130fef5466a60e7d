package io.github.mlgate.data;

import io.github.mlgate.csv.CsvReader;
import io.github.mlgate.csv.Rows;
import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.Splits;
import io.github.mlgate.data.resource.UnreadableDataException;
import io.github.mlgate.data.schema.AsciiCast;
import io.github.mlgate.data.schema.FieldType;
import io.github.mlgate.data.schema.SchemaField;
import io.github.mlgate.data.schema.SchemaType;
import io.github.mlgate.data.schema.TableSchema;
import io.github.mlgate.data.stream.CellCaster;
import io.github.mlgate.data.stream.JsonLinesReader;
import io.github.mlgate.data.stream.TranscodingInputStream;
import io.github.mlgate.document.DocumentException;
import io.github.mlgate.document.DocumentReader;
import io.github.mlgate.document.LocatedDocument;
import io.github.mlgate.drift.CategoricalSample;
import io.github.mlgate.drift.NumericSample;
import io.github.mlgate.gate.Findings;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.ProjectFiles;
import io.github.mlgate.gate.Severity;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The data package as later stages read it: which resources it has, which of their fields can be watched for drift,
 * and those fields' values, read in one pass per resource. The data gate validates the same resources; this reads
 * only what a drift measure needs.
 */
public final class DataSamples {

    /**
     * The most distinct values of a categorical field counted in one sample. Each takes its text and a counter in
     * memory; a field past it (an identifier, a free text) is reported rather than counted, so a table of ten
     * million distinct values cannot fill the build's heap.
     */
    public static final int MAX_CATEGORIES = 100_000;

    /** How a field's values are compared. */
    public enum Kind {
        /** Ordered numbers: number, integer, year, and points in time (date, datetime, time, yearmonth). */
        NUMERIC,
        /** Values compared by equality: string and boolean. */
        CATEGORICAL,
        /** Values drift is not measured on: object, array, geopoint, geojson, duration, any. */
        UNWATCHED
    }

    /**
     * A field of a resource.
     *
     * @param name its name
     * @param type its Table Schema type
     * @param kind how its values are compared
     * @param key whether it identifies rows (a primary key or the splits' key), whose drift means nothing
     */
    public record SampledField(String name, String type, Kind kind, boolean key) {}

    private final String shown;
    private final Map<String, DataResource> resources;
    private final Splits splits;

    private DataSamples(String shown, Map<String, DataResource> resources, Splits splits) {
        this.shown = shown;
        this.resources = resources;
        this.splits = splits;
    }

    /**
     * Reads a data package's descriptor.
     *
     * @param projectDirectory the project's base directory
     * @param dataPackage the descriptor, or null for the default locations
     * @param allowOutsideProject whether data files may lie outside the project
     * @param findings where a missing or broken descriptor is reported
     * @return the package, or null when it cannot be read
     */
    public static DataSamples open(
            Path projectDirectory, Path dataPackage, boolean allowOutsideProject, Findings findings) {
        Path path = ProjectFiles.locate(projectDirectory, dataPackage, DataGate.DEFAULT_LOCATIONS);
        String shown = ProjectFiles.display(projectDirectory, path);
        if (!Files.exists(path)) {
            findings.error(
                    "file-missing",
                    "The data package " + shown + " does not exist; the resources to compare are named there.",
                    Location.ofFile(shown));
            return null;
        }
        try {
            LocatedDocument descriptor = DocumentReader.read(path, shown);
            Findings own = new Findings();
            List<DataResource> list = DataPackage.read(descriptor, path, projectDirectory, allowOutsideProject, own);
            Splits splits = DataPackage.splits(descriptor, list, own);
            own.list().forEach(findings::add);
            if (own.list().stream().anyMatch(finding -> finding.severity() == Severity.ERROR)) {
                return null;
            }
            Map<String, DataResource> byName = new LinkedHashMap<>();
            list.forEach(resource -> byName.put(resource.name(), resource));
            return new DataSamples(shown, byName, splits);
        } catch (DocumentException e) {
            findings.error(e.code(), e.getMessage(), e.location());
            return null;
        }
    }

    /**
     * The descriptor as the user names it.
     *
     * @return for example {@code src/ml/datapackage.yaml}
     */
    public String descriptor() {
        return shown;
    }

    /**
     * The resources' names, in the descriptor's order.
     *
     * @return the names
     */
    public List<String> resourceNames() {
        return List.copyOf(resources.keySet());
    }

    /**
     * The resource a split role names.
     *
     * @param role {@code train}, {@code validation} or {@code test}
     * @return the resource's name, or null when the package has no such split
     */
    public String split(String role) {
        return splits == null ? null : splits.roles().get(role);
    }

    /**
     * The fields of a resource.
     *
     * @param resource the resource's name, one of {@link #resourceNames()}
     * @return its fields, in the schema's order
     */
    public List<SampledField> fields(String resource) {
        TableSchema schema = resources.get(resource).schema();
        Set<String> keys = new LinkedHashSet<>(schema.primaryKey());
        if (splits != null) {
            keys.addAll(splits.key());
        }
        return schema.fields().stream()
                .map(field -> new SampledField(
                        field.name(), field.type().name(), kind(field.type().kind()), keys.contains(field.name())))
                .toList();
    }

    private static Kind kind(SchemaType type) {
        return switch (type) {
            case NUMBER, INTEGER, YEAR, DATE, DATETIME, TIME, YEARMONTH -> Kind.NUMERIC;
            case STRING, BOOLEAN -> Kind.CATEGORICAL;
            default -> Kind.UNWATCHED;
        };
    }

    /**
     * Reads some fields of a resource, every file of it in order, in one pass.
     *
     * @param resource the resource's name
     * @param names the fields to read, each numeric or categorical
     * @param maxRecordBytes the most bytes a record may take
     * @return each field's sample, by name
     * @throws UnreadableDataException when a file is missing or cannot be read, a row cannot be parsed, or a field has
     *     no column; the message names the file
     */
    public Map<String, FieldSample> read(String resource, Collection<String> names, long maxRecordBytes)
            throws UnreadableDataException {
        DataResource source = resources.get(resource);
        TableSchema schema = source.schema();
        List<Collector> collectors = new ArrayList<>();
        for (String name : names) {
            SchemaField field = schema.fields().get(schema.indexOf(name));
            collectors.add(new Collector(field, kind(field.type().kind()), schema.missingValues()));
        }
        readAll(source, collectors, maxRecordBytes);
        Map<String, FieldSample> samples = new LinkedHashMap<>();
        for (Collector collector : collectors) {
            samples.put(collector.field.name(), collector.sample());
        }
        return samples;
    }

    /**
     * Reads some fields of a resource row by row, every file of it in order, keeping each row's value: for scoring
     * the rows with a model.
     *
     * @param resource the resource's name
     * @param names the fields to read
     * @param maxRecordBytes the most bytes a record may take
     * @return each field's values in row order, by name
     * @throws UnreadableDataException when a file is missing or cannot be read, a row cannot be parsed, or a field has
     *     no column; the message names the file
     */
    public Map<String, FieldValues> readRows(String resource, Collection<String> names, long maxRecordBytes)
            throws UnreadableDataException {
        DataResource source = resources.get(resource);
        TableSchema schema = source.schema();
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(new Column(schema.fields().get(schema.indexOf(name)), schema.missingValues()));
        }
        readAll(source, columns, maxRecordBytes);
        Map<String, FieldValues> values = new LinkedHashMap<>();
        for (Column column : columns) {
            values.put(
                    column.field.name(),
                    new FieldValues(column.field.name(), column.values.toArray(), column.invalid, column.firstInvalid));
        }
        return values;
    }

    /**
     * Whether a resource has a field.
     *
     * @param resource the resource's name
     * @param field the field's name
     * @return whether its schema has it
     */
    public boolean hasField(String resource, String field) {
        return resources.get(resource).schema().indexOf(field) >= 0;
    }

    /**
     * The fields that identify a resource's rows: its primary key, else the splits' key.
     *
     * @param resource the resource's name
     * @return the fields, empty when there are none
     */
    public List<String> keyOf(String resource) {
        List<String> primary = resources.get(resource).schema().primaryKey();
        if (!primary.isEmpty()) {
            return primary;
        }
        return splits == null ? List.of() : splits.key();
    }

    private static void readAll(DataResource source, List<? extends Cells> cells, long maxRecordBytes)
            throws UnreadableDataException {
        for (int f = 0; f < source.files().size(); f++) {
            String shown = source.shown().get(f);
            try {
                readFile(source, source.files().get(f), shown, cells, maxRecordBytes);
            } catch (NoSuchFileException e) {
                throw new UnreadableDataException(shown + " does not exist.");
            } catch (IOException e) {
                throw new UnreadableDataException(shown + ": " + e.getMessage());
            }
        }
    }

    private static void readFile(
            DataResource source, Path path, String shown, List<? extends Cells> collectors, long maxRecordBytes)
            throws IOException, UnreadableDataException {
        List<String> schemaNames =
                source.schema().fields().stream().map(SchemaField::name).toList();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
                InputStream unpacked = shown.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                InputStream in = source.encoding().equals(StandardCharsets.UTF_8)
                        ? unpacked
                        : new TranscodingInputStream(unpacked, source.encoding());
                Rows rows = source.jsonLines()
                        ? new JsonLinesReader(in, schemaNames, maxRecordBytes)
                        : new CsvReader(in, source.dialect()).withMaxRecordBytes(maxRecordBytes)) {
            int[] columns = new int[collectors.size()];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = schemaNames.indexOf(collectors.get(c).field().name());
            }
            if (source.dialect().header() && !source.jsonLines()) {
                if (!rows.next()) {
                    return;
                }
                List<String> header = new ArrayList<>();
                for (int i = 0; i < rows.fields(); i++) {
                    header.add(rows.text(i));
                }
                for (int c = 0; c < columns.length; c++) {
                    String name = collectors.get(c).field().name();
                    columns[c] = header.indexOf(name);
                    if (columns[c] < 0) {
                        throw new UnreadableDataException(shown + " has no column '" + name + "' in its header.");
                    }
                }
            }
            while (rows.next()) {
                if (rows.problem() != null) {
                    throw new UnreadableDataException(
                            shown + ", line " + rows.recordLine() + ": " + rows.problem() + ".");
                }
                if (rows.isBlank()) {
                    continue;
                }
                for (int c = 0; c < columns.length; c++) {
                    int column = columns[c];
                    Cells collector = collectors.get(c);
                    if (!rows.present(column) || rows.isEmpty(column)) {
                        collector.missing();
                    } else if (!(rows instanceof CsvReader csv)
                            || !collector.accept(csv.data(), csv.start(column), csv.end(column))) {
                        collector.add(rows.text(column), shown, rows.recordLine());
                    }
                }
            }
        }
    }

    /** Where the cells of one field go as they are read. */
    private interface Cells {
        /** The field. */
        SchemaField field();

        /** A missing cell. */
        void missing();

        /** A cell read from its bytes; false when the string path must decide. */
        boolean accept(byte[] bytes, int from, int to);

        /** A cell's text, which is not empty. */
        void add(String text, String file, long line);
    }

    /** Keeps one field's values in row order: cast values, null for a missing one. */
    private static final class Column implements Cells {
        private final SchemaField field;
        private final Set<String> missingValues;
        private final List<Object> values = new ArrayList<>();
        private long invalid;
        private String firstInvalid;

        Column(SchemaField field, Set<String> missingValues) {
            this.field = field;
            this.missingValues = missingValues;
        }

        @Override
        public SchemaField field() {
            return field;
        }

        @Override
        public void missing() {
            values.add(null);
        }

        @Override
        public boolean accept(byte[] bytes, int from, int to) {
            return false;
        }

        @Override
        public void add(String text, String file, long line) {
            if (missingValues.contains(text)) {
                values.add(null);
                return;
            }
            try {
                values.add(field.type().cast(text));
            } catch (FieldType.CastException e) {
                values.add(null);
                if (invalid++ == 0) {
                    firstInvalid =
                            file + ", line " + line + ": '" + CellCaster.shown(text) + "' is not " + e.getMessage();
                }
            }
        }
    }

    /** Gathers one field's values as they are read. */
    private static final class Collector implements Cells {
        private final SchemaField field;
        private final Kind kind;
        private final Set<String> missingValues;
        private double[] numbers = new double[1024];
        private int count;
        private final Map<String, long[]> categories = new HashMap<>();
        private boolean capped;
        private long missing;
        private long invalid;
        private String firstInvalid;

        /**
         * Casts the commonest cells from their bytes, with no string made, as the data gate does; only while the
         * only missing value is the empty cell, which is checked before, so no cell it reads could be a missing value.
         */
        private final AsciiCast fast;

        Collector(SchemaField field, Kind kind, Set<String> missingValues) {
            this.field = field;
            this.kind = kind;
            this.missingValues = missingValues;
            this.fast = missingValues.equals(Set.of("")) ? AsciiCast.of(field.type()) : null;
        }

        @Override
        public SchemaField field() {
            return field;
        }

        @Override
        public void missing() {
            missing++;
        }

        /**
         * Casts a cell from its bytes and takes it; false when the caster declined and the string path must decide.
         * Numbers, integers and dates are read unboxed, the commonest cells of a monitored table.
         */
        @Override
        public boolean accept(byte[] bytes, int from, int to) {
            if (fast == null) {
                return false;
            }
            double number;
            switch (field.type().asciiKind()) {
                case NUMBER -> number = AsciiCast.parseNumber(bytes, from, to);
                case INTEGER -> {
                    long integer = AsciiCast.parseInteger(bytes, from, to);
                    number = integer == AsciiCast.NOT_AN_INTEGER ? Double.NaN : integer;
                }
                case DATE -> {
                    long day = AsciiCast.parseDate(bytes, from, to);
                    number = day == AsciiCast.NOT_A_TIME ? Double.NaN : day;
                }
                default -> {
                    Object value = fast.cast(bytes, from, to);
                    if (value == null) {
                        return false;
                    }
                    take(value);
                    return true;
                }
            }
            if (Double.isNaN(number)) {
                return false;
            }
            keep(number);
            return true;
        }

        @Override
        public void add(String text, String file, long line) {
            if (missingValues.contains(text)) {
                missing++;
                return;
            }
            Object value;
            try {
                value = field.type().cast(text);
            } catch (FieldType.CastException e) {
                if (invalid++ == 0) {
                    firstInvalid =
                            file + ", line " + line + ": '" + CellCaster.shown(text) + "' is not " + e.getMessage();
                }
                return;
            }
            take(value);
        }

        private void take(Object value) {
            if (kind == Kind.CATEGORICAL) {
                long[] count = categories.get(value.toString());
                if (count != null) {
                    count[0]++;
                } else if (categories.size() < MAX_CATEGORIES) {
                    categories.put(value.toString(), new long[] {1});
                } else {
                    capped = true;
                }
                return;
            }
            double number = number(value);
            if (Double.isNaN(number)) {
                missing++;
                return;
            }
            keep(number);
        }

        private void keep(double number) {
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, numbers.length * 2);
            }
            numbers[count++] = number;
        }

        FieldSample sample() {
            if (kind == Kind.CATEGORICAL) {
                Map<String, Long> counts = new HashMap<>();
                categories.forEach((value, n) -> counts.put(value, n[0]));
                return new FieldSample(
                        field.name(), null, CategoricalSample.of(counts), missing, invalid, firstInvalid, capped);
            }
            return new FieldSample(
                    field.name(), NumericSample.of(numbers, count), null, missing, invalid, firstInvalid, false);
        }
    }

    /**
     * A value as a number: points in time as seconds since the epoch (UTC for local datetimes), dates as days, times
     * as seconds of the day, year-months as months.
     */
    static double number(Object value) {
        if (value instanceof Double d) {
            return d;
        } else if (value instanceof Long l) {
            return l;
        } else if (value instanceof Integer i) {
            return i;
        } else if (value instanceof BigInteger big) {
            return big.doubleValue();
        } else if (value instanceof LocalDate date) {
            return date.toEpochDay();
        } else if (value instanceof LocalDateTime dateTime) {
            return dateTime.toEpochSecond(ZoneOffset.UTC) + dateTime.getNano() / 1e9;
        } else if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toEpochSecond() + dateTime.getNano() / 1e9;
        } else if (value instanceof LocalTime time) {
            return time.toSecondOfDay() + time.getNano() / 1e9;
        } else if (value instanceof YearMonth month) {
            return month.getYear() * 12.0 + month.getMonthValue() - 1;
        }
        throw new IllegalArgumentException("Not a number: " + value.getClass().getSimpleName());
    }
}
