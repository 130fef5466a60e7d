package io.github.mlgate.data.schema;

/**
 * An open-addressing map from 64-bit value hashes to the row they were first seen in: what uniqueness and key checks
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
        int slot = (int) mix(key) & mask;
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

    /**
     * The hash a cast value is remembered by: numbers by their bits, without making a string of them; other values
     * by their text. The same value always has the same hash, in every resource.
     *
     * @param value a cast value
     * @return its hash
     */
    public static long hashValue(Object value) {
        if (value instanceof Long l) {
            return hashLong(l);
        }
        if (value instanceof Double d) {
            return hashDouble(d);
        }
        return hash(value.toString());
    }

    /**
     * The hash of an integer value: {@link #hashValue} of it, without boxing it.
     *
     * @param value the integer
     * @return its hash
     */
    public static long hashLong(long value) {
        return mix(value ^ 0x5851F42D4C957F2DL);
    }

    /**
     * The hash of a number: {@link #hashValue} of it, without boxing it; zero and negative zero are one value.
     *
     * @param value the number
     * @return its hash
     */
    public static long hashDouble(double value) {
        return mix(Double.doubleToLongBits(value + 0.0) ^ 0x14057B7EF767814FL);
    }

    /**
     * The hash profiles count a value by: numbers, dates and datetimes by their value (so {@code 1.0} and {@code 1}
     * are one number, and a datetime with or without {@code Z} one instant), anything else by the hash of its text.
     *
     * @param value a cast value
     * @param textHash the hash of its text, used for values not counted by value
     * @return the hash
     */
    public static long profileHash(Object value, long textHash) {
        if (value instanceof Long l) {
            return hashLong(l);
        }
        if (value instanceof Double d) {
            return hashDouble(d);
        }
        if (value instanceof java.time.LocalDate date) {
            return hashLong(date.toEpochDay());
        }
        if (value instanceof java.time.LocalDateTime datetime) {
            long nanos = AsciiCast.nanosOf(datetime);
            return nanos == AsciiCast.NOT_A_TIME ? hash(datetime.toString()) : hashLong(nanos);
        }
        return textHash;
    }

    /**
     * Combines the hash of a key's parts.
     *
     * @param hash the hash so far (start with 1)
     * @param part the next part's hash
     * @return the combined hash
     */
    public static long combine(long hash, long part) {
        return hash * 0x9E3779B97F4A7C15L + part;
    }

    /** 64-bit FNV-1a of a text, the hash values are remembered by. */
    public static long hash(CharSequence text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static final java.lang.invoke.VarHandle WORDS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * A 64-bit hash of some bytes, eight at a time: what profiles tell a cell's values apart by. Faster than
     * {@link #hash(CharSequence)} by the width of a word, which matters at one hash per cell; not the same values,
     * so a profile takes all its hashes from bytes, or all from text.
     *
     * @param bytes the bytes
     * @param from the first
     * @param to one past the last
     * @return the hash
     */
    public static long hash(byte[] bytes, int from, int to) {
        long hash = 0x9E3779B97F4A7C15L ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            hash = (hash ^ (long) WORDS.get(bytes, i)) * 0xBF58476D1CE4E5B9L;
            hash ^= hash >>> 31;
        }
        long tail = 0;
        int left = to - i;
        if (left > 0 && i + 8 <= bytes.length) {
            // The last bytes as one word read on past them, the bytes beyond masked off: most cells are shorter
            // than a word, so this is most of the hashing.
            tail = (long) WORDS.get(bytes, i) & (-1L >>> (64 - 8 * left));
        } else {
            for (int shift = 0; i < to; i++, shift += 8) {
                tail |= (bytes[i] & 0xFFL) << shift;
            }
        }
        hash = (hash ^ tail) * 0x94D049BB133111EBL;
        return hash ^ (hash >>> 29);
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
