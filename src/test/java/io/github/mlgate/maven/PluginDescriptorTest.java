package io.github.mlgate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The generated plugin descriptor, which {@code mlgate:help} and the plugin documentation are built from: every goal
 * is thread-safe, every parameter documented, and every user-settable parameter has an {@code mlgate.*} property.
 */
class PluginDescriptorTest {

    private static List<Element> mojos;

    @BeforeAll
    static void readDescriptor() throws Exception {
        Document descriptor = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
        mojos = children(descriptor.getDocumentElement(), "mojos", "mojo");
    }

    @Test
    void theGoalsAreThereWithTheirPhases() {
        assertThat(mojos)
                .extracting(m -> text(m, "goal") + "@" + text(m, "phase"))
                .contains("scope@validate", "init@", "help@");
    }

    @Test
    void everyGoalIsThreadSafe() {
        assertThat(mojos)
                .allSatisfy(m ->
                        assertThat(text(m, "threadSafe")).as(text(m, "goal")).isEqualTo("true"));
    }

    @Test
    void everyParameterIsDocumented() {
        for (Element mojo : mojos) {
            for (Element parameter : children(mojo, "parameters", "parameter")) {
                assertThat(text(parameter, "description"))
                        .as(text(mojo, "goal") + "." + text(parameter, "name"))
                        .isNotBlank();
            }
        }
    }

    /**
     * Parameters no one sets with {@code -D}: structured values (a list of engines, each with options), which only the
     * pom's XML can give.
     */
    private static final java.util.Set<String> POM_ONLY = java.util.Set.of("engines");

    @Test
    void everyUserSettableGateParameterHasAnMlgateProperty() {
        for (Element mojo : mojos) {
            if (text(mojo, "goal").equals("help")) {
                continue;
            }
            Element configuration = child(mojo, "configuration");
            for (Element parameter : children(mojo, "parameters", "parameter")) {
                String name = text(parameter, "name");
                if (text(parameter, "editable").equals("false") || POM_ONLY.contains(name)) {
                    continue;
                }
                Element config = child(configuration, name);
                String expression = config == null ? "" : config.getTextContent();
                assertThat(expression).as(text(mojo, "goal") + "." + name).startsWith("${mlgate.");
            }
        }
    }

    @Test
    void theSwitchesUseTheDocumentedProperties() {
        Element scope = mojos.stream()
                .filter(m -> text(m, "goal").equals("scope"))
                .findFirst()
                .orElseThrow();
        Element configuration = child(scope, "configuration");
        assertThat(child(configuration, "skip").getTextContent()).isEqualTo("${mlgate.skip}");
        assertThat(child(configuration, "skip").getAttribute("default-value")).isEqualTo("false");
        assertThat(child(configuration, "skipScope").getTextContent()).isEqualTo("${mlgate.scope.skip}");
        assertThat(child(configuration, "failOnViolation").getTextContent()).isEqualTo("${mlgate.failOnViolation}");
        assertThat(child(configuration, "failOnViolation").getAttribute("default-value"))
                .isEqualTo("true");
        assertThat(child(configuration, "failOnWarning").getTextContent()).isEqualTo("${mlgate.failOnWarning}");
        assertThat(child(configuration, "scopeFile").getTextContent()).isEqualTo("${mlgate.scopeFile}");
    }

    private static List<Element> children(Element parent, String wrapper, String name) {
        List<Element> found = new ArrayList<>();
        Element holder = child(parent, wrapper);
        if (holder == null) {
            return found;
        }
        NodeList nodes = holder.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element found = child(parent, name);
        return found == null ? "" : found.getTextContent().strip();
    }
}
