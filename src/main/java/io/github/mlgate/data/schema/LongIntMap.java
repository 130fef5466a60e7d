package io.github.mlgate.data.schema;

/**
 * An open-addressing map from 64-bit value hashes ({@link ValueHashes}) to the row they were first seen in: what uniqueness and key checks
 * remember, 16 bytes a slot instead of a string. Two different values share a hash with probability about n² / 2^65
 * (one in ten thousand million for five million rows), which would report a duplicate that is not one.
 */
public final class LongIntMap {

    private static final long EMPTY = 0;

    /**
     * Key and value side by side ({@code table[2i]} the key, {@code table[2i + 1]} the value): a lookup in a map of
     * millions of keys costs one cache miss, not one per array.
     */
    private long[] table;

    private int mask;
    private int size;
    private boolean hasZero;
    private int zeroValue;

    /**
     * Creates a map sized for some keys; it grows past them.
     *
     * @param expected how many keys it will likely hold
     */
    public LongIntMap(int expected) {
        allocate(capacityFor(expected));
    }

    /** A power of two that holds the keys at most three quarters full, where linear probing stays short. */
    private static int capacityFor(int expected) {
        long needed = Math.max(16, (long) expected * 4 / 3 + 1);
        return Integer.highestOneBit((int) Math.min(needed - 1, 1 << 30)) << 1;
    }

    private void allocate(int capacity) {
        table = new long[capacity * 2];
        mask = capacity - 1;
    }

    /**
     * Makes room for this many keys at once, so a large map is not grown and rehashed step by step.
     *
     * @param expected how many keys are expected in all
     */
    public void ensureCapacity(long expected) {
        int capacity = capacityFor((int) Math.min(expected, 1 << 29));
        if (capacity > mask + 1) {
            rehash(capacity);
        }
    }

    public int putIfAbsent(long key, int value) {
        if (key == EMPTY) {
            if (hasZero) {
                return zeroValue;
            }
            hasZero = true;
            zeroValue = value;
            return -1;
        }
        int slot = find(key);
        if (table[slot] == key) {
            return (int) table[slot + 1];
        }
        table[slot] = key;
        table[slot + 1] = value;
        if (++size * 4L > (mask + 1) * 3L) {
            rehash((mask + 1) * 2);
        }
        return -1;
    }

    /**
     * Adds to the count of a key, as a map of counts.
     *
     * @param key the key
     * @param delta what to add
     * @return the new count
     */
    public int add(long key, int delta) {
        if (key == EMPTY) {
            zeroValue = hasZero ? zeroValue + delta : delta;
            hasZero = true;
            return zeroValue;
        }
        int slot = find(key);
        if (table[slot] == key) {
            table[slot + 1] += delta;
            return (int) table[slot + 1];
        }
        table[slot] = key;
        table[slot + 1] = delta;
        if (++size * 4L > (mask + 1) * 3L) {
            rehash((mask + 1) * 2);
        }
        return delta;
    }

    public int get(long key) {
        if (key == EMPTY) {
            return hasZero ? zeroValue : -1;
        }
        int slot = find(key);
        return table[slot] == key ? (int) table[slot + 1] : -1;
    }

    /** The index in the table of the key's slot, or of the empty slot where it would go. */
    private int find(long key) {
        int slot = (int) ValueHashes.mix(key) & mask;
        while (true) {
            long found = table[slot << 1];
            if (found == EMPTY || found == key) {
                return slot << 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    public int size() {
        return size + (hasZero ? 1 : 0);
    }

    public void forEach(java.util.function.ObjLongConsumer<Integer> visitor) {
        if (hasZero) {
            visitor.accept(zeroValue, EMPTY);
        }
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != EMPTY) {
                visitor.accept((int) table[i + 1], table[i]);
            }
        }
    }

    private void rehash(int capacity) {
        long[] old = table;
        allocate(capacity);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                int slot = find(old[i]);
                table[slot] = old[i];
                table[slot + 1] = old[i + 1];
            }
        }
    }
}
