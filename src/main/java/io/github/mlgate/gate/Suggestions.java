package io.github.mlgate.gate;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Did-you-mean suggestions for misspelt names. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The known name closest to an unknown one, when it is close enough to be a likely typo.
     *
     * <p>Names that differ only in case, underscores or hyphens match first ({@code why_machine_learning} suggests
     * {@code whyMachineLearning}); otherwise the closest name within an edit distance of a third of its length
     * (at least 1, at most 3) is suggested.
     *
     * @param unknown the name the user wrote
     * @param known the names that are allowed at that place
     * @return the suggestion, or empty when nothing is close
     */
    public static Optional<String> closest(String unknown, Collection<String> known) {
        String folded = fold(unknown);
        for (String candidate : known) {
            if (fold(candidate).equals(folded)) {
                return Optional.of(candidate);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = editDistance(folded, fold(candidate));
            int allowed = Math.min(3, Math.max(1, candidate.length() / 3));
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String fold(String name) {
        return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** Optimal string alignment distance: Levenshtein plus transposition of two neighbours. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
