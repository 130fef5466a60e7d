package io.github.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every finding code the sources write as a literal has a rule in the catalogue that {@code mlgate.sarif} is built
 * from, so no finding reaches code scanning with a generic description. Codes the engine passes through a variable
 * (the cast errors, the scope's section checks) are covered by the SARIF tests that run the gates.
 */
class FindingCodesAreCataloguedTest {

    /** A code as the first argument of a finding: findings.error("code", ...), log.add("code", ...), and the like. */
    private static final Pattern CODE = Pattern.compile("(?:\\b\\w*[Ff]indings\\.(?:error|warning|info)"
            + "|\\bnone\\.error|\\blog\\.add(?:Header)?|DocumentException)\\(\\s*\"([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\"");

    @Test
    void everyCodeWrittenInTheSourcesHasARule() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }

        // The scan does find codes (it found 75 when written): a scan that found none would prove nothing.
        assertThat(codes).hasSizeGreaterThan(60).contains("unknown-key", "source-error", "criterion-missed");
        assertThat(SarifReport.knownCodes()).containsAll(codes);
    }
}
