package io.github.mlgate.data.schema;

/**
 * The one home of the words a broken constraint is reported with, whichever way a cell was cast (from its text, from
 * its bytes, unboxed): each completes a sentence that begins with the cell's value. Built only when a constraint is
 * broken, off the path of clean cells.
 */
public final class ConstraintMessages {

    private ConstraintMessages() {}

    /**
     * A value below the field's {@code minimum}.
     *
     * @param field the field
     * @return the words
     */
    public static String belowMinimum(SchemaField field) {
        return "is below the minimum " + FieldType.text(field.minimum());
    }

    /**
     * A value above the field's {@code maximum}.
     *
     * @param field the field
     * @return the words
     */
    public static String aboveMaximum(SchemaField field) {
        return "is above the maximum " + FieldType.text(field.maximum());
    }

    /**
     * A value not among the field's {@code enum}.
     *
     * @return the words
     */
    public static String notInEnum() {
        return "is not one of the enum values";
    }

    /**
     * A text shorter than the field's {@code minLength}.
     *
     * @param field the field
     * @param length the text's length in characters
     * @return the words
     */
    public static String shorterThanMinLength(SchemaField field, int length) {
        return "is shorter than minLength " + field.minLength() + " (" + length + ")";
    }

    /**
     * A text longer than the field's {@code maxLength}.
     *
     * @param field the field
     * @param length the text's length in characters
     * @return the words
     */
    public static String longerThanMaxLength(SchemaField field, int length) {
        return "is longer than maxLength " + field.maxLength() + " (" + length + ")";
    }

    /**
     * A text that does not match the field's {@code pattern}.
     *
     * @param pattern the pattern as the schema wrote it
     * @return the words
     */
    public static String noMatch(String pattern) {
        return "does not match the pattern " + pattern;
    }

    /**
     * A cell on which the pattern took too many steps to decide.
     *
     * @param pattern the pattern
     * @return the message
     */
    public static String patternTooCostly(String pattern) {
        return "cannot be matched against the pattern " + pattern + " within its budget of steps (the pattern"
                + " backtracks too much on this cell; avoid nested repetition such as (.*a)*)";
    }
}
