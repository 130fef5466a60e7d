package io.github.mlgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.data.DataGate;
import io.github.mlgate.data.DataRequest;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.lifecycle.GateRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials written into an engine's URL, in every form JDBC URLs carry them, reach no output: the console lines,
 * {@code report.json}, the JUnit XML, {@code summary.md} and the SARIF log (issue 26, item 4). The engines here have no
 * driver, so each resource's finding names its engine, URL and all, as a user sees it.
 */
class SecretsStayOutOfEveryOutputTest {

    /** Each URL, and the secret it holds. */
    private static final Map<String, String> FORMS = Map.of(
            "jdbc:oracle:thin:scott/T1ger0racle@dbhost:1521:orcl", "T1ger0racle",
            "jdbc:oracle:thin:scott/Sv1cePw@//dbhost:1521/svc", "Sv1cePw",
            "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(HOST=dbhost))(PASSWORD=DescPw9))", "DescPw9",
            "jdbc:mysql://root:p@ssw0rdAt@dbhost/ml", "ssw0rdAt",
            "jdbc:sqlserver://dbhost;user=sa;Password=Pa55Word;databaseName=ml", "Pa55Word",
            "jdbc:nosuch://dbhost/ml?user=ci&TOKEN=T0kenValue&sslmode=require", "T0kenValue",
            "jdbc:nosuch://dbhost/ml?accessToken=AcCeSsVal", "AcCeSsVal",
            "jdbc:nosuch://ci:PgSecret1@dbhost:5432/ml?ssl=true", "PgSecret1",
            // Found by the engine section's fuzz target: a secret's name after a space, not after a separator.
            "jdbc:nosuch:dbhost;db 2 password=LooseValue9", "LooseValue9");

    @TempDir
    Path project;

    @Test
    void noOutputShowsACredentialOfAnyUrlForm() throws IOException {
        StringBuilder descriptor = new StringBuilder("mlgate:\n  engines:\n");
        StringBuilder resources = new StringBuilder("resources:\n");
        int n = 0;
        for (String url : FORMS.keySet().stream().sorted().toList()) {
            descriptor
                    .append("    e")
                    .append(n)
                    .append(": {type: jdbc, url: '")
                    .append(url)
                    .append("'}\n");
            resources
                    .append("  - name: r")
                    .append(n)
                    .append("\n    mlgate: {engine: e")
                    .append(n)
                    .append(", table: t}\n    schema: {fields: [{name: id, type: integer}]}\n");
            n++;
        }
        Path file = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, descriptor.append(resources).toString());
        Path outputs = project.resolve("target/mlgate");

        GateResult result = new DataGate().run(new DataRequest(project, null, 100, outputs, GatePolicy.DEFAULT));
        new GateOutputs(
                        outputs,
                        new RunInfo("1", Instant.parse("2026-12-07T00:00:00Z"), "test"),
                        GateRegistry::sectionsOf)
                .write(result, project.resolve("step-summary.md"));

        List<String> shown = new ArrayList<>();
        for (Finding finding : result.findings()) {
            shown.add(ConsoleReport.line("data", finding));
        }
        shown.add(ConsoleReport.failure(result, "target/mlgate/report.json"));
        try (Stream<Path> files = Files.walk(project)) {
            for (Path output : files.filter(Files::isRegularFile).toList()) {
                if (!output.equals(file)) {
                    shown.add(Files.readString(output));
                }
            }
        }
        String everything = String.join("\n", shown);
        // Every engine is named, without its secret.
        assertThat(result.violations()).hasSize(FORMS.size());
        assertThat(everything)
                .contains("jdbc:oracle:thin:***@dbhost:1521:orcl")
                .contains("jdbc:oracle:thin:***@//dbhost:1521/svc")
                .contains("jdbc:mysql://dbhost/ml")
                .contains("jdbc:sqlserver://dbhost;user=***;Password=***;databaseName=ml");
        for (String secret : FORMS.values()) {
            assertThat(everything).as(secret).doesNotContain(secret);
        }
    }
}
