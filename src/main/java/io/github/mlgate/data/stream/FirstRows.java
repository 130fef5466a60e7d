package io.github.mlgate.data.stream;

import io.github.mlgate.data.schema.LongIntMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * The data row each key was first seen in, for the primary key and unique checks. Keys that are one integer are
 * usually a dense run (row ids), so those are kept in pages of an array indexed by the value: a row of ids in order
 * touches memory in order, where a hash map of millions of keys costs a cache miss per row. When the integers turn out
 * sparse, they move to a {@link LongIntMap} of hashes, which also holds every other key.
 */
final class FirstRows {

    /** Values per page: 64 KB of row numbers. */
    private static final int PAGE_BITS = 14;

    private static final int PAGE = 1 << PAGE_BITS;

    /** Pages may hold at most this many slots per key kept (plus a few pages) before the integers move to hashes. */
    private static final int SLOTS_PER_KEY = 8;

    private final LongUnaryOperator hashOf;
    private final LongIntMap hashed = new LongIntMap(1 << 16);

    /** Page number to index in {@link #pages}; null once the integers are hashed. */
    private LongIntMap pageIndex = new LongIntMap(64);

    private final List<int[]> pages = new ArrayList<>();
    private final List<Long> pageNumbers = new ArrayList<>();
    private long lastPageNumber = Long.MIN_VALUE;
    private int[] lastPage;
    private long paged;

    /**
     * Creates the map.
     *
     * @param hashOf the hash an integer key has when it is not paged: the hash its callers give for it
     */
    FirstRows(LongUnaryOperator hashOf) {
        this.hashOf = hashOf;
    }

    /**
     * Remembers the row of an integer key, unless the key was seen before.
     *
     * @param value the key's value
     * @param row the data row (at least 1)
     * @return the row the key was first seen in, or -1 when it is new
     */
    int putIfAbsentInteger(long value, int row) {
        if (pageIndex == null) {
            return hashed.putIfAbsent(hashOf.applyAsLong(value), row);
        }
        long number = value >> PAGE_BITS;
        int[] page = number == lastPageNumber ? lastPage : page(number);
        if (page == null) {
            return hashed.putIfAbsent(hashOf.applyAsLong(value), row);
        }
        int slot = (int) (value & (PAGE - 1));
        int first = page[slot];
        if (first != 0) {
            return first;
        }
        page[slot] = row;
        paged++;
        return -1;
    }

    /**
     * Remembers the row of a key known by its hash (several fields, or values other than integers).
     *
     * @param hash the key's hash
     * @param row the data row
     * @return the row the key was first seen in, or -1 when it is new
     */
    int putIfAbsentHash(long hash, int row) {
        return hashed.putIfAbsent(hash, row);
    }

    /**
     * Makes room for this many hashed keys: used once the rows to come are known, and only where keys are hashed.
     *
     * @param expected how many keys are expected in all
     */
    void ensureCapacity(long expected) {
        if (pageIndex == null || hashed.size() > 0) {
            hashed.ensureCapacity(expected);
        }
    }

    /** The page of a page number, made when new; null when the integers have just moved to hashes. */
    private int[] page(long number) {
        int index = pageIndex.get(number);
        if (index < 0) {
            if ((pages.size() + 1L) * PAGE > SLOTS_PER_KEY * paged + 64L * PAGE) {
                toHashes();
                return null;
            }
            index = pages.size();
            pages.add(new int[PAGE]);
            pageNumbers.add(number);
            pageIndex.putIfAbsent(number, index);
        }
        lastPageNumber = number;
        lastPage = pages.get(index);
        return lastPage;
    }

    /** Moves the paged integers to the hash map: they are too sparse for pages to pay. */
    private void toHashes() {
        hashed.ensureCapacity(hashed.size() + paged * 2);
        for (int p = 0; p < pages.size(); p++) {
            int[] page = pages.get(p);
            long base = pageNumbers.get(p) << PAGE_BITS;
            for (int slot = 0; slot < PAGE; slot++) {
                if (page[slot] != 0) {
                    hashed.putIfAbsent(hashOf.applyAsLong(base + slot), page[slot]);
                }
            }
        }
        pages.clear();
        pageNumbers.clear();
        pageIndex = null;
        lastPage = null;
        lastPageNumber = Long.MIN_VALUE;
    }
}
