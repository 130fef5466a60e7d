package io.github.mlgate.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mlgate.gate.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    @TempDir
    Path dir;

    @Test
    void recordsTheLineAndColumnOfEveryKeyAndValue() throws Exception {
        LocatedDocument doc = read("doc.yaml", "name: demo\ninputs:\n  - name: a\n    description: b\n");

        assertThat(doc.root().path("inputs").get(0).path("description").asText())
                .isEqualTo("b");
        NodePath description = NodePath.ROOT.key("inputs").index(0).key("description");
        assertThat(doc.locate(description)).isEqualTo(new Location("doc.yaml", 4, 5));
        assertThat(doc.locateValue(description)).isEqualTo(new Location("doc.yaml", 4, 18));
        assertThat(doc.locate(NodePath.ROOT.key("inputs"))).isEqualTo(new Location("doc.yaml", 2, 1));
    }

    @Test
    void fallsBackToTheNearestEnclosingNode() throws Exception {
        LocatedDocument doc = read("doc.yaml", "objectives:\n  model: x\n");

        assertThat(doc.locate(NodePath.ROOT.key("objectives").key("business")))
                .isEqualTo(new Location("doc.yaml", 1, 1));
    }

    @Test
    void readsJsonWithPositions() throws Exception {
        LocatedDocument doc = read("doc.json", "{\n  \"name\": \"demo\",\n  \"risks\": [1, 2]\n}\n");

        assertThat(doc.locateValue(NodePath.ROOT.key("risks").index(1))).isEqualTo(new Location("doc.json", 3, 16));
    }

    @Test
    void reportsDuplicateKeysAndKeepsTheFirstValue() throws Exception {
        LocatedDocument doc = read("doc.yaml", "name: first\nproblem: p\nname: second\n");

        assertThat(doc.root().path("name").asText()).isEqualTo("first");
        assertThat(doc.duplicateKeys())
                .containsExactly(new DuplicateKey(
                        NodePath.ROOT.key("name"), new Location("doc.yaml", 3, 1), new Location("doc.yaml", 1, 1)));
    }

    @Test
    void malformedYamlNamesTheProblemLineAndColumn() throws Exception {
        DocumentException error = failure("doc.yaml", "name: demo\nproblem: [unclosed\nowner: x\n");

        assertThat(error.code()).isEqualTo("parse-error");
        assertThat(error.getMessage()).startsWith("doc.yaml is not valid YAML: ");
        assertThat(error.location().line()).isEqualTo(3);
        assertThat(error.location().column()).isNotNull();
    }

    @Test
    void badIndentationIsASyntaxErrorAtItsLine() throws Exception {
        DocumentException error = failure("doc.yaml", "name: demo\n  problem: x\nowner: y\n");

        assertThat(error.getMessage()).isEqualTo("doc.yaml is not valid YAML: mapping values are not allowed here.");
        assertThat(error.location()).isEqualTo(new Location("doc.yaml", 2, 10));
    }

    @Test
    void malformedJsonNamesTheLine() throws Exception {
        DocumentException error = failure("doc.json", "{\n  \"name\": \"demo\"\n  \"owner\": 1\n}");

        assertThat(error.code()).isEqualTo("parse-error");
        assertThat(error.getMessage()).startsWith("doc.json is not valid JSON: Unexpected character ('\"'");
        assertThat(error.location().line()).isEqualTo(3);
    }

    @Test
    void emptyAndCommentOnlyFilesAreErrors() throws Exception {
        assertThat(failure("a.yaml", "  \n").getMessage()).isEqualTo("a.yaml is empty.");
        assertThat(failure("b.yaml", "# only a comment\n").getMessage())
                .isEqualTo("b.yaml holds no document, only comments.");
    }

    @Test
    void moreThanOneYamlDocumentIsAnError() throws Exception {
        DocumentException error = failure("doc.yaml", "name: a\n---\nname: b\n");

        assertThat(error.getMessage()).isEqualTo("doc.yaml holds more than one YAML document; keep one.");
    }

    @Test
    void resolvesAliasesOfAnchoredMappingsAndLists() throws Exception {
        LocatedDocument doc = read("doc.yaml", "base: &base {a: 1, b: [x, y]}\ncopy: *base\n");

        assertThat(doc.root().path("copy")).isEqualTo(doc.root().path("base"));
    }

    @Test
    void anAliasItCannotResolveIsAnErrorNotItsName() throws Exception {
        DocumentException error = failure("doc.yaml", "name: &n Churn\nowner: *n\n");

        assertThat(error.code()).isEqualTo("unsupported-alias");
        assertThat(error.getMessage())
                .isEqualTo("doc.yaml: the alias '*n' does not refer to an anchored mapping or list before it; write the"
                        + " value out.");
        assertThat(error.location()).isEqualTo(new Location("doc.yaml", 2, 8));
    }

    @Test
    void nestedAliasesThatWouldCopyBillionsOfValuesStopAtTheBudget() throws Exception {
        StringBuilder laughs = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [");
            laughs.append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous)));
            laughs.append("]\n");
        }

        DocumentException error = failure("laughs.yaml", laughs.toString());

        assertThat(error.code()).isEqualTo("too-many-aliases");
        // a holds 10 values; b copies it 9 times, c copies b (91 values) 9 times, and so on: the first alias past
        // 100,000 copied values is in f, the fourth *e (e holds 7,381 values: 9 x 820 + 1).
        assertThat(error.getMessage())
                .isEqualTo("laughs.yaml: the alias '*e' takes the document past 100,000 values copied by aliases; write"
                        + " the values out, or nest fewer anchors.");
        assertThat(error.location().line()).isEqualTo(6);
    }

    @Test
    void aDocumentLargerThanTheLimitIsRefusedBeforeParsing() throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "key: " + "x".repeat((int) DocumentReader.MAX_YAML_BYTES) + "\n");

        DocumentException error =
                catchThrowableOfType(DocumentException.class, () -> DocumentReader.read(file, "big.yaml"));

        assertThat(error.code()).isEqualTo("document-too-large");
        assertThat(error.getMessage())
                .isEqualTo(
                        "big.yaml is 2.0 MiB; a YAML document may be at most 2.0 MiB. Split it, or keep large data in"
                                + " data files.");
    }

    @Test
    void aDirectoryOrADeviceIsNotADocument() throws Exception {
        DocumentException directory =
                catchThrowableOfType(DocumentException.class, () -> DocumentReader.read(dir, "src/ml"));
        assertThat(directory.getMessage()).isEqualTo("src/ml is not a regular file (a directory); name a file.");

        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
        DocumentException device =
                catchThrowableOfType(DocumentException.class, () -> DocumentReader.read(zero, "/dev/zero"));
        assertThat(device.code()).isEqualTo("file-unreadable");
        assertThat(device.getMessage())
                .isEqualTo("/dev/zero is not a regular file (a device, FIFO or socket); name a file.");
    }

    @Test
    void yamlsNotANumberAndInfinityAreRefusedNamedAtTheirPlace() throws Exception {
        DocumentException nan = failure("deployment.yaml", "serving:\n  parity: .nan\n");
        assertThat(nan.code()).isEqualTo("invalid-value");
        assertThat(nan.getMessage())
                .isEqualTo("deployment.yaml holds .nan, which YAML reads as not-a-number; mlgate takes finite numbers"
                        + " only.");
        assertThat(nan.location().line()).isEqualTo(2);

        DocumentException inf = failure("deployment.yaml", "serving:\n  parity: -.inf\n");
        assertThat(inf.getMessage())
                .isEqualTo("deployment.yaml holds -.inf, which YAML reads as infinity; mlgate takes finite numbers"
                        + " only.");
    }

    @Test
    void aNumberTooLongForTheReaderInYamlIsTooLargeNotText() throws Exception {
        DocumentException number = failure("deployment.yaml", "serving:\n  parity: " + "1".repeat(1501) + "\n");
        assertThat(number.code()).isEqualTo("document-too-large");
        assertThat(number.getMessage())
                .isEqualTo("deployment.yaml holds a number longer than 1,000 digits, more than mlgate reads.");

        // Quoted, the same digits are the text the user wrote.
        Path quoted = dir.resolve("quoted.yaml");
        Files.writeString(quoted, "name: '" + "1".repeat(1501) + "'\n");
        assertThat(DocumentReader.read(quoted, "quoted.yaml")
                        .root()
                        .path("name")
                        .asText())
                .hasSize(1501);
    }

    @Test
    void limitsOfTheParserAreToldInTheUsersWordsAtTheValue() throws Exception {
        DocumentException number = failure("metrics.json", "{\"metrics\": {\"x\": " + "1".repeat(2000) + "}}");
        assertThat(number.code()).isEqualTo("document-too-large");
        assertThat(number.getMessage())
                .isEqualTo("metrics.json holds a number longer than 1,000 digits, more than mlgate reads.");
        assertThat(number.location()).isEqualTo(new Location("metrics.json", 1, 19));

        DocumentException deep = failure("deep.json", "[".repeat(1500) + "]".repeat(1500));
        assertThat(deep.getMessage())
                .isEqualTo("deep.json holds values nested more than 1,000 levels deep, more than mlgate reads.");
        assertThat(deep.location()).isEqualTo(new Location("deep.json", 1, 1001));
    }

    @Test
    void aControlCharacterInYamlIsReportedWhereItIs() throws Exception {
        DocumentException error = failure("doc.yaml", "name: demo\nowner: a\u0001b\n");

        assertThat(error.code()).isEqualTo("parse-error");
        assertThat(error.getMessage())
                .isEqualTo("doc.yaml is not valid YAML: it holds the control character U+0001 at line 2, column 9;"
                        + " YAML allows none but tabs and line breaks.");
        assertThat(error.location()).isEqualTo(new Location("doc.yaml", 2, 9));
    }

    @Test
    void toleratesAByteOrderMark() throws Exception {
        assertThat(read("doc.yaml", "\uFEFFname: demo\n").root().path("name").asText())
                .isEqualTo("demo");
    }

    @Test
    void rejectsTextThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        DocumentException error =
                catchThrowableOfType(DocumentException.class, () -> DocumentReader.read(file, "latin1.yaml"));

        assertThat(error.code()).isEqualTo("encoding-error");
        assertThat(error.getMessage()).isEqualTo("latin1.yaml is not valid UTF-8 text.");
    }

    @Test
    void aMissingFileIsAnError() {
        DocumentException error = catchThrowableOfType(
                DocumentException.class, () -> DocumentReader.read(dir.resolve("none.yaml"), "none.yaml"));

        assertThat(error.code()).isEqualTo("file-missing");
    }

    private LocatedDocument read(String name, String text) throws IOException, DocumentException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return DocumentReader.read(file, name);
    }

    private DocumentException failure(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return catchThrowableOfType(DocumentException.class, () -> DocumentReader.read(file, name));
    }
}
