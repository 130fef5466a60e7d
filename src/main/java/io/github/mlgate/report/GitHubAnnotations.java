package io.github.mlgate.report;

import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.Severity;
import io.github.mlgate.gate.TablePlace;
import java.nio.file.Path;

/**
 * Findings as GitHub Actions workflow commands ({@code ::error file=…,line=…::…}), which GitHub shows as annotations
 * on the pull request's diff. Paths are made relative to the workspace, as GitHub expects.
 */
public final class GitHubAnnotations {

    private GitHubAnnotations() {}

    /**
     * The workflow command of one finding.
     *
     * @param gate the gate's name
     * @param finding the finding
     * @param projectDirectory the directory the finding's file is relative to
     * @param workspace the checkout's root ({@code GITHUB_WORKSPACE}), or null to keep paths as they are
     * @return the command line, or null for an INFO finding or one without a file
     */
    public static String of(String gate, Finding finding, Path projectDirectory, Path workspace) {
        if (finding.location() == null || finding.severity() == Severity.INFO) {
            return null;
        }
        String file = finding.location().file();
        if (workspace != null) {
            Path absolute = projectDirectory.resolve(file).toAbsolutePath().normalize();
            Path root = workspace.toAbsolutePath().normalize();
            if (absolute.startsWith(root)) {
                file = root.relativize(absolute).toString().replace('\\', '/');
            }
        }
        StringBuilder command = new StringBuilder("::")
                .append(finding.severity() == Severity.ERROR ? "error" : "warning")
                .append(" file=")
                .append(property(file));
        if (finding.location().line() != null) {
            command.append(",line=").append(finding.location().line());
            if (finding.location().column() != null) {
                command.append(",col=").append(finding.location().column());
            }
        }
        command.append(",title=").append(property("mlgate:" + gate + " " + finding.code() + place(finding.table())));
        return command.append("::").append(data(finding.message())).toString();
    }

    /** A data finding's row and field, for the annotation's title: {@code  in customers row 3 field 'age'}. */
    private static String place(TablePlace table) {
        if (table == null) {
            return "";
        }
        StringBuilder place = new StringBuilder(" in ").append(table.resource());
        if (table.rowNumber() != null) {
            place.append(" row ").append(table.rowNumber());
        }
        if (table.fieldName() != null) {
            place.append(" field '").append(table.fieldName()).append('\'');
        } else if (table.fieldNumber() != null) {
            place.append(" cell ").append(table.fieldNumber());
        }
        return place.toString();
    }

    /** Escapes a message as the workflow command syntax requires. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value, where ':' and ',' also end the value. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
