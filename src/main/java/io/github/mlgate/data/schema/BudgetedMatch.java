package io.github.mlgate.data.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches cells against a field's pattern within a budget of steps. Java's regex engine backtracks: a pattern such as
 * {@code (.*a){12}$} takes exponential time on a cell of a few dozen characters (two minutes on three cells of 37), and
 * a data file is someone else's input. The engine reads the cell through {@link #charAt}, which counts each read and
 * stops the match once the budget is spent; the cell then fails with a message naming the pattern. Not thread-safe:
 * one per thread.
 */
public final class BudgetedMatch implements CharSequence {

    /** Steps every cell may take, whatever its length. */
    static final long BASE_STEPS = 1_000_000;

    /** Steps a cell may take per character, beyond the base. */
    static final long STEPS_PER_CHARACTER = 100;

    /** What a match that ran out of steps returns. */
    static final int EXHAUSTED = 2;

    private static final RuntimeException SPENT = new Spent();

    private final Matcher matcher;
    private CharSequence cell;
    private long steps;

    /**
     * Creates a matcher of a pattern.
     *
     * @param pattern the field's pattern
     */
    public BudgetedMatch(Pattern pattern) {
        this.matcher = pattern.matcher("");
    }

    /**
     * Whether a whole cell matches.
     *
     * @param text the cell
     * @return 1 when it matches, 0 when it does not, {@link #EXHAUSTED} when the budget ran out first
     */
    public int matches(CharSequence text) {
        cell = text;
        steps = BASE_STEPS + STEPS_PER_CHARACTER * text.length();
        try {
            return matcher.reset(this).matches() ? 1 : 0;
        } catch (Spent e) {
            return EXHAUSTED;
        } finally {
            cell = null; // the matcher keeps this sequence; it must not keep the row alive
        }
    }

    @Override
    public int length() {
        return cell.length();
    }

    @Override
    public char charAt(int index) {
        if (--steps < 0) {
            throw SPENT;
        }
        return cell.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return cell.subSequence(start, end);
    }

    @Override
    public String toString() {
        return cell.toString();
    }

    /** Thrown through the regex engine when the budget is spent; one instance, without a stack trace. */
    private static final class Spent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Spent() {
            super("pattern budget spent", null, false, false);
        }
    }
}
