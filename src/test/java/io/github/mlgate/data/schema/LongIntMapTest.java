package io.github.mlgate.data.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The map of first rows and counts by hash, and the hash of a cell's bytes. */
class LongIntMapTest {

    @Test
    void aCellsHashDependsOnlyOnItsBytesNotOnWhatSurroundsThem() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 10_000; n++) {
            byte[] cell = new byte[random.nextInt(30)];
            random.nextBytes(cell);
            int before = random.nextInt(10);
            byte[] padded = new byte[before + cell.length + random.nextInt(10)];
            random.nextBytes(padded);
            System.arraycopy(cell, 0, padded, before, cell.length);
            // Alone in its array the cell's tail is read byte by byte; with bytes after it, as one masked word.
            assertThat(ValueHashes.hash(padded, before, before + cell.length))
                    .isEqualTo(ValueHashes.hash(cell, 0, cell.length));
        }
    }

    @Test
    void cellsThatDifferHashApart() {
        assertThat(ValueHashes.hash(new byte[] {'1', '2'}, 0, 2))
                .isNotEqualTo(ValueHashes.hash(new byte[] {'1'}, 0, 1));
        assertThat(ValueHashes.hash(new byte[] {0}, 0, 1)).isNotEqualTo(ValueHashes.hash(new byte[0], 0, 0));
    }

    @Test
    void remembersFirstRowsAndCountsThroughGrowth() {
        LongIntMap firstRows = new LongIntMap(4);
        LongIntMap counts = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int row = 1; row <= 50_000; row++) {
            long key = random.nextInt(20_000) - 10_000; // zero and negatives included
            Integer first = expected.putIfAbsent(key, row);
            assertThat(firstRows.putIfAbsent(key, row)).isEqualTo(first == null ? -1 : first);
            counts.add(key, 1);
        }
        assertThat(firstRows.size()).isEqualTo(expected.size());
        long total = 0;
        for (long key : expected.keySet()) {
            total += counts.get(key);
        }
        assertThat(total).isEqualTo(50_000);
    }
}
