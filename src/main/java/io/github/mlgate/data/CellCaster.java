package io.github.mlgate.data;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Casts and checks the cells of rows against a Table Schema, on a worker: each cell's value, or its error worded
 * without its place (which only the ordered check knows), goes into the row; valid and missing values go into the
 * worker's profiles; and what the ordered checks will look up (unique values, the primary key, the whole row) is
 * hashed here, so the reading thread only probes its maps.
 */
final class CellCaster {

    /** Values shown in messages are cut to this many characters. */
    private static final int VALUE_SHOWN = 50;

    private final TableSchema schema;
    private final List<SchemaField> fields;
    private final boolean onlyEmptyIsMissing;
    private final int[] uniqueFields;
    private final int[] keyFields;
    private final boolean wholeRows;
    private final int labelField;

    /** Per field, the caster that reads its cells from bytes, or null where cells are read as text. */
    private final AsciiCast[] asciiCasts;

    /**
     * Creates the caster.
     *
     * @param schema the schema
     * @param wholeRows whether rows are compared whole (duplicate rows, split keys of whole rows)
     * @param labelField the split label's field, decoded here for the reading thread, or -1
     */
    CellCaster(TableSchema schema, boolean wholeRows, int labelField) {
        this.schema = schema;
        this.fields = schema.fields();
        this.onlyEmptyIsMissing = schema.missingValues().equals(Set.of(""));
        this.uniqueFields = java.util.stream.IntStream.range(0, fields.size())
                .filter(i -> fields.get(i).unique())
                .toArray();
        this.keyFields = schema.primaryKey().stream().mapToInt(schema::indexOf).toArray();
        this.wholeRows = wholeRows;
        this.labelField = labelField;
        this.asciiCasts = new AsciiCast[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            SchemaField field = fields.get(i);
            // Cells cast from bytes need no text: not where a constraint reads the text, nor where texts other than
            // the empty one are missing values.
            if (onlyEmptyIsMissing
                    && field.pattern() == null
                    && field.minLength() == null
                    && field.maxLength() == null) {
                asciiCasts[i] = AsciiCast.of(field.type());
            }
        }
    }

    /**
     * Casts every cell of some rows.
     *
     * @param batch the rows
     * @param profile the worker's profile of each field
     * @return the rows
     */
    List<Row> cast(List<Row> batch, FieldProfile[] profile) {
        for (Row row : batch) {
            row.decode();
            if (row.problem != null || row.blank) {
                continue;
            }
            row.outcomes(fields.size(), uniqueFields.length > 0);
            boolean whole = row.fields() == fields.size();
            for (int i = 0; i < fields.size() && i < row.fields(); i++) {
                if (row.present(i) && row.validUtf8(i)) {
                    cell(row, i, profile[i]);
                } else {
                    whole = false;
                }
            }
            row.clean = whole && row.codes == null;
            hashes(row);
        }
        return batch;
    }

    /**
     * Casts and checks one cell on a worker: records the value, or the error to log when the row is checked, in the
     * row; profiles the valid and missing values.
     */
    private void cell(Row row, int i, FieldProfile profile) {
        SchemaField field = fields.get(i);
        AsciiCast fast = asciiCasts[i];
        // No ASCII check here: AsciiCast declines any byte outside ASCII (it is never a digit or a separator).
        if (fast != null && row.bytes() != null && row.end(i) > row.start(i)) {
            Object value = fast.cast(row.bytes(), row.start(i), row.end(i));
            if (value != null) {
                String broken = constraint(field, null, value);
                if (broken != null) {
                    row.fail(i, "constraint-error", ": '" + shown(row.text(i)) + "' " + broken + ".");
                }
                row.values[i] = value;
                profile.add(LongIntMap.hash(row.bytes(), row.start(i), row.end(i)), value, row, i);
                return;
            }
        }
        String text = row.text(i);
        if (isMissing(text)) {
            profile.missing();
            if (field.required() || isKey(field)) {
                row.fail(
                        i,
                        isKey(field) ? "primary-key" : "constraint-error",
                        ": the value is missing, but the field is "
                                + (isKey(field) ? "part of the primary key" : "required") + ".");
            }
            return;
        }
        Object value;
        try {
            value = field.type().cast(text);
        } catch (FieldType.CastException e) {
            row.fail(
                    i,
                    "type-error",
                    ": '" + shown(text) + "' is not " + e.getMessage() + " (type "
                            + field.type().name() + ").");
            return;
        }
        String broken = constraint(field, text, value);
        if (broken != null) {
            row.fail(i, "constraint-error", ": '" + shown(text) + "' " + broken + ".");
        }
        row.values[i] = value;
        // One kind of hash per profile: from the bytes when the row has them, as on the byte path above.
        profile.add(
                row.bytes() != null ? LongIntMap.hash(row.bytes(), row.start(i), row.end(i)) : LongIntMap.hash(text),
                text,
                value);
    }

    /** Whether a text is a missing value; the common default, only the empty text, without a set lookup. */
    private boolean isMissing(String text) {
        return onlyEmptyIsMissing ? text.isEmpty() : schema.missingValues().contains(text);
    }

    /**
     * Hashes, on the worker, what the ordered checks look up: unique values, the primary key and the whole row, so the
     * reading thread only probes its maps.
     */
    private void hashes(Row row) {
        for (int i : uniqueFields) {
            if (row.values[i] != null) {
                row.hashes[i] = LongIntMap.hashValue(row.values[i]);
            }
        }
        if (keyFields.length > 0) {
            long key = 1;
            boolean complete = true;
            for (int index : keyFields) {
                Object value = row.values[index];
                if (value == null) {
                    complete = false; // A missing key part is reported as such.
                    break;
                }
                key = LongIntMap.combine(key, LongIntMap.hashValue(value));
            }
            row.keyHash = key;
            row.keyComplete = complete;
        }
        if (wholeRows) {
            row.wholeHash = row.wholeRowHash();
        }
        if (labelField >= 0 && labelField < row.fields()) {
            row.text(labelField); // decoded here rather than on the reading thread
        }
    }

    @SuppressWarnings("unchecked")
    private static String constraint(SchemaField field, String text, Object value) {
        if (field.minLength() != null || field.maxLength() != null) {
            int length = value instanceof com.fasterxml.jackson.databind.JsonNode node
                    ? node.size()
                    : text.codePointCount(0, text.length());
            if (field.minLength() != null && length < field.minLength()) {
                return "is shorter than minLength " + field.minLength() + " (" + length + ")";
            }
            if (field.maxLength() != null && length > field.maxLength()) {
                return "is longer than maxLength " + field.maxLength() + " (" + length + ")";
            }
        }
        if (field.minimum() != null && ((Comparable<Object>) value).compareTo(field.minimum()) < 0 && !isNaN(value)) {
            return "is below the minimum " + field.minimum();
        }
        if (field.maximum() != null && ((Comparable<Object>) value).compareTo(field.maximum()) > 0 && !isNaN(value)) {
            return "is above the maximum " + field.maximum();
        }
        Pattern pattern = field.pattern();
        if (pattern != null && !pattern.matcher(text).matches()) {
            return "does not match the pattern " + pattern.pattern();
        }
        if (field.enumValues() != null && !field.enumValues().contains(value)) {
            return "is not one of the enum values";
        }
        return null;
    }

    private static boolean isNaN(Object value) {
        return value instanceof Double d && d.isNaN();
    }

    private boolean isKey(SchemaField field) {
        return schema.primaryKey().contains(field.name());
    }

    /**
     * A value as messages show it: on one line, cut to {@value #VALUE_SHOWN} characters.
     *
     * @param value the text
     * @return the text as shown
     */
    static String shown(String value) {
        String oneLine = value.replaceAll("\\R", " ");
        return oneLine.length() > VALUE_SHOWN ? oneLine.substring(0, VALUE_SHOWN - 3) + "..." : oneLine;
    }
}
