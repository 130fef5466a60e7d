package io.github.mlgate.data.schema;

import java.nio.charset.StandardCharsets;

/**
 * Checks the constraints of a plain string field (length, pattern, enum) on a cell's UTF-8 bytes, so a cell whose
 * text nothing else needs is never decoded: lengths count the bytes that start a character, enum values are compared
 * as bytes, and an ASCII cell is matched against a pattern of fixed length position by position ({@link FixedPattern})
 * or against any other through a view of its bytes with one matcher per thread.
 * The messages are those of the string path, which a failing cell's report then shows with its text.
 */
public final class ByteStrings {

    private final SchemaField field;
    private final byte[][] enumValues;

    /** The hash of each enum value's bytes ({@link ValueHashes#hash(byte[], int, int)}), compared before the bytes. */
    private final long[] enumHashes;

    private final ThreadLocal<AsciiView> views;

    /** The pattern as a table per position, when it is one of fixed length ({@link FixedPattern}); else null. */
    private final FixedPattern fixed;

    /**
     * Creates the checks of a field.
     *
     * @param field a field of type string in the default format, with no minimum or maximum
     */
    public ByteStrings(SchemaField field) {
        this.field = field;
        this.enumValues = field.enumValues() == null
                ? null
                : field.enumValues().stream()
                        .map(value -> value.toString().getBytes(StandardCharsets.UTF_8))
                        .toArray(byte[][]::new);
        this.enumHashes = enumValues == null
                ? null
                : java.util.Arrays.stream(enumValues)
                        .mapToLong(value -> ValueHashes.hash(value, 0, value.length))
                        .toArray();
        this.fixed = field.pattern() == null
                ? null
                : FixedPattern.compile(field.pattern().pattern());
        this.views = field.pattern() == null ? null : ThreadLocal.withInitial(() -> new AsciiView(field));
    }

    /**
     * Checks a cell of valid UTF-8.
     *
     * @param bytes the bytes
     * @param from the cell's first byte
     * @param to one past its last
     * @param hash the hash of the cell's bytes ({@link ValueHashes#hash(byte[], int, int)})
     * @return what the value breaks, worded as the string path words it, or null when it meets every constraint
     */
    public String check(byte[] bytes, int from, int to, long hash) {
        if (field.minLength() != null || field.maxLength() != null) {
            int length = 0;
            for (int i = from; i < to; i++) {
                length += (bytes[i] & 0xC0) == 0x80 ? 0 : 1;
            }
            if (field.minLength() != null && length < field.minLength()) {
                return ConstraintMessages.shorterThanMinLength(field, length);
            }
            if (field.maxLength() != null && length > field.maxLength()) {
                return ConstraintMessages.longerThanMaxLength(field, length);
            }
        }
        if (views != null) {
            int matched = matches(bytes, from, to);
            if (matched != 1) {
                return matched == 0
                        ? ConstraintMessages.noMatch(field.pattern().pattern())
                        : ConstraintMessages.patternTooCostly(field.pattern().pattern());
            }
        }
        if (enumValues != null && !isEnumValue(bytes, from, to, hash)) {
            return ConstraintMessages.notInEnum();
        }
        return null;
    }

    /**
     * Whether the cell matches the pattern (1, else 0, or {@link BudgetedMatch#EXHAUSTED}): by the fixed pattern when
     * it can say, else by the regex engine.
     */
    private int matches(byte[] bytes, int from, int to) {
        int decided = fixed == null ? FixedPattern.UNDECIDED : fixed.matches(bytes, from, to);
        return decided == FixedPattern.UNDECIDED ? views.get().matches(bytes, from, to) : decided;
    }

    private boolean isEnumValue(byte[] bytes, int from, int to, long hash) {
        for (int k = 0; k < enumValues.length; k++) {
            byte[] value = enumValues[k];
            if (enumHashes[k] == hash && java.util.Arrays.equals(value, 0, value.length, bytes, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** One thread's view of a cell's bytes as characters, and its matcher of the field's pattern. */
    private static final class AsciiView implements CharSequence {

        private final BudgetedMatch matcher;
        private byte[] bytes;
        private int from;
        private int length;

        AsciiView(SchemaField field) {
            this.matcher = new BudgetedMatch(field.pattern());
        }

        /** Whether the whole cell matches; a cell beyond ASCII is decoded, as its characters are not its bytes. */
        int matches(byte[] cell, int start, int end) {
            for (int i = start; i < end; i++) {
                if (cell[i] < 0) {
                    return matcher.matches(new String(cell, start, end - start, StandardCharsets.UTF_8));
                }
            }
            this.bytes = cell;
            this.from = start;
            this.length = end - start;
            int matches = matcher.matches(this);
            this.bytes = null; // it must not keep the row's bytes alive
            return matches;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return (char) bytes[from + index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, from + start, end - start, StandardCharsets.US_ASCII);
        }

        @Override
        public String toString() {
            return new String(bytes, from, length, StandardCharsets.US_ASCII);
        }
    }
}
