package io.github.mlgate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text from the user's files as the console and the XML outputs may show it. */
class PrintableTest {

    @Test
    void bidirectionalOverridesAreEscapedSoAMessageReadsAsItIsWritten() {
        assertThat(Printable.text("abc\u202edef\u2066g\u200fh")).isEqualTo("abc\\u202edef\\u2066g\\u200fh");
    }

    @Test
    void charactersXmlForbidsAndNonCharactersBecomeTheReplacementCharacter() {
        assertThat(Printable.xml("a\u0000b\u0008c\ufffed\uffffe\udbff\udffef\ufdd0g\ud800h"))
                .isEqualTo("a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\ufffdh");
        assertThat(Printable.xml("tab\tline\nreturn\r\ud83d\ude00 \u00e9"))
                .isEqualTo("tab\tline\nreturn\r\ud83d\ude00 \u00e9");
    }
}
