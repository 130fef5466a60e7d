package io.github.mlgate.data.stream;

import io.github.mlgate.data.profile.FieldProfile;
import io.github.mlgate.data.resource.Row;
import io.github.mlgate.data.schema.AsciiCast;
import io.github.mlgate.data.schema.BudgetedMatch;
import io.github.mlgate.data.schema.ByteStrings;
import io.github.mlgate.data.schema.ConstraintMessages;
import io.github.mlgate.data.schema.FieldType;
import io.github.mlgate.data.schema.SchemaField;
import io.github.mlgate.data.schema.SchemaType;
import io.github.mlgate.data.schema.TableSchema;
import io.github.mlgate.data.schema.ValueHashes;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Casts and checks the cells of rows against a Table Schema, on a worker: each cell's value, or its error worded
 * without its place (which only the ordered check knows), goes into the row; valid and missing values go into the
 * worker's profiles; and what the ordered checks will look up (unique values, the primary key, the whole row) is
 * hashed here, so the reading thread only probes its maps.
 */
public final class CellCaster {

    /** Values shown in messages are cut to this many characters. */
    private static final int VALUE_SHOWN = 50;

    private final TableSchema schema;

    /** Each thread's matchers of the fields' patterns, by pattern. */
    private final ThreadLocal<java.util.Map<Pattern, BudgetedMatch>> patterns =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    private final List<SchemaField> fields;
    private final boolean onlyEmptyIsMissing;
    private final int[] uniqueFields;
    private final int[] keyFields;
    private final boolean wholeRows;
    private final int labelField;

    /** The primary key's field when it is one integer field, else -1. */
    private final int integerKey;

    /** Per field, how its cells are cast. */
    private final FieldCast[] casts;

    /**
     * Per field, whether each cell's value is kept in the row: for keys, unique values and lookups by value. Other
     * strings are never decoded, and other integers and numbers never boxed.
     */
    private final boolean[] keepValue;

    /**
     * Creates the caster.
     *
     * @param schema the schema
     * @param wholeRows whether rows are compared whole (duplicate rows, split keys of whole rows)
     * @param labelField the split label's field, decoded here for the reading thread, or -1
     */
    public CellCaster(TableSchema schema, boolean wholeRows, int labelField) {
        this.schema = schema;
        this.fields = schema.fields();
        this.onlyEmptyIsMissing = schema.missingValues().equals(Set.of(""));
        this.uniqueFields = java.util.stream.IntStream.range(0, fields.size())
                .filter(i -> fields.get(i).unique())
                .toArray();
        this.keyFields = schema.primaryKey().stream().mapToInt(schema::indexOf).toArray();
        this.wholeRows = wholeRows;
        this.labelField = labelField;
        this.integerKey =
                keyFields.length == 1 && fields.get(keyFields[0]).type().kind() == SchemaType.INTEGER
                        ? keyFields[0]
                        : -1;
        this.keepValue = new boolean[fields.size()];
        this.casts = new FieldCast[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            SchemaField field = fields.get(i);
            // A one-integer primary key read from bytes is kept unboxed ({@link Row#integerKey}).
            keepValue[i] = field.unique() || (isKey(field) && i != integerKey);
            // Cells cast from bytes need no text: not where a constraint reads the text, nor where texts other than
            // the empty one are missing values.
            AsciiCast ascii = onlyEmptyIsMissing
                            && field.pattern() == null
                            && field.minLength() == null
                            && field.maxLength() == null
                    ? AsciiCast.of(field.type())
                    : null;
            boolean plainString = onlyEmptyIsMissing
                    && field.type().kind() == SchemaType.STRING
                    && field.type().format().equals("default")
                    && field.minimum() == null
                    && field.maximum() == null;
            FieldType.AsciiKind kind = ascii == null ? null : field.type().asciiKind();
            if (kind == FieldType.AsciiKind.INTEGER && constraintsAre(field, Long.class)) {
                casts[i] = new FromIntegers(i);
            } else if (kind == FieldType.AsciiKind.NUMBER && constraintsAre(field, Double.class)) {
                casts[i] = new FromNumbers(i);
            } else if (kind == FieldType.AsciiKind.DATE && FromTimes.fits(field, false)) {
                casts[i] = new FromTimes(i, false);
            } else if (kind == FieldType.AsciiKind.DATETIME && FromTimes.fits(field, true)) {
                casts[i] = new FromTimes(i, true);
            } else if (ascii != null) {
                casts[i] = new FromBytes(i, ascii);
            } else {
                casts[i] = plainString ? new PlainString(i, new ByteStrings(field)) : new FromText(i);
            }
        }
    }

    /** Whether a field's bounds and enum values are all of one class, as the unboxed casts read them. */
    private static boolean constraintsAre(SchemaField field, Class<?> type) {
        return (field.minimum() == null || type.isInstance(field.minimum()))
                && (field.maximum() == null || type.isInstance(field.maximum()))
                && (field.enumValues() == null || field.enumValues().stream().allMatch(type::isInstance));
    }

    /**
     * Keeps every cell's value in its row, for checks that look values up (splits, foreign keys); without them only
     * keys and unique fields keep theirs, other strings are checked on their bytes, never decoded, and other numbers
     * are never boxed.
     */
    void keepAllValues() {
        java.util.Arrays.fill(keepValue, true);
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
            if (row.problem != null || row.blank) {
                continue;
            }
            row.outcomes(fields.size(), uniqueFields.length > 0);
            row.checkUtf8();
            boolean whole = row.fields() == fields.size();
            for (int i = 0; i < fields.size() && i < row.fields(); i++) {
                if (row.present(i) && row.validUtf8(i)) {
                    // Through calls of many classes, which the JIT does not inline, each way of casting is compiled
                    // once on its own, whatever order the fields come in.
                    casts[i].cast(row, profile[i]);
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
     * How one field's cells are cast and checked on a worker: the value, or the error to log when the row is checked,
     * goes into the row; valid and missing values into the profile. One class per way of reading cells, called through
     * this type, so that each is compiled apart with what its own cells taught the compiler: one method for every
     * field was the data gate's largest compilation, made again each time a rare branch was first taken.
     */
    private abstract class FieldCast {

        final int index;
        final SchemaField field;

        FieldCast(int index) {
            this.index = index;
            this.field = fields.get(index);
        }

        /**
         * Casts this field's cell of a row, present and valid UTF-8: from its text when the row has no bytes, as a
         * missing value when it is empty (the ways of casting that read bytes serve only schemas whose one missing
         * value is the empty text), else from its bytes.
         */
        void cast(Row row, FieldProfile profile) {
            byte[] bytes = row.bytes();
            if (bytes == null) {
                castText(row, index, profile);
                return;
            }
            int from = row.start(index);
            int to = row.end(index);
            if (from == to) {
                missing(row, index, profile);
                return;
            }
            castBytes(row, bytes, from, to, profile);
        }

        /** Casts a cell that is not empty from its bytes; the ways of casting that read bytes say how. */
        void castBytes(Row row, byte[] bytes, int from, int to, FieldProfile profile) {
            castText(row, index, profile);
        }
    }

    /** Cells read from their ASCII bytes ({@link AsciiCast}); others, and those it declines, from their text. */
    private final class FromBytes extends FieldCast {

        private final AsciiCast ascii;

        FromBytes(int index, AsciiCast ascii) {
            super(index);
            this.ascii = ascii;
        }

        @Override
        void castBytes(Row row, byte[] bytes, int from, int to, FieldProfile profile) {
            // No ASCII check here: AsciiCast declines any byte outside ASCII (it is never a digit or a separator).
            Object value = ascii.cast(bytes, from, to);
            if (value == null) {
                castText(row, index, profile);
                return;
            }
            String broken = constraint(field, null, value);
            if (broken != null) {
                fail(row, index, broken);
            }
            if (keepValue[index]) {
                row.setValue(index, value);
            }
            profile.add(ValueHashes.profileHash(value, ValueHashes.hash(bytes, from, to)), value, row, index);
        }
    }

    /** Integers in the default format, read and checked unboxed; others, and those it declines, from their text. */
    private final class FromIntegers extends FieldCast {

        private final long minimum;
        private final long maximum;
        private final long[] enumValues;

        FromIntegers(int index) {
            super(index);
            this.minimum = field.minimum() == null ? Long.MIN_VALUE : (Long) (Object) field.minimum();
            this.maximum = field.maximum() == null ? Long.MAX_VALUE : (Long) (Object) field.maximum();
            this.enumValues = field.enumValues() == null
                    ? null
                    : field.enumValues().stream()
                            .mapToLong(value -> (Long) value)
                            .toArray();
        }

        @Override
        void castBytes(Row row, byte[] bytes, int from, int to, FieldProfile profile) {
            long value = AsciiCast.parseInteger(bytes, from, to);
            if (value == AsciiCast.NOT_AN_INTEGER) {
                castText(row, index, profile);
                return;
            }
            if (value < minimum) {
                fail(row, index, ConstraintMessages.belowMinimum(field));
            } else if (value > maximum) {
                fail(row, index, ConstraintMessages.aboveMaximum(field));
            } else if (enumValues != null && !contains(enumValues, value)) {
                fail(row, index, ConstraintMessages.notInEnum());
            }
            if (index == integerKey) {
                row.integerKey(value);
            }
            if (keepValue[index]) {
                row.setValue(index, value);
            }
            profile.addInteger(ValueHashes.hashLong(value), value, row, index);
        }

        private static boolean contains(long[] values, long value) {
            for (long candidate : values) {
                if (candidate == value) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Decimal numbers in the default format, read and checked unboxed; others from their text. */
    private final class FromNumbers extends FieldCast {

        private final double minimum;
        private final double maximum;
        private final long[] enumBits;

        FromNumbers(int index) {
            super(index);
            this.minimum = field.minimum() == null ? Double.NaN : (Double) (Object) field.minimum();
            this.maximum = field.maximum() == null ? Double.NaN : (Double) (Object) field.maximum();
            // Double.equals compares the bits: what the enum's set of Doubles would do.
            this.enumBits = field.enumValues() == null
                    ? null
                    : field.enumValues().stream()
                            .mapToLong(value -> Double.doubleToLongBits((Double) value))
                            .toArray();
        }

        @Override
        void castBytes(Row row, byte[] bytes, int from, int to, FieldProfile profile) {
            double value = AsciiCast.parseNumber(bytes, from, to);
            if (Double.isNaN(value)) {
                castText(row, index, profile);
                return;
            }
            // Compared as Double compares, as the boxed values are (no value or bound is -0.0: it is read as 0.0); a
            // NaN bound is none.
            if (!Double.isNaN(minimum) && Double.compare(value, minimum) < 0) {
                fail(row, index, ConstraintMessages.belowMinimum(field));
            } else if (!Double.isNaN(maximum) && Double.compare(value, maximum) > 0) {
                fail(row, index, ConstraintMessages.aboveMaximum(field));
            } else if (enumBits != null && !FromIntegers.contains(enumBits, Double.doubleToLongBits(value))) {
                fail(row, index, ConstraintMessages.notInEnum());
            }
            if (keepValue[index]) {
                row.setValue(index, value);
            }
            profile.addNumber(ValueHashes.hashDouble(value), value, row, index);
        }
    }

    /**
     * Dates and datetimes in the default format, read as epoch days or nanoseconds and checked unboxed; others, and
     * those it declines, from their text.
     */
    private final class FromTimes extends FieldCast {

        private final boolean datetime;
        private final long minimum;
        private final long maximum;

        FromTimes(int index, boolean datetime) {
            super(index);
            this.datetime = datetime;
            this.minimum = field.minimum() == null ? Long.MIN_VALUE : key(field.minimum());
            this.maximum = field.maximum() == null ? Long.MAX_VALUE : key(field.maximum());
        }

        /** Whether the bounds can be read as this reads values, and there is no enum (compared as objects). */
        static boolean fits(SchemaField field, boolean datetime) {
            return field.enumValues() == null
                    && (field.minimum() == null || key(field.minimum(), datetime) != AsciiCast.NOT_A_TIME)
                    && (field.maximum() == null || key(field.maximum(), datetime) != AsciiCast.NOT_A_TIME);
        }

        private long key(Object bound) {
            return key(bound, datetime);
        }

        private static long key(Object bound, boolean datetime) {
            if (datetime) {
                return bound instanceof java.time.LocalDateTime time ? AsciiCast.nanosOf(time) : AsciiCast.NOT_A_TIME;
            }
            return bound instanceof java.time.LocalDate date ? date.toEpochDay() : AsciiCast.NOT_A_TIME;
        }

        @Override
        void castBytes(Row row, byte[] bytes, int from, int to, FieldProfile profile) {
            long value = datetime ? AsciiCast.parseDatetime(bytes, from, to) : AsciiCast.parseDate(bytes, from, to);
            if (value == AsciiCast.NOT_A_TIME) {
                castText(row, index, profile);
                return;
            }
            if (value < minimum) {
                fail(row, index, ConstraintMessages.belowMinimum(field));
            } else if (value > maximum) {
                fail(row, index, ConstraintMessages.aboveMaximum(field));
            }
            if (keepValue[index]) {
                row.setValue(index, datetime ? AsciiCast.datetimeOf(value) : AsciiCast.dateOf(value));
            }
            profile.addTime(ValueHashes.hashLong(value), value, row, index);
        }
    }

    /** Plain strings, checked on their bytes ({@link ByteStrings}) and decoded only where their text is kept. */
    private final class PlainString extends FieldCast {

        private final ByteStrings strings;

        PlainString(int index, ByteStrings strings) {
            super(index);
            this.strings = strings;
        }

        @Override
        void castBytes(Row row, byte[] bytes, int from, int to, FieldProfile profile) {
            long hash = ValueHashes.hash(bytes, from, to);
            String broken = strings.check(bytes, from, to, hash);
            if (broken != null) {
                fail(row, index, broken);
            }
            String value = null;
            if (keepValue[index]) {
                value = row.text(index);
                row.setValue(index, value);
            }
            profile.add(hash, value, row, index);
        }
    }

    /** Cells read from their text: every type and format, and whatever missing values the schema names. */
    private final class FromText extends FieldCast {

        FromText(int index) {
            super(index);
        }

        @Override
        void cast(Row row, FieldProfile profile) {
            castText(row, index, profile);
        }
    }

    /** Records that a valid value breaks a constraint, with its text, decoded only now. */
    private static void fail(Row row, int i, String broken) {
        row.fail(i, "constraint-error", ": '" + shown(row.text(i)) + "' " + broken + ".");
    }

    /**
     * Counts a missing value, an error where the field is required or part of the primary key: a broken constraint
     * when the field is required, whether or not it is in the key, as Frictionless reports it.
     */
    private void missing(Row row, int i, FieldProfile profile) {
        profile.missing();
        String[] error = missingError(fields.get(i), isKey(fields.get(i)));
        if (error != null) {
            row.fail(i, error[0], error[1]);
        }
    }

    /**
     * The code and words of a missing value's error, or null where a value may be missing: also a missing cell's, as
     * Frictionless reads a cell the row lacks as a missing value.
     *
     * @param field the field
     * @param key whether the field is part of the primary key
     * @return the code and the words after the cell's place, or null
     */
    static String[] missingError(SchemaField field, boolean key) {
        if (field.required()) {
            return new String[] {
                "constraint-error",
                ": the value is missing, but the field is required" + (key ? " and part of the primary key." : ".")
            };
        }
        if (key) {
            return new String[] {"primary-key", ": the value is missing, but the field is part of the primary key."};
        }
        return null;
    }

    /**
     * What is wrong with one cell, worded as the streaming checks word it: for cells an engine found wrong, so both
     * paths report them alike.
     *
     * @param i the field's index
     * @param text the cell's text, or null when it has no value
     * @return the code and the words that follow the cell's place, or null when the cell is valid
     */
    public String[] judge(int i, String text) {
        SchemaField field = fields.get(i);
        if (text == null || isMissing(text)) {
            return missingError(field, isKey(field));
        }
        Object value;
        try {
            value = field.type().cast(text);
        } catch (FieldType.CastException e) {
            return new String[] {"type-error", typeError(field, text, e)};
        }
        String broken = constraint(field, text, value);
        return broken == null ? null : new String[] {"constraint-error", ": '" + shown(text) + "' " + broken + "."};
    }

    private static String typeError(SchemaField field, String text, FieldType.CastException e) {
        return ": '" + shown(text) + "' is not " + e.getMessage() + " (type "
                + field.type().name() + ").";
    }

    /** Casts a cell from its text: the way for every type, format and missing value, and for errors' wording. */
    private void castText(Row row, int i, FieldProfile profile) {
        SchemaField field = fields.get(i);
        String text = row.text(i);
        if (isMissing(text)) {
            missing(row, i, profile);
            return;
        }
        Object value;
        try {
            value = field.type().cast(text);
        } catch (FieldType.CastException e) {
            row.fail(i, "type-error", typeError(field, text, e));
            return;
        }
        String broken = constraint(field, text, value);
        if (broken != null) {
            row.fail(i, "constraint-error", ": '" + shown(text) + "' " + broken + ".");
        }
        row.setValue(i, value);
        // One kind of hash per profile, as on the byte paths: numbers and times by value, others by their text's
        // bytes when the row has them.
        profile.add(
                ValueHashes.profileHash(
                        value,
                        row.bytes() != null
                                ? ValueHashes.hash(row.bytes(), row.start(i), row.end(i))
                                : ValueHashes.hash(text)),
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
            if (row.value(i) != null) {
                row.hashes[i] = ValueHashes.hashValue(row.value(i));
            }
        }
        if (row.hasIntegerKey) {
            row.keyHash = ValueHashes.combine(1, ValueHashes.hashLong(row.integerKey));
            row.keyComplete = true;
        } else if (keyFields.length > 0) {
            long key = 1;
            boolean complete = true;
            for (int index : keyFields) {
                Object value = row.value(index);
                if (value == null) {
                    complete = false; // A missing key part is reported as such.
                    break;
                }
                key = ValueHashes.combine(key, ValueHashes.hashValue(value));
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
    private String constraint(SchemaField field, String text, Object value) {
        if (field.minLength() != null || field.maxLength() != null) {
            int length = value instanceof com.fasterxml.jackson.databind.JsonNode node
                    ? node.size()
                    : text.codePointCount(0, text.length());
            if (field.minLength() != null && length < field.minLength()) {
                return ConstraintMessages.shorterThanMinLength(field, length);
            }
            if (field.maxLength() != null && length > field.maxLength()) {
                return ConstraintMessages.longerThanMaxLength(field, length);
            }
        }
        if (field.minimum() != null && FieldType.compare(value, field.minimum()) < 0 && !isNaN(value)) {
            return ConstraintMessages.belowMinimum(field);
        }
        if (field.maximum() != null && FieldType.compare(value, field.maximum()) > 0 && !isNaN(value)) {
            return ConstraintMessages.aboveMaximum(field);
        }
        Pattern pattern = field.pattern();
        if (pattern != null) {
            int matched =
                    patterns.get().computeIfAbsent(pattern, BudgetedMatch::new).matches(text);
            if (matched != 1) {
                return matched == 0
                        ? ConstraintMessages.noMatch(pattern.pattern())
                        : ConstraintMessages.patternTooCostly(pattern.pattern());
            }
        }
        if (field.enumValues() != null && !field.enumValues().contains(value)) {
            return ConstraintMessages.notInEnum();
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
    public static String shown(String value) {
        // Cut first: a cell may be megabytes long.
        String cut = value.length() > VALUE_SHOWN ? value.substring(0, VALUE_SHOWN - 3) + "..." : value;
        return cut.replaceAll("\\R", " ");
    }
}
