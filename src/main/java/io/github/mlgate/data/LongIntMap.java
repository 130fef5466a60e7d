package io.github.mlgate.data;

/**
 * An open-addressing map from 64-bit value hashes to the row they were first seen in: what uniqueness and key checks
 * remember, 12 bytes a row instead of a string. Two different values share a hash with probability about n² / 2^65
 * (one in ten thousand million for five million rows), which would report a duplicate that is not one.
 */
final class LongIntMap {

    private static final long EMPTY = 0;

    private long[] keys;
    private int[] values;
    private int size;
    private boolean hasZero;
    private int zeroValue;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /**
     * Records a key's row unless the key is already there.
     *
     * @param key the hash
     * @param value the row
     * @return the row recorded earlier for the key, or -1 when it is new
     */
    int putIfAbsent(long key, int value) {
        if (key == EMPTY) {
            if (hasZero) {
                return zeroValue;
            }
            hasZero = true;
            zeroValue = value;
            return -1;
        }
        int slot = find(key);
        if (keys[slot] == key) {
            return values[slot];
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    /**
     * The row recorded for a key.
     *
     * @param key the hash
     * @return the row, or -1 when the key is absent
     */
    int get(long key) {
        if (key == EMPTY) {
            return hasZero ? zeroValue : -1;
        }
        int slot = find(key);
        return keys[slot] == key ? values[slot] : -1;
    }

    /** The slot holding a key, or the empty slot where it would go. */
    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** How many keys. */
    int size() {
        return size + (hasZero ? 1 : 0);
    }

    /** Visits every key with its row. */
    void forEach(java.util.function.ObjLongConsumer<Integer> visitor) {
        if (hasZero) {
            visitor.accept(zeroValue, EMPTY);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.accept(values[i], keys[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = (int) mix(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /**
     * The hash a cast value is remembered by: numbers by their bits, without making a string of them; other values
     * by their text. The same value always has the same hash, in every resource.
     *
     * @param value a cast value
     * @return its hash
     */
    static long hashValue(Object value) {
        if (value instanceof Long l) {
            return mix(l ^ 0x5851F42D4C957F2DL);
        }
        if (value instanceof Double d) {
            return mix(Double.doubleToLongBits(d + 0.0) ^ 0x14057B7EF767814FL);
        }
        return hash(value.toString());
    }

    /**
     * Combines the hash of a key's parts.
     *
     * @param hash the hash so far (start with 1)
     * @param part the next part's hash
     * @return the combined hash
     */
    static long combine(long hash, long part) {
        return hash * 0x9E3779B97F4A7C15L + part;
    }

    /** 64-bit FNV-1a of a text, the hash values are remembered by. */
    static long hash(CharSequence text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
