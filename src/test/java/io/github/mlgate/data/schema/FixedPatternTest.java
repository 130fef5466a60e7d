package io.github.mlgate.data.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fixed pattern decides exactly as java.util.regex does on every ASCII cell, and declines what it cannot read.
 * Checked on seeded random expressions built from the pieces that matter and random cells near their matches.
 */
class FixedPatternTest {

    private static final String[] PIECES = {
        "a",
        "Z",
        "7",
        "-",
        "_",
        " ",
        "/",
        "\\d",
        "\\w",
        "\\s",
        "\\D",
        "\\W",
        "\\S",
        "\\.",
        "\\-",
        "\\\\",
        "[A-Z]",
        "[a-z0-9]",
        "[^a-z]",
        "[-a]",
        "[a-]",
        "[\\d_]",
        "[^\\s]",
        "[0-9a-fA-F]",
        "{2}",
        "{0}",
        "{3}",
        "{1,2}",
        "?",
        "*",
        "+",
        ".",
        "|",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "^",
        "$",
        "[]a]",
        "[z-a]",
        "[a-c-e]",
        "[a&&b]",
        "\\b",
        "\\p{L}",
        "\\1",
        "é",
        "[é]"
    };

    @Test
    void decidesAsTheRegexEngineDoes() {
        SplittableRandom random = new SplittableRandom(17);
        int compiled = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder regex = new StringBuilder();
            int pieces = 1 + random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                regex.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex.toString());
            } catch (PatternSyntaxException e) {
                assertThat(FixedPattern.compile(regex.toString()))
                        .as(regex.toString())
                        .isNull();
                continue;
            }
            FixedPattern fixed = FixedPattern.compile(regex.toString());
            if (fixed == null) {
                continue;
            }
            compiled++;
            for (int c = 0; c < 30; c++) {
                String cell = cell(random);
                byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
                int decided = fixed.matches(bytes, 0, bytes.length);
                if (decided != FixedPattern.UNDECIDED) {
                    assertThat(decided == 1)
                            .as("'%s' against %s", cell, regex)
                            .isEqualTo(pattern.matcher(cell).matches());
                }
            }
        }
        assertThat(compiled).isGreaterThan(2_000);
    }

    /** Short cells of the characters the pieces name, some outside ASCII. */
    private static String cell(SplittableRandom random) {
        String alphabet = "aZz7A0_- /.\\\t\n9fFgé";
        StringBuilder cell = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return cell.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[A-Z]{3}-[0-9]{4}", "^\\d{5}$", "[a-f0-9]{8}", "AB_\\w{2}"})
    void readsTheCommonIdentifierShapes(String regex) {
        assertThat(FixedPattern.compile(regex)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[A-Z]+", "\\d{2,4}", "a|b", "(ab){2}", "x?", ".{3}", "[[:alpha:]]", "\\p{Lu}{2}"})
    void leavesOtherExpressionsToTheRegexEngine(String regex) {
        assertThat(FixedPattern.compile(regex)).isNull();
    }

    @Test
    void leavesCellsBeyondAsciiToTheRegexEngine() {
        byte[] cell = "ÉTÉ-1234".getBytes(StandardCharsets.UTF_8);
        assertThat(FixedPattern.compile("[^a]{3}-[0-9]{4}").matches(cell, 0, cell.length))
                .isEqualTo(FixedPattern.UNDECIDED);
    }
}
