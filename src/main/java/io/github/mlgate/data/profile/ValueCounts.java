package io.github.mlgate.data.profile;

import io.github.mlgate.data.resource.DataSummary;
import io.github.mlgate.data.resource.Row;
import io.github.mlgate.data.schema.LongIntMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.LongsSketch;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;

/**
 * How often each value of a field occurs, mergeable: counted exactly up to {@value #EXACT_DISTINCT} distinct values,
 * and beyond them estimated, the distinct values by a HyperLogLog sketch and the most frequent ones by a
 * frequent-items sketch (both from Apache DataSketches, deterministic for the same values in the same order). Values
 * are told apart by a 64-bit hash of their text, so the common case, a value already seen, is a probe of a small
 * primitive map. While counting exactly, a numeric field's counts also give its exact distribution; when counting
 * moves to the sketches, the numbers counted so far go into the field's {@link QuantileSketch}.
 */
public final class ValueCounts {

    /** Up to this many distinct values are counted exactly. */
    public static final int EXACT_DISTINCT = 1000;

    private final int exactDistinct;

    /** How many values the profile shows as the most frequent. */
    private static final int TOP = 10;

    /**
     * How many values wait for the sketches at most: enough for the sketches' loops to pay, few enough that the queue
     * is little to carry when a profile moves to another core ({@link ProfileLanes}).
     */
    private static final int PENDING = 256;

    /** The frequent-items sketch's map size: values above about 1/48 of the rows are always found. */
    private static final int FREQUENT_MAP = 64;

    private final boolean numeric;

    /** How a value's text is shown: dates and datetimes in one ISO form, others as written. */
    private final UnaryOperator<String> display;

    /** Where a numeric field's numbers go once they are no longer counted exactly; null for other fields. */
    private final QuantileSketch numbers;

    /** Each distinct value's count by the hash of its text, while there are at most EXACT_DISTINCT; else null. */
    private LongIntMap exact = new LongIntMap(64);

    /** The text of each hash in {@link #exact} (truncated as shown), for the top values. */
    private Map<Long, String> texts = new HashMap<>();

    /** Numbers: the value of each hash in {@link #exact} that is a finite number. */
    private Map<Long, Double> numberOf = new HashMap<>();

    private HllSketch distinct;

    /**
     * The most frequent values once there are too many distinct ones to count exactly, by the hash of their text;
     * null before, and for numeric fields. Hashes rather than texts: a sketch of strings would need each cell's text
     * decoded and hashed again, on fields (timestamps, codes) where nearly every value is new.
     */
    private LongsSketch frequent;

    /**
     * The text of the values the frequent-items sketch has seen at least twice since it last took them in: the only
     * ones that can be among the most frequent. Pruned to what the sketch still holds when it grows.
     */
    private Map<Long, String> frequentTexts;

    /** Values waiting for the sketches: hashes, and for the frequent-items sketch where to read their text. */
    private long[] pendingHashes;

    private Row[] pendingRows;
    private int[] pendingCells;
    private String[] pendingTexts;
    private int pending;

    /**
     * Creates the counts of a field's values.
     *
     * @param numeric whether the field holds numbers (its most frequent values are not kept)
     * @param display how a value's text is shown
     * @param numbers where numbers go once they are no longer counted exactly; null for other fields
     */
    ValueCounts(boolean numeric, UnaryOperator<String> display, QuantileSketch numbers) {
        this(numeric, display, numbers, EXACT_DISTINCT);
    }

    /**
     * Creates the counts of a field's values, counted exactly up to a number of distinct values.
     *
     * @param numeric whether the field holds numbers (its most frequent values are not kept)
     * @param display how a value's text is shown
     * @param numbers where numbers go once they are no longer counted exactly; null for other fields
     * @param exactDistinct how many distinct values are counted exactly before the sketches take over
     */
    ValueCounts(boolean numeric, UnaryOperator<String> display, QuantileSketch numbers, int exactDistinct) {
        this.exactDistinct = exactDistinct;
        this.numeric = numeric;
        this.display = display;
        this.numbers = numbers;
    }

    /**
     * Counts a value. The common case, a value already counted, is a probe; what happens rarely (a new value, the move
     * to sketches) is in methods of its own, which keeps the compiled common path small.
     *
     * @param hash the hash of the value's text
     * @param known the text, or null to read it from the row when needed
     * @param row the row holding the value when its text is not known
     * @param cell the value's cell in that row
     * @param number the value as a number when it is a finite one, else NaN
     */
    void add(long hash, String known, Row row, int cell, double number) {
        if (exact != null) {
            if (exact.add(hash, 1) == 1) {
                firstSeen(hash, known, row, cell, number);
            }
        } else {
            sketch(hash, known, row, cell);
        }
    }

    /** Whether values are estimated by the sketches rather than counted. */
    boolean sketched() {
        return exact == null;
    }

    /** Keeps a new value's text (and number, when finite), and moves to the sketches when there are too many. */
    private void firstSeen(long hash, String known, Row row, int cell, double number) {
        texts.put(hash, shown(known != null ? known : row.text(cell)));
        if (Double.isFinite(number)) {
            numberOf.put(hash, number);
        }
        if (exact.size() > exactDistinct) {
            toSketch();
        }
    }

    private String shown(String text) {
        String shown = display.apply(text);
        return shown.length() > 100 ? shown.substring(0, 100) : shown;
    }

    /**
     * Queues a value for the sketches. They take values in bulk ({@link #flush}): the sketches' code then runs in a
     * loop of its own, rarely called, instead of being compiled into the path of every cell, where each sketch's
     * change of mode made the JIT compile that path again.
     */
    private void sketch(long hash, String known, Row row, int cell) {
        if (pending == PENDING) {
            flush();
        }
        pendingHashes[pending] = hash;
        if (!numeric) {
            pendingRows[pending] = row;
            pendingCells[pending] = cell;
            pendingTexts[pending] = known;
        }
        pending++;
    }

    /**
     * Puts the queued values into the sketches, keeping the text of values counted twice (maybe frequent). One loop
     * per sketch, each in its own method, so each is compiled with only its sketch's code.
     */
    private void flush() {
        countDistinct();
        if (!numeric) {
            countFrequent();
        }
        pending = 0;
    }

    private void countDistinct() {
        for (int i = 0; i < pending; i++) {
            distinct.update(pendingHashes[i]);
        }
    }

    private void countFrequent() {
        for (int i = 0; i < pending; i++) {
            long hash = pendingHashes[i];
            frequent.update(hash);
            if (frequent.getLowerBound(hash) >= 2 && !frequentTexts.containsKey(hash)) {
                String known = pendingTexts[i];
                keepText(hash, shown(known != null ? known : pendingRows[i].peekText(pendingCells[i])));
            }
            pendingRows[i] = null;
            pendingTexts[i] = null;
        }
    }

    /** Keeps a frequent value's text, dropping those of values the sketch no longer holds when there are many. */
    private void keepText(long hash, String text) {
        frequentTexts.put(hash, text);
        if (frequentTexts.size() > 8 * FREQUENT_MAP) {
            frequentTexts.keySet().removeIf(kept -> frequent.getLowerBound(kept) == 0);
        }
    }

    /**
     * Adds what another field's counts hold, as if its values had been added here; for numeric fields, the other's
     * numbers still counted exactly go into this one's quantile sketch when this one is sketched.
     *
     * @param other the other counts
     */
    void merge(ValueCounts other) {
        if (exact == null) {
            flush();
        }
        if (other.exact != null) {
            other.exact.forEach(
                    (times, hash) -> addCounted(hash, other.texts.get(hash), other.numberOf.get(hash), times));
            return;
        }
        other.flush();
        toSketch();
        Union union = new Union(12);
        union.update(distinct);
        union.update(other.distinct);
        distinct = union.getResult(TgtHllType.HLL_8);
        if (!numeric) {
            frequent.merge(other.frequent);
            other.frequentTexts.forEach((hash, text) -> {
                if (!frequentTexts.containsKey(hash)) {
                    keepText(hash, text);
                }
            });
        }
    }

    /** Adds a value seen some number of times, by its hash, text and number (null when not a finite number). */
    private void addCounted(long hash, String text, Double number, int times) {
        if (exact != null) {
            if (exact.add(hash, times) == times) {
                texts.put(hash, text);
                if (number != null) {
                    numberOf.put(hash, number);
                }
                if (exact.size() > exactDistinct) {
                    toSketch();
                }
            }
            return;
        }
        distinct.update(hash);
        if (!numeric) {
            frequent.update(hash, times);
            if (frequent.getLowerBound(hash) >= 2 && !frequentTexts.containsKey(hash)) {
                keepText(hash, text);
            }
        } else if (number != null) {
            numbers.add(number, times);
        }
    }

    /** Leaves exact counting for the sketches, carrying over what was counted. */
    private void toSketch() {
        if (exact == null) {
            return;
        }
        // Eight bits a register (4 KB): the quickest to update, with the same estimate as the smaller forms.
        distinct = new HllSketch(12, TgtHllType.HLL_8);
        frequent = numeric ? null : new LongsSketch(FREQUENT_MAP);
        frequentTexts = numeric ? null : new HashMap<>();
        pendingHashes = new long[PENDING];
        if (!numeric) {
            pendingRows = new Row[PENDING];
            pendingCells = new int[PENDING];
            pendingTexts = new String[PENDING];
        }
        exact.forEach((times, hash) -> {
            distinct.update(hash);
            if (frequent != null) {
                frequent.update(hash, times);
                if (times >= 2) {
                    keepText(hash, texts.get(hash));
                }
            }
            Double number = numberOf.get(hash);
            if (number != null && numbers != null) {
                numbers.add(number, times);
            }
        });
        exact = null;
        texts = null;
        numberOf = null;
    }

    /** How many distinct values there are: counted, or estimated once sketched. */
    long distinct() {
        if (exact != null) {
            return exact.size();
        }
        flush();
        return Math.round(distinct.getEstimate());
    }

    /**
     * The finite numbers among the values, while counted exactly.
     *
     * @return their distribution, or null when values are sketched or none is a finite number
     */
    Distribution exactNumbers() {
        if (exact == null || numberOf.isEmpty()) {
            return null;
        }
        TreeMap<Double, Long> byValue = new TreeMap<>();
        exact.forEach((times, hash) -> {
            Double number = numberOf.get(hash);
            if (number != null) {
                // -0.0 and 0.0 are one value.
                byValue.merge(number + 0.0, (long) times, Long::sum);
            }
        });
        Distribution.Builder distribution = new Distribution.Builder();
        byValue.forEach(distribution::add);
        return distribution.build();
    }

    /**
     * The most frequent values: exactly, most frequent first and ties in text order, so the profile is the same every
     * run; or as the frequent-items sketch estimates them, from above.
     *
     * @return up to ten values with their counts
     */
    List<DataSummary.TopValue> top() {
        List<DataSummary.TopValue> top = new ArrayList<>();
        if (exact != null) {
            List<Map.Entry<String, Integer>> counted = new ArrayList<>();
            exact.forEach((times, hash) -> counted.add(Map.entry(texts.get(hash), times)));
            counted.sort(
                    Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<String, Integer> entry : counted.subList(0, Math.min(TOP, counted.size()))) {
                top.add(new DataSummary.TopValue(entry.getKey(), entry.getValue()));
            }
            return top;
        }
        flush();
        // Values seen only once since the sketch took them in have no text kept: they are not frequent.
        for (LongsSketch.Row row : frequent.getFrequentItems(ErrorType.NO_FALSE_NEGATIVES)) {
            String text = frequentTexts.get(row.getItem());
            if (text != null && top.size() < TOP) {
                top.add(new DataSummary.TopValue(text, row.getEstimate()));
            }
        }
        return top;
    }
}
