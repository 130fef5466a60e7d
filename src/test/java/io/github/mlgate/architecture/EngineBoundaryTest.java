package io.github.mlgate.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundary between the gate engine and Maven, enforced: only the adapter package {@code io.github.mlgate.maven}
 * may use Maven, Doxia, Plexus or Maven's resolver, and every package says in its {@code package-info.java} what
 * lives there and what it may depend on. The check reads the sources, so a fully qualified name in code counts as
 * much as an import.
 */
class EngineBoundaryTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/mlgate");
    private static final String ADAPTERS = "maven";
    private static final Pattern BUILD_TOOL =
            Pattern.compile("\\b(org\\.apache\\.maven|org\\.codehaus\\.plexus|org\\.eclipse\\.aether)\\.[\\w.]+");

    @Test
    void noEngineClassUsesMavenDoxiaPlexusOrTheResolver() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (packageOf(file).equals(ADAPTERS)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = BUILD_TOOL.matcher(lines.get(i));
                if (matcher.find() && !lines.get(i).strip().startsWith("*")) {
                    offences.add(SOURCES.relativize(file) + ":" + (i + 1) + " uses " + matcher.group());
                }
            }
        }
        assertThat(offences).as("engine classes that reach into the build tool").isEmpty();
    }

    @Test
    void theCheckSeesAnOffence() {
        assertThat(BUILD_TOOL
                        .matcher("import org.apache.maven.plugin.MojoExecutionException;")
                        .find())
                .isTrue();
        assertThat(BUILD_TOOL
                        .matcher("new org.apache.maven.doxia.sink.impl.Xhtml5BaseSink(w)")
                        .find())
                .isTrue();
        assertThat(BUILD_TOOL
                        .matcher("import org.eclipse.aether.RepositorySystem;")
                        .find())
                .isTrue();
        assertThat(BUILD_TOOL.matcher("import io.github.mlgate.gate.Finding;").find())
                .isFalse();
    }

    @Test
    void everyPackageSaysWhatLivesThereAndWhatItMayUse() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> directories = Files.walk(SOURCES)) {
            for (Path directory : directories.filter(Files::isDirectory).toList()) {
                boolean hasClasses;
                try (Stream<Path> files = Files.list(directory)) {
                    hasClasses = files.anyMatch(file -> file.toString().endsWith(".java"));
                }
                Path info = directory.resolve("package-info.java");
                if (hasClasses
                        && (!Files.isRegularFile(info)
                                || !Files.readString(info).contains("May depend on"))) {
                    missing.add(SOURCES.relativize(directory).toString());
                }
            }
        }
        assertThat(missing)
                .as("packages without a package-info.java that names what they may depend on")
                .isEmpty();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }

    private static String packageOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }
}
