package io.github.mlgate.data;

import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the data gate on a data package written into a project, as the tests of descriptors do. */
final class DataGateRuns {

    private DataGateRuns() {}

    /**
     * Writes {@code src/ml/datapackage.yaml} and runs the data gate on it.
     *
     * @param project the project's directory
     * @param descriptor the data package's text
     * @return the messages of the violations, in the gate's order
     * @throws IOException when the descriptor cannot be written
     */
    static List<String> violations(Path project, String descriptor) throws IOException {
        Path file = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, descriptor);
        return new DataGate()
                        .run(new DataRequest(project, null, 100, project.resolve("target/mlgate"), GatePolicy.DEFAULT))
                        .violations()
                        .stream()
                        .map(Finding::message)
                        .toList();
    }
}
