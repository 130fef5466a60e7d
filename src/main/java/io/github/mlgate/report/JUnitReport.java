package io.github.mlgate.report;

import io.github.mlgate.gate.CheckResult;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Printable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code junit/TEST-mlgate-<gate>.xml}: one test suite per gate and one test case per check, in the JUnit XML format
 * that Jenkins, GitLab and GitHub test reporters read. A check with violations is a failure; a check that did not run
 * is skipped; findings that are not violations go to the case's standard output.
 */
final class JUnitReport {

    private JUnitReport() {}

    /**
     * Writes the suite of one gate.
     *
     * @param file where to write
     * @param result the gate's result
     * @throws IOException when the file cannot be written
     */
    static void write(Path file, GateResult result) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            write(xml, result);
            xml.writeEndDocument();
            xml.close();
            out.write('\n');
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(XMLStreamWriter xml, GateResult result) throws XMLStreamException {
        String suite = "mlgate." + result.gate();
        List<CheckResult> checks = result.checks();
        long failures = checks.stream()
                .filter(c -> result.statusOf(c) == GateStatus.FAILED)
                .count();
        long skipped = checks.stream()
                .filter(c -> result.statusOf(c) == GateStatus.SKIPPED)
                .count();
        boolean gateSkipped = result.status() == GateStatus.SKIPPED;
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite);
        xml.writeAttribute("tests", Integer.toString(gateSkipped ? 1 : checks.size()));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Long.toString(gateSkipped ? 1 : skipped));
        xml.writeCharacters("\n");
        if (result.subject() != null) {
            xml.writeCharacters("  ");
            xml.writeStartElement("properties");
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", "subject");
            xml.writeAttribute("value", Printable.xml(result.subject()));
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        if (gateSkipped) {
            xml.writeCharacters("  ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", suite);
            xml.writeAttribute("name", result.gate());
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", Printable.xml(result.skippedReason()));
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        for (CheckResult check : checks) {
            writeCase(xml, suite, result, check);
        }
        xml.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter xml, String suite, GateResult result, CheckResult check)
            throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", suite);
        xml.writeAttribute("name", Printable.xml(check.name()));
        GateStatus status = result.statusOf(check);
        if (status == GateStatus.SKIPPED) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", Printable.xml(check.skippedReason()));
        } else if (status == GateStatus.FAILED) {
            List<Finding> violations = check.findings().stream()
                    .filter(result.policy()::isViolation)
                    .toList();
            long unlisted = result.policy().unlistedViolations(check);
            String more = unlisted + " more, counted but not listed one by one (the counts are in the report)";
            if (!violations.isEmpty() && violations.get(0).location() != null) {
                // Read by GitLab and others to link the case to the file of its first violation.
                xml.writeAttribute(
                        "file", Printable.xml(violations.get(0).location().file()));
            }
            xml.writeStartElement("failure");
            xml.writeAttribute(
                    "message",
                    Printable.xml(
                            violations.isEmpty() ? more : violations.get(0).message()));
            xml.writeAttribute(
                    "type",
                    violations.isEmpty() ? "unlisted" : violations.get(0).code());
            xml.writeCharacters(Printable.xml(lines(violations) + (unlisted > 0 ? more + "\n" : "")));
            xml.writeEndElement();
        }
        List<Finding> others = check.findings().stream()
                .filter(f -> !result.policy().isViolation(f))
                .toList();
        if (!others.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(Printable.xml(lines(others)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static String lines(List<Finding> findings) {
        StringBuilder text = new StringBuilder("\n");
        for (Finding finding : findings) {
            text.append(ConsoleReport.line(finding)).append('\n');
        }
        return text.toString();
    }
}
