package io.github.mlgate.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What each package may use of the others, as its {@code package-info.java} says under "May depend on", enforced:
 * a reference to a package it may not use (an import or a fully qualified name in code) fails the build, and so does
 * a package-info that does not name a package its package may use. Stages come in lifecycle order; no package uses a
 * later stage, nor the adapters.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/mlgate");
    private static final Pattern REFERENCE =
            Pattern.compile("\\bio\\.github\\.mlgate\\.([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)");

    /** The adapters may use every package; they are the only package no other may use. */
    private static final String ADAPTERS = "maven";

    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("gate", Set.of()),
            Map.entry("csv", Set.of()),
            Map.entry("document", Set.of("gate")),
            Map.entry("drift", Set.of("gate")),
            Map.entry("scope", Set.of("gate", "document")),
            // The data stage's rooms, bottom up: each uses only rooms below it; the gate's package uses them all.
            Map.entry("data.schema", Set.of("gate", "document", "csv")),
            Map.entry("data.resource", Set.of("gate", "csv", "data.schema")),
            Map.entry("data.profile", Set.of("data.schema", "data.resource")),
            Map.entry("data.split", Set.of("gate", "drift", "data.schema", "data.resource")),
            Map.entry(
                    "data.stream",
                    Set.of("gate", "document", "csv", "data.schema", "data.resource", "data.profile", "data.split")),
            Map.entry(
                    "data.engine",
                    Set.of(
                            "gate",
                            "document",
                            "csv",
                            "data.schema",
                            "data.resource",
                            "data.profile",
                            "data.split",
                            "data.stream")),
            Map.entry("data.engine.duckdb", Set.of()),
            Map.entry("data.engine.jdbc", Set.of("gate", "data.resource", "data.stream", "data.engine")),
            Map.entry("data.engine.spark", Set.of("gate", "data.resource", "data.engine")),
            Map.entry(
                    "data",
                    Set.of(
                            "gate",
                            "document",
                            "csv",
                            "drift",
                            "data.schema",
                            "data.resource",
                            "data.profile",
                            "data.split",
                            "data.stream",
                            "data.engine",
                            "data.engine.duckdb",
                            "data.engine.jdbc",
                            "data.engine.spark")),
            Map.entry("evaluation", Set.of("gate", "document", "csv", "scope")),
            Map.entry("baseline", Set.of("gate", "document", "scope", "evaluation")),
            Map.entry(
                    "deployment",
                    Set.of("gate", "document", "csv", "drift", "data", "data.resource", "scope", "evaluation")),
            Map.entry("deployment.onnx", Set.of("deployment")),
            Map.entry(
                    "report",
                    Set.of(
                            "gate",
                            "document",
                            "scope",
                            "data",
                            "data.resource",
                            "evaluation",
                            "baseline",
                            "deployment")),
            Map.entry("lifecycle", Set.of("gate", "scope", "data", "evaluation", "baseline", "deployment", "report")));

    @Test
    void noPackageUsesOneItsPackageInfoDoesNotAllow() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles()) {
            String from = packageOf(file);
            if (from.equals(ADAPTERS)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (String to : references(lines.get(i))) {
                    if (!to.equals(from)
                            && !MAY_USE.getOrDefault(from, Set.of()).contains(to)) {
                        offences.add(SOURCES.relativize(file) + ":" + (i + 1) + " uses " + to);
                    }
                }
            }
        }
        assertThat(offences)
                .as("references to packages the package may not use")
                .isEmpty();
    }

    @Test
    void everyPackageIsDeclaredAndItsPackageInfoNamesWhatItMayUse() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String name : packages()) {
            if (name.equals(ADAPTERS)) {
                continue;
            }
            if (!MAY_USE.containsKey(name)) {
                wrong.add(name + " is not declared here");
                continue;
            }
            String info =
                    Files.readString(SOURCES.resolve(name.replace('.', '/')).resolve("package-info.java"));
            // As Javadoc reads it: a name may wrap onto the next comment line.
            String allowed = info.substring(info.indexOf("May depend on")).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
            for (String used : new TreeSet<>(MAY_USE.get(name))) {
                if (!allowed.contains("{@code " + used + "}")) {
                    wrong.add(name + "'s package-info does not name " + used);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCheckSeesAReferenceInCodeNotInAComment() {
        assertThat(references("import io.github.mlgate.csv.CsvReader;")).containsExactly("csv");
        assertThat(references("        long bytes = io.github.mlgate.csv.CsvReader.DEFAULT_MAX_RECORD_BYTES;"))
                .containsExactly("csv");
        assertThat(references(" * the goals in {@code io.github.mlgate.maven} adapt the engine"))
                .isEmpty();
        assertThat(references("// as io.github.mlgate.maven does")).isEmpty();
        assertThat(references("package io.github.mlgate.data;")).isEmpty();
        assertThat(references("import io.github.mlgate.data.engine.jdbc.JdbcRows;"))
                .containsExactly("data.engine.jdbc");
        assertThat(references("import static io.github.mlgate.gate.Numbers.count;"))
                .containsExactly("gate");
        assertThat(references("String bundle = \"io.github.mlgate.report.lifecycle-report\";"))
                .containsExactly("report");
    }

    /** The mlgate packages a line of code names; none for comments and the package line. */
    private static List<String> references(String line) {
        String code = line.strip();
        if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//") || code.startsWith("package ")) {
            return List.of();
        }
        int comment = code.indexOf("//");
        if (comment >= 0) {
            code = code.substring(0, comment);
        }
        List<String> packages = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(code);
        while (matcher.find()) {
            String name = matcher.group(1);
            while (name.contains(".") && !MAY_USE.containsKey(name) && !name.equals(ADAPTERS)) {
                name = name.substring(0, name.lastIndexOf('.'));
            }
            packages.add(name);
        }
        return packages;
    }

    private static String packageOf(Path file) {
        return SOURCES.relativize(file.getParent()).toString().replace('/', '.');
    }

    /** Every package with a class, by its name below {@code io.github.mlgate}. */
    private static Set<String> packages() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path file : javaFiles()) {
            names.add(packageOf(file));
        }
        return names;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }
}
