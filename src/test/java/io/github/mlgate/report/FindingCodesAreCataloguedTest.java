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

    @Test
    void everyCatalogueCodeIsExplainedOnThePageItLinksTo() throws IOException {
        java.util.List<String> unexplained = new java.util.ArrayList<>();
        java.util.Properties catalogue = new java.util.Properties();
        try (java.io.InputStream in = SarifReport.class.getResourceAsStream("finding-codes.properties")) {
            catalogue.load(in);
        }
        for (String code : new TreeSet<>(catalogue.stringPropertyNames())) {
            String page = catalogue.getProperty(code).split("\\|")[0].strip();
            Path doc = Path.of("docs", page + ".md");
            if (!Files.isRegularFile(doc) || !Files.readString(doc).contains("`" + code + "`")) {
                unexplained.add(code + " (docs/" + page + ".md)");
            }
        }
        // The catalogue is read: an empty one would prove nothing.
        assertThat(catalogue).hasSizeGreaterThan(100);
        assertThat(unexplained).as("codes whose docs page does not name them").isEmpty();
    }
}
