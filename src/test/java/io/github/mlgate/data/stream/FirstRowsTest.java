package io.github.mlgate.data.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.data.schema.ValueHashes;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Integer keys are remembered by value while dense and by hash once sparse, with the same answers either way. */
class FirstRowsTest {

    private static FirstRows keys() {
        return new FirstRows(ValueHashes::hashLong);
    }

    @Test
    void denseIdsFindTheirFirstRow() {
        FirstRows keys = keys();
        for (int row = 1; row <= 100_000; row++) {
            assertThat(keys.putIfAbsentInteger(row, row)).isEqualTo(-1);
        }
        assertThat(keys.putIfAbsentInteger(42_000, 100_001)).isEqualTo(42_000);
        assertThat(keys.putIfAbsentInteger(-5, 100_002)).isEqualTo(-1);
        assertThat(keys.putIfAbsentInteger(-5, 100_003)).isEqualTo(100_002);
    }

    @Test
    void sparseIdsMoveToHashesAndKeepEveryFirstRow() {
        FirstRows keys = keys();
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        long[] seen = new long[5_000];
        for (int row = 1; row <= 10_000; row++) {
            // Half the rows repeat an earlier key, so repeats are found before and after the move to hashes.
            long value = row > 1 && row % 2 == 0 ? seen[random.nextInt(row / 2)] : random.nextLong();
            if (row % 2 == 1) {
                seen[row / 2] = value;
            }
            Integer first = expected.putIfAbsent(value, row);
            assertThat(keys.putIfAbsentInteger(value, row)).as("row %d", row).isEqualTo(first == null ? -1 : first);
        }
    }

    @Test
    void integerAndHashedKeysOfOneMapMeetWhenTheHashesAgree() {
        FirstRows keys = keys();
        keys.putIfAbsentInteger(Long.MAX_VALUE, 1);
        for (int i = 0; i < 2_000; i++) {
            keys.putIfAbsentInteger((long) i << 40, i + 2); // sparse: moves everything to hashes
        }
        assertThat(keys.putIfAbsentHash(ValueHashes.hashLong(Long.MAX_VALUE), 9_999))
                .isEqualTo(1);
    }
}
