package io.github.mlgate.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The build's findings as SARIF 2.1.0 ({@code mlgate.sarif}), the format GitHub code scanning and GitLab read: one
 * run, one rule per finding code with its help text and a link to the docs, one result per finding with its file,
 * line and column, and for data findings the resource, row and field. Errors and warnings are results of kind
 * {@code fail}; informational findings (a criterion met, a resource valid) are of kind {@code informational}, which
 * code scanning does not raise as alerts.
 */
public final class SarifReport {

    /** The file's name in the output directory. */
    public static final String FILE = "mlgate.sarif";

    /** Where the docs are published; each rule links to its page there. */
    public static final String DOCS = "https://github.com/mlgate/mlgate/blob/main/docs/";

    /** The base of every relative path: the root of the sources, as SARIF viewers and code scanning name it. */
    static final String SOURCE_ROOT = "%SRCROOT%";

    private static final Map<String, Rule> RULES = rules();

    private SarifReport() {}

    /** A finding code as a SARIF rule: the docs page that explains it and what it means. */
    record Rule(String page, String text) {}

    /**
     * The SARIF log of a build's results.
     *
     * @param results every gate's result, in lifecycle order
     * @param run the build run
     * @param modulePath where the project lies below the build's root directory, with a trailing slash, or empty: file
     *     paths, which findings give relative to the project, are given relative to the root, as code scanning reads
     *     them from the repository's root
     * @return the log, as JSON
     */
    static ObjectNode of(List<GateResult> results, RunInfo run, String modulePath) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = json.arrayNode();
        ArrayNode sarifResults = json.arrayNode();
        ArrayNode gates = json.arrayNode();
        boolean finished = true;
        for (GateResult result : results) {
            ObjectNode gate = gates.addObject()
                    .put("name", result.gate())
                    .put("status", result.status().name());
            if (result.skippedReason() != null) {
                gate.put("skippedReason", result.skippedReason());
            }
            long unlisted = result.total(Severity.ERROR) - result.count(Severity.ERROR);
            if (unlisted > 0) {
                gate.put("unlistedErrors", unlisted);
            }
            finished &= !result.isUnfinished();
            for (CheckResult check : result.checks()) {
                for (Finding finding : check.findings()) {
                    Integer index = ruleIndex.get(finding.code());
                    if (index == null) {
                        index = ruleIndex.size();
                        ruleIndex.put(finding.code(), index);
                        rules.add(rule(finding.code(), result.gate()));
                    }
                    sarifResults.add(result(finding, index, result, check, modulePath));
                }
            }
        }
        ObjectNode log = json.objectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        ObjectNode sarifRun = log.putArray("runs").addObject();
        ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
        driver.put("name", "mlgate");
        driver.put("version", run.toolVersion());
        driver.put("informationUri", "https://github.com/mlgate/mlgate");
        driver.set("rules", rules);
        sarifRun.putArray("invocations")
                .addObject()
                .put("executionSuccessful", finished)
                .put("startTimeUtc", run.startedAt().toString());
        sarifRun.putObject("automationDetails").put("id", "mlgate/" + run.id());
        sarifRun.set("results", sarifResults);
        sarifRun.putObject("properties").set("gates", gates);
        return log;
    }

    private static ObjectNode rule(String code, String gate) {
        Rule known = RULES.get(code);
        String text = known != null ? known.text() : "A finding of the " + gate + " gate.";
        String help = DOCS + (known != null ? known.page() : gate) + ".md";
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        rule.put("id", code);
        rule.putObject("shortDescription").put("text", text);
        rule.put("helpUri", help);
        rule.putObject("help").put("text", text + " See " + help + ".");
        rule.putObject("properties").putArray("tags").add("mlgate").add(gate);
        return rule;
    }

    private static ObjectNode result(
            Finding finding, int ruleIndex, GateResult result, CheckResult check, String modulePath) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("ruleId", finding.code());
        node.put("ruleIndex", ruleIndex);
        boolean fails = finding.severity() != Severity.INFO;
        node.put("kind", fails ? "fail" : "informational");
        node.put("level", finding.severity() == Severity.ERROR ? "error" : fails ? "warning" : "none");
        node.putObject("message").put("text", finding.message());
        Location location = finding.location();
        if (location != null && location.logical()) {
            // A table or query of an engine: code scanning cannot open it, so it is named, not linked.
            ObjectNode logical = node.putArray("locations")
                    .addObject()
                    .putArray("logicalLocations")
                    .addObject();
            logical.put("name", location.file());
            logical.put("kind", "resource");
        } else if (location != null) {
            ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            String uri = uri(location.file(), modulePath);
            artifact.put("uri", uri);
            if (!uri.startsWith("file:")) {
                artifact.put("uriBaseId", SOURCE_ROOT);
            }
            if (location.line() != null && location.line() >= 1) {
                ObjectNode region = physical.putObject("region").put("startLine", location.line());
                if (location.column() != null && location.column() >= 1) {
                    region.put("startColumn", location.column());
                }
            }
        }
        ObjectNode properties = node.putObject("properties");
        properties.put("gate", result.gate());
        properties.put("check", check.name());
        if (finding.table() != null) {
            // The same fields as report.json gives the finding: resource, row, field, cell, key, repeated row.
            GateResultJson.putTable(properties, finding.table());
        }
        return node;
    }

    /** A file as a URI: relative to the build's root, its characters escaped; an absolute path as a file URI. */
    static String uri(String file, String modulePath) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        try {
            return new URI(null, null, modulePath + file, null).toASCIIString();
        } catch (URISyntaxException e) {
            return Path.of(modulePath + file).toUri().toString();
        }
    }

    private static Map<String, Rule> rules() {
        Properties catalogue = new Properties();
        try (InputStream in = SarifReport.class.getResourceAsStream("finding-codes.properties")) {
            catalogue.load(in);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(
                    new IOException("The finding codes' catalogue is missing from the plugin", e));
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (String code : catalogue.stringPropertyNames()) {
            String[] parts = catalogue.getProperty(code).split("\\|", 2);
            rules.put(code, new Rule(parts[0].strip(), parts[1].strip()));
        }
        return Map.copyOf(rules);
    }

    /**
     * The rule of a catalogued code, for tests.
     *
     * @param code the code
     * @return its rule, or null
     */
    static Rule ruleOf(String code) {
        return RULES.get(code);
    }

    /**
     * The codes the catalogue explains, for tests.
     *
     * @return the codes
     */
    static java.util.Set<String> knownCodes() {
        return RULES.keySet();
    }
}
