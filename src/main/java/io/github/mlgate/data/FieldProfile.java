package io.github.mlgate.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.LongsSketch;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * The profile of one field, in memory that does not grow with the rows: counts, exact distinct values and exact
 * value counts up to {@value #EXACT_DISTINCT} distinct values, and beyond them a HyperLogLog estimate and a
 * frequent-items sketch; minimum and maximum, mean and standard deviation (Welford), quantiles and a histogram from a
 * KLL sketch. Sketches from Apache DataSketches. Values are told apart by a 64-bit hash of their text, so the common
 * case, a field with few distinct values, costs a probe of a small primitive map per cell.
 */
final class FieldProfile {

    /** Up to this many distinct values are counted exactly. */
    static final int EXACT_DISTINCT = 1000;

    private static final double[] QUANTILES = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};
    private static final int BINS = 10;
    private static final int TOP = 10;

    private final SchemaField field;
    private final boolean numeric;

    /** Whether values have an order, so extremes are kept. */
    private final boolean ordered;

    /** Dates and datetimes: counted by value, shown in one ISO form. */
    private final boolean instant;

    private long count;
    private long missing;
    /** Each distinct value's count by the hash of its text, while there are at most EXACT_DISTINCT; else null. */
    private LongIntMap exact = new LongIntMap(64);

    /** The text of each hash in {@link #exact} (truncated as shown), for the top values. */
    private Map<Long, String> texts = new HashMap<>();

    /**
     * Numbers: the value of each hash in {@link #exact}, while counting exactly; its quantiles and histogram then
     * come from these values and their counts, exactly, and the quantile sketch is fed only when the field has too
     * many distinct values (saving a sketch update per cell of the many fields that have few).
     */
    private Map<Long, Double> numberOf = new HashMap<>();

    private HllSketch distinct;

    /** The least and greatest value, for ordered types. */
    private final Extremes extremes;

    /** The mean and deviation of the finite numbers, for numeric types. */
    private final Moments moments = new Moments();

    private final KllDoublesSketch quantiles;
    /**
     * The most frequent values once there are too many distinct ones to count exactly, by the hash of their text;
     * null before. Hashes rather than texts: a sketch of strings would need each cell's text decoded and hashed again,
     * on fields (timestamps, codes) where nearly every value is new.
     */
    private LongsSketch frequent;

    /**
     * The text of the values the frequent-items sketch has seen at least twice since it last took them in: the only
     * ones that can be among the most frequent. Pruned to what the sketch still holds when it grows.
     */
    private Map<Long, String> frequentTexts;

    /** How many values wait for the sketches at most. */
    private static final int PENDING = 1024;

    /** Values waiting for the sketches: hashes, and for the frequent-items sketch where to read their text. */
    private long[] pendingHashes;

    private Row[] pendingRows;
    private int[] pendingCells;
    private String[] pendingTexts;
    private int pending;

    /** Numbers waiting for the quantile sketch. */
    private double[] pendingNumbers;

    private int pendingNumberCount;

    /** The frequent-items sketch's map size: values above about 1/48 of the rows are always found. */
    private static final int FREQUENT_MAP = 64;

    FieldProfile(SchemaField field) {
        this.field = field;
        this.numeric = field.type().kind().isNumeric();
        this.ordered = field.type().isOrdered();
        this.instant = field.type().kind().isInstant();
        this.quantiles = numeric ? KllDoublesSketch.newHeapInstance(200) : null;
        this.extremes = new Extremes(field.type().kind() == SchemaType.DATETIME);
    }

    /** Counts a missing value. */
    void missing() {
        count++;
        missing++;
    }

    /**
     * Adds a valid value whose text is known.
     *
     * @param hash the hash of the cell's text: from its bytes when the row has them, else from the text
     * @param text the cell's text
     * @param value the cast value
     */
    void add(long hash, String text, Object value) {
        addText(hash, text, null, 0, value);
        addValue(value);
    }

    /**
     * Adds a valid value cast from a row's bytes, whose text is decoded only if the profile needs it.
     *
     * @param hash the hash of the cell's bytes ({@link LongIntMap#hash(byte[], int, int)})
     * @param value the cast value
     * @param row the row
     * @param cell the cell's index
     */
    void add(long hash, Object value, Row row, int cell) {
        addText(hash, null, row, cell, value);
        addValue(value);
    }

    /**
     * Adds an integer read from a row's bytes, unboxed.
     *
     * @param hash the hash of the cell's bytes
     * @param value the integer
     * @param row the row
     * @param cell the cell's index
     */
    void addInteger(long hash, long value, Row row, int cell) {
        countNumber(hash, value, row, cell);
        extremes.addInteger(value);
        addFinite(value);
    }

    /**
     * Adds a finite number read from a row's bytes, unboxed.
     *
     * @param hash the hash of the cell's bytes
     * @param value the number
     * @param row the row
     * @param cell the cell's index
     */
    void addNumber(long hash, double value, Row row, int cell) {
        countNumber(hash, value, row, cell);
        extremes.addNumber(value);
        addFinite(value);
    }

    /**
     * Adds a date (as its epoch day) or a datetime (as nanoseconds since 1970) read from a row's bytes, unboxed.
     *
     * @param hash the hash of the cell's bytes
     * @param value the epoch day or nanoseconds ({@link AsciiCast#parseDate}, {@link AsciiCast#parseDatetime})
     * @param row the row
     * @param cell the cell's index
     */
    void addTime(long hash, long value, Row row, int cell) {
        addText(hash, null, row, cell, null);
        extremes.addTime(value);
    }

    private void countNumber(long hash, double number, Row row, int cell) {
        count++;
        if (exact != null) {
            if (exact.add(hash, 1) == 1) {
                firstSeen(hash, null, row, cell, number);
            }
        } else {
            sketch(hash, null, row, cell);
        }
    }

    /**
     * Counts a value by its hash. The common case, a value already counted, is a probe; what happens rarely (a new
     * value, the move to sketches) is in methods of its own, which keeps the compiled common path small.
     */
    private void addText(long hash, String known, Row row, int cell, Object value) {
        count++;
        if (exact != null) {
            if (exact.add(hash, 1) == 1) {
                firstSeen(
                        hash,
                        known,
                        row,
                        cell,
                        numeric && value instanceof Number number ? number.doubleValue() : Double.NaN);
            }
        } else {
            sketch(hash, known, row, cell);
        }
    }

    /** Keeps a new value's text (and number, when finite), and moves to the sketches when there are too many. */
    private void firstSeen(long hash, String known, Row row, int cell, double number) {
        texts.put(hash, shown(display(known != null ? known : row.text(cell))));
        if (Double.isFinite(number)) {
            numberOf.put(hash, number);
        }
        if (exact.size() > EXACT_DISTINCT) {
            toSketch();
        }
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
        if (pendingNumberCount > 0) {
            quantiles.update(pendingNumbers, 0, pendingNumberCount);
            pendingNumberCount = 0;
        }
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
                keepText(hash, shown(display(known != null ? known : pendingRows[i].peekText(pendingCells[i]))));
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

    @SuppressWarnings("unchecked")
    private void addValue(Object value) {
        if (ordered && value instanceof Comparable<?> comparable) {
            extremes.add((Comparable<Object>) comparable);
        }
        if (numeric && value instanceof Number number && Double.isFinite(number.doubleValue())) {
            addFinite(number.doubleValue());
        }
    }

    /** Mean and variance and, past exact counting, the quantile sketch. */
    private void addFinite(double x) {
        moments.add(x);
        if (exact == null) {
            if (pendingNumberCount == PENDING) {
                flush();
            }
            pendingNumbers[pendingNumberCount++] = x;
        }
    }

    /**
     * How a value is shown: dates and datetimes, counted by value, in their one ISO form (a datetime with an offset in
     * UTC), so texts of one value show the same whichever came first; other values as written.
     */
    private String display(String text) {
        if (!instant) {
            return text;
        }
        try {
            return field.type().cast(text).toString();
        } catch (FieldType.CastException e) {
            return text;
        }
    }

    private static String shown(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

    /**
     * Adds what another profile of the same field counted, as if its values had been added here.
     *
     * @param other the other profile
     */
    void merge(FieldProfile other) {
        if (exact == null) {
            flush();
        }
        if (other.exact == null) {
            other.flush();
        }
        count += other.count;
        missing += other.missing;
        if (other.exact != null) {
            other.exact.forEach((otherCount, hash) ->
                    addCounted(hash, other.texts.get(hash), other.numberOf.get(hash), otherCount));
        } else {
            toSketch();
            org.apache.datasketches.hll.Union union = new org.apache.datasketches.hll.Union(12);
            union.update(distinct);
            union.update(other.distinct);
            distinct = union.getResult(org.apache.datasketches.hll.TgtHllType.HLL_8);
            if (!numeric) {
                frequent.merge(other.frequent);
                other.frequentTexts.forEach((hash, text) -> {
                    if (!frequentTexts.containsKey(hash)) {
                        keepText(hash, text);
                    }
                });
            }
        }
        extremes.merge(other.extremes);
        if (other.moments.count() > 0) {
            moments.merge(other.moments);
            quantiles.merge(other.quantiles);
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
                if (exact.size() > EXACT_DISTINCT) {
                    toSketch();
                }
            }
        } else {
            distinct.update(hash);
            if (!numeric) {
                frequent.update(hash, times);
                if (frequent.getLowerBound(hash) >= 2 && !frequentTexts.containsKey(hash)) {
                    keepText(hash, text);
                }
            } else if (number != null) {
                quantiles.update(number, times);
            }
        }
    }

    /** Leaves exact counting for the sketches, carrying over what was counted. */
    private void toSketch() {
        if (exact == null) {
            return;
        }
        // Eight bits a register (4 KB): the quickest to update, with the same estimate as the smaller forms.
        distinct = new HllSketch(12, org.apache.datasketches.hll.TgtHllType.HLL_8);
        frequent = numeric ? null : new LongsSketch(FREQUENT_MAP);
        frequentTexts = numeric ? null : new HashMap<>();
        pendingHashes = new long[PENDING];
        if (numeric) {
            pendingNumbers = new double[PENDING];
        } else {
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
            if (number != null) {
                quantiles.update(number, times);
            }
        });
        exact = null;
        texts = null;
        numberOf = null;
    }

    /** The profile, as the report and the profile files show it. */
    DataSummary.Field summary() {
        if (exact == null) {
            flush();
        }
        long distinctValues = exact != null ? exact.size() : Math.round(distinct.getEstimate());
        Double meanValue = null;
        Double deviation = null;
        Map<String, Double> quantileValues = null;
        DataSummary.Histogram bins = null;
        if (numeric && moments.count() > 0) {
            meanValue = moments.mean();
            deviation = moments.standardDeviation();
            quantileValues = new LinkedHashMap<>();
            Exact counted = exact != null ? new Exact() : null;
            for (double p : QUANTILES) {
                quantileValues.put(
                        Double.toString(p), counted != null ? counted.quantile(p) : quantiles.getQuantile(p));
            }
            bins = histogram(counted);
        }
        return new DataSummary.Field(
                field.name(),
                field.type().name(),
                count,
                missing,
                distinctValues,
                exact != null,
                extremes.min() == null ? null : shown(extremes.min()),
                extremes.max() == null ? null : shown(extremes.max()),
                meanValue,
                deviation,
                quantileValues,
                bins,
                !numeric && count > missing ? top() : null);
    }

    /** The most frequent values. */
    private List<DataSummary.TopValue> top() {
        List<DataSummary.TopValue> top = new ArrayList<>();
        if (exact != null) {
            // Exact counts: the most frequent first, ties in text order, so the profile is the same every run.
            List<Map.Entry<String, Integer>> counted = new ArrayList<>();
            exact.forEach((times, hash) -> counted.add(Map.entry(texts.get(hash), times)));
            counted.sort(
                    Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<String, Integer> entry : counted.subList(0, Math.min(TOP, counted.size()))) {
                top.add(new DataSummary.TopValue(entry.getKey(), entry.getValue()));
            }
        } else {
            // Values seen only once since the sketch took them in have no text kept: they are not frequent.
            for (LongsSketch.Row row : frequent.getFrequentItems(ErrorType.NO_FALSE_NEGATIVES)) {
                String text = frequentTexts.get(row.getItem());
                if (text != null && top.size() < TOP) {
                    top.add(new DataSummary.TopValue(text, row.getEstimate()));
                }
            }
        }
        return top;
    }

    /**
     * The finite numbers counted exactly, as sorted distinct values with cumulative counts; quantiles and bins are
     * read as the quantile sketch reads them (inclusive: a quantile is the least value whose cumulative share
     * reaches it, a bin holds the values above its lower edge up to and including its upper one).
     */
    private final class Exact {

        private final double[] values;
        private final long[] cumulative;

        Exact() {
            java.util.TreeMap<Double, Long> byValue = new java.util.TreeMap<>();
            exact.forEach((times, hash) -> {
                Double number = numberOf.get(hash);
                if (number != null) {
                    byValue.merge(number + 0.0, (long) times, Long::sum);
                }
            });
            values = new double[byValue.size()];
            cumulative = new long[byValue.size()];
            int i = 0;
            long total = 0;
            for (Map.Entry<Double, Long> entry : byValue.entrySet()) {
                total += entry.getValue();
                values[i] = entry.getKey();
                cumulative[i++] = total;
            }
        }

        double quantile(double p) {
            double target = p * cumulative[cumulative.length - 1];
            for (int i = 0; i < values.length; i++) {
                if (cumulative[i] >= target) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        /** How many values are at most the given value. */
        long atMost(double value) {
            long count = 0;
            for (int i = 0; i < values.length && values[i] <= value; i++) {
                count = cumulative[i];
            }
            return count;
        }

        double min() {
            return values[0];
        }

        double max() {
            return values[values.length - 1];
        }
    }

    /** Equal-width bins between the minimum and the maximum: counted exactly, or from the quantile sketch. */
    private DataSummary.Histogram histogram(Exact counted) {
        double low = counted != null ? counted.min() : quantiles.getMinItem();
        double high = counted != null ? counted.max() : quantiles.getMaxItem();
        List<Double> edges = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        if (low == high) {
            return new DataSummary.Histogram(List.of(low, high), List.of(moments.count()), null);
        }
        double[] splits = new double[BINS - 1];
        for (int i = 0; i < splits.length; i++) {
            splits[i] = low + (high - low) * (i + 1) / BINS;
        }
        edges.add(low);
        for (double split : splits) {
            edges.add(split);
        }
        edges.add(high);
        if (counted != null) {
            long below = 0;
            for (double split : splits) {
                long upTo = counted.atMost(split);
                counts.add(upTo - below);
                below = upTo;
            }
            counts.add(moments.count() - below);
            return new DataSummary.Histogram(edges, counts, false);
        }
        for (double share : quantiles.getPMF(splits)) {
            counts.add(Math.round(share * moments.count()));
        }
        return new DataSummary.Histogram(edges, counts, quantiles.isEstimationMode());
    }

    /** A least or greatest value as profiles show it: integers and finite numbers as numbers, others as text. */
    private static Object shown(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Double d && Double.isFinite(d)) {
            return value;
        }
        return value.toString();
    }
}
