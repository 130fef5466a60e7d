package io.github.mlgate.csv;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded random cells, and the edge cases, for the tests that hold a byte path against its text path. */
public final class RandomCells {

    /** Numbers at the edges of what a byte path reads: signs alone, zeros, too many digits, exponents, NaN. */
    public static final List<String> NUMBER_EDGES = List.of(
            "0",
            "-0",
            "+0",
            "-",
            "+",
            "",
            "007",
            "12345678901234567",
            "123456789012345678",
            "-1234567890123456",
            "1.",
            ".5",
            "+.5",
            "-.5",
            ".",
            "1e5",
            "NaN",
            "INF",
            "-INF",
            "0.1",
            "0.30000000000000004",
            "123456789.123456",
            "1234567890123456",
            "9007199254740993",
            "0.0000000000000000000001",
            "1.00000000000000000000000");

    private RandomCells() {}

    /**
     * The number edges and some more.
     *
     * @param more the test's own edges
     * @return all of them
     */
    public static String[] numberEdgesAnd(String... more) {
        List<String> all = new java.util.ArrayList<>(NUMBER_EDGES);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /**
     * A cell of 1 to 24 characters; three in four are drawn from the alphabet's first characters, the rest from all
     * of it, so most cells are nearly well formed and both paths have work to do.
     *
     * @param random the seeded generator
     * @param alphabet the characters that matter
     * @param common how many of the alphabet's first characters are drawn most often
     * @return the cell
     */
    public static String of(SplittableRandom random, String alphabet, int common) {
        StringBuilder cell = new StringBuilder();
        int length = 1 + random.nextInt(24);
        for (int i = 0; i < length; i++) {
            cell.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : common)));
        }
        return cell.toString();
    }
}
