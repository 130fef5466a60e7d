package io.github.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GitHubAnnotationsTest {

    private final Path workspace = Path.of("/repo").toAbsolutePath();
    private final Path project = workspace.resolve("models/churn");

    @Test
    void anErrorWithAPositionNamesTheFileFromTheWorkspaceRoot() {
        Finding finding = new Finding(
                "criterion-missed",
                Severity.ERROR,
                "recall 0.55 >= 0.6 -> FAIL",
                new Location("src/ml/scope.yaml", 40, 7));

        assertThat(GitHubAnnotations.of("evaluate", finding, project, workspace))
                .isEqualTo("::error file=models/churn/src/ml/scope.yaml,line=40,col=7,"
                        + "title=mlgate%3Aevaluate criterion-missed::recall 0.55 >= 0.6 -> FAIL");
    }

    @Test
    void messagesAndPropertiesAreEscaped() {
        Finding finding = new Finding(
                "type-error", Severity.WARNING, "100% wrong\nsecond line", new Location("data/a,b.csv", 3, null));

        assertThat(GitHubAnnotations.of("data", finding, project, null))
                .isEqualTo("::warning file=data/a%2Cb.csv,line=3,title=mlgate%3Adata type-error::100%25 wrong%0Asecond"
                        + " line");
    }

    @Test
    void dataFindingsNameTheirRowAndFieldInTheTitle() {
        Finding finding = new Finding(
                "type-error",
                Severity.ERROR,
                "Resource 'customers' row 3, field 2 'age': 'x' is not an integer (type integer).",
                new Location("data/customers.csv", 3, null),
                io.github.mlgate.gate.TablePlace.ofCell("customers", 3, 2, "age", "x"));

        assertThat(GitHubAnnotations.of("data", finding, project, null))
                .startsWith("::error file=data/customers.csv,line=3,title=mlgate%3Adata type-error in customers row 3"
                        + " field 'age'::");
    }

    @Test
    void infosAndFindingsWithoutAFileAreNotAnnotated() {
        assertThat(GitHubAnnotations.of(
                        "scope", new Finding("x", Severity.INFO, "m", Location.ofFile("a")), project, workspace))
                .isNull();
        assertThat(GitHubAnnotations.of("scope", new Finding("x", Severity.ERROR, "m", null), project, workspace))
                .isNull();
    }
}
