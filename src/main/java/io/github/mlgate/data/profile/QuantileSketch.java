package io.github.mlgate.data.profile;

import java.util.Arrays;

/**
 * A mergeable sketch of the distribution of many finite numbers, in memory that grows with the logarithm of their
 * count, whose answers are the same every time the same numbers are added in the same order.
 *
 * <p>Written here rather than taken from Apache DataSketches, whose KLL sketch draws its compaction coins from one
 * static, unseeded {@code Random} shared by every sketch in the JVM, with no way to seed it
 * (apache/datasketches-java#693): two runs over the same file then gave different quantiles and histograms, and
 * profiles must be reproducible. This is KLL's compactor scheme (Karnin, Lang and Liberty, 2016) with its capacities
 * (the top level holds {@value #CAPACITY} numbers, each level below two thirds of the one above, at least 8): numbers
 * are kept at level 0; a full level is sorted and every other number, starting at a coin's offset, moves up a level,
 * where each counts twice as much. The coins come from a generator of the sketch's own with a fixed seed. The rank of
 * any value is off by about 0.5% of the count (one standard deviation, as KLL's with k = 256; {@code
 * QuantileSketchTest} holds it within 1% on a million numbers); the count, minimum and maximum are exact.
 */
final class QuantileSketch {

    /** The numbers the top level holds before it is compacted. */
    static final int CAPACITY = 256;

    /**
     * The numbers a level holds before it is compacted, by its depth under the top level: two thirds of the level
     * above's, at least 8 (KLL's capacities). The low levels are small, so the numbers sorted at level 0 are few and
     * cheap to sort; the error comes from the top levels, whose numbers weigh the most.
     */
    private static final int[] CAPACITIES = new int[64];

    static {
        double capacity = CAPACITY;
        for (int depth = 0; depth < CAPACITIES.length; depth++, capacity *= 2.0 / 3) {
            CAPACITIES[depth] = Math.max(8, (int) Math.ceil(capacity));
        }
    }

    /** The generator's fixed seed: any non-zero value, the same for every sketch. */
    private static final long SEED = 0x9E3779B97F4A7C15L;

    /**
     * The numbers kept at each level; one at level h stands for 2^h numbers added. Level 0 takes numbers as they come
     * and is sorted when it is compacted; the levels above are kept sorted, each compaction's numbers merged in.
     */
    private double[][] levels = {new double[CAPACITY]};

    private int[] sizes = new int[1];

    /** Level 0's capacity, which shrinks as levels are added above it. */
    private int firstCapacity = CAPACITY;

    /** A buffer a level is merged into, then swapped with it. */
    private double[] spare = new double[2 * CAPACITY];

    /** The numbers a compaction moves up. */
    private double[] moving = new double[CAPACITY];

    /**
     * The least and greatest number that left level 0 or came in by another way; those still at level 0 are looked
     * at when the sketch is read, so adding a number costs no comparison.
     */
    private double min = Double.POSITIVE_INFINITY;

    private double max = Double.NEGATIVE_INFINITY;
    private long coins = SEED;

    /** Whether any level was ever compacted: the answers are then estimates. */
    private boolean compacted;

    /**
     * Adds a finite number.
     *
     * @param x the number
     */
    void add(double x) {
        // Level 0 is below its capacity here, and its array at least that long: every change ends compacted.
        int size = sizes[0] + 1;
        levels[0][size - 1] = x;
        sizes[0] = size;
        if (size >= firstCapacity) {
            cascade();
        }
    }

    /**
     * Adds a finite number seen some times: at the levels of the bits of the count, so its weight is exact.
     *
     * @param x the number
     * @param times how many times it was seen, at least one
     */
    void add(double x, long times) {
        min = Math.min(min, x);
        max = Math.max(max, x);
        double[] one = {x};
        for (int level = 0; level < 64 - Long.numberOfLeadingZeros(times); level++) {
            if ((times >>> level & 1) != 0) {
                mergeInto(level, one, 1);
            }
        }
        settle();
    }

    /**
     * Adds what another sketch holds, as if its numbers had been added here.
     *
     * @param other the other sketch
     */
    void merge(QuantileSketch other) {
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        compacted |= other.compacted;
        for (int level = 0; level < other.sizes.length; level++) {
            if (other.sizes[level] > 0) {
                mergeInto(level, other.levels[level], other.sizes[level]);
            }
        }
        settle();
    }

    /**
     * The numbers as the sketch holds them: each kept number with the count it stands for.
     *
     * @return the distribution; exact while no level was compacted
     */
    Distribution distribution() {
        int kept = 0;
        for (int size : sizes) {
            kept += size;
        }
        double[] values = new double[kept];
        long[] weights = new long[kept];
        Integer[] order = new Integer[kept];
        double least = min;
        double greatest = max;
        for (int level = 0, n = 0; level < sizes.length; level++) {
            for (int i = 0; i < sizes[level]; i++, n++) {
                values[n] = levels[level][i];
                weights[n] = 1L << level;
                order[n] = n;
                least = Math.min(least, values[n]);
                greatest = Math.max(greatest, values[n]);
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        Distribution.Builder distribution = new Distribution.Builder();
        for (int index : order) {
            distribution.add(values[index], weights[index]);
        }
        return distribution.build(least, greatest, compacted);
    }

    /** Adds numbers to a level: appended at level 0, merged in order above it (the numbers given sorted). */
    private void mergeInto(int level, double[] numbers, int count) {
        if (level >= sizes.length) {
            int before = sizes.length;
            levels = Arrays.copyOf(levels, level + 1);
            sizes = Arrays.copyOf(sizes, level + 1);
            for (int added = before; added <= level; added++) {
                levels[added] = new double[2 * CAPACITY];
            }
            firstCapacity = capacity(0);
        }
        double[] items = levels[level];
        int size = sizes[level];
        if (level == 0) {
            if (size + count > items.length) {
                levels[0] = items = Arrays.copyOf(items, size + count);
            }
            System.arraycopy(numbers, 0, items, size, count);
            sizes[0] = size + count;
            return;
        }
        if (spare.length < size + count) {
            // Only merges of whole sketches bring more than a level holds; arrays swap levels, so they grow for all.
            spare = new double[2 * (size + count)];
        }
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < size && j < count) {
            spare[n++] = items[i] <= numbers[j] ? items[i++] : numbers[j++];
        }
        while (i < size) {
            spare[n++] = items[i++];
        }
        while (j < count) {
            spare[n++] = numbers[j++];
        }
        levels[level] = spare;
        spare = items;
        sizes[level] = n;
    }

    /** A level's capacity, by its depth under the top one. */
    private int capacity(int level) {
        return CAPACITIES[sizes.length - 1 - level];
    }

    /**
     * Compacts level 0, and each level above it that the compaction below filled, as far as they go: the common case,
     * in a few steps. A new top level shrinks every capacity below it, so then every level is looked at.
     */
    private void cascade() {
        int levelsBefore = sizes.length;
        int level = 0;
        do {
            compact(level++);
        } while (level < sizes.length && sizes.length == levelsBefore && sizes[level] >= capacity(level));
        if (sizes.length != levelsBefore) {
            settle();
        }
    }

    /**
     * Compacts the lowest level that holds its capacity or more, until none does; a new top level shrinks the
     * capacities below it, so the search starts again from level 0.
     */
    private void settle() {
        for (int level = 0; level < sizes.length; level++) {
            if (sizes[level] >= capacity(level)) {
                int before = sizes.length;
                compact(level);
                if (sizes.length != before) {
                    level = -1;
                }
            }
        }
    }

    /**
     * Moves every other number of a level up, starting at the first or the second by a coin (level 0 sorted first);
     * an odd one out, the greatest, stays.
     */
    private void compact(int level) {
        double[] items = levels[level];
        int size = sizes[level];
        if (level == 0) {
            Arrays.sort(items, 0, size);
            min = Math.min(min, items[0]);
            max = Math.max(max, items[size - 1]);
        }
        int up = size / 2;
        if (moving.length < up) {
            moving = new double[up];
        }
        for (int i = 0, from = coin(); i < up; i++, from += 2) {
            moving[i] = items[from];
        }
        if ((size & 1) != 0) {
            items[0] = items[size - 1];
            sizes[level] = 1;
        } else {
            sizes[level] = 0;
        }
        compacted = true;
        mergeInto(level + 1, moving, up);
    }

    /** The next coin, 0 or 1, from a xorshift generator. */
    private int coin() {
        coins ^= coins << 13;
        coins ^= coins >>> 7;
        coins ^= coins << 17;
        return (int) (coins >>> 63);
    }
}
