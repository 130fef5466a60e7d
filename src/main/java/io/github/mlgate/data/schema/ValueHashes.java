package io.github.mlgate.data.schema;

/**
 * The 64-bit hashes every room of the data stage remembers values by: cast values by their value (numbers by their
 * bits, so {@code 1.0} and {@code 1} agree), texts by FNV-1a, cells' bytes eight at a time, and keys of several parts
 * combined. Uniqueness, keys, splits, inference and profiles all hash here, so a value has one hash everywhere.
 */
public final class ValueHashes {

    private ValueHashes() {}

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

    /** Spreads a key's bits over the low ones a table slot is taken from. */
    static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
