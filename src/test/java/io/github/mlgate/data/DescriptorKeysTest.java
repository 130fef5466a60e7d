package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelled key in a data package or a Table Schema is an error with a did-you-mean, never ignored: ignored, a
 * {@code primarykey} or {@code contraints} let data that breaks it pass. Values of the wrong type are errors too.
 */
class DescriptorKeysTest {

    @TempDir
    Path project;

    @Test
    void misspelledKeysFailWithADidYouMeanAtTheirLine() throws IOException {
        GateResult result = run("resources:\n"
                + "  - name: customers\n"
                + "    path: ../../customers.csv\n"
                + "    schma: other.yaml\n"
                + "    schema:\n"
                + "      primarykey: id\n"
                + "      fields:\n"
                + "        - name: id\n"
                + "          type: integer\n"
                + "          contraints: {unique: true}\n"
                + "        - name: plan\n"
                + "          type: string\n"
                + "          constraints: {enums: [basic], exclusiveMinimum: 3}\n");

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.findings())
                .filteredOn(f -> f.code().equals("unknown-key") || f.code().equals("key-not-checked"))
                .extracting(Finding::code, Finding::message, f -> f.location().line())
                .containsExactly(
                        tuple(
                                "unknown-key",
                                "Unknown key 'schma' in a resource; did you mean 'schema'? An unknown key checks"
                                        + " nothing, so it is an error.",
                                4),
                        tuple(
                                "unknown-key",
                                "Unknown key 'primarykey' in a Table Schema; did you mean 'primaryKey'? An unknown key"
                                        + " checks nothing, so it is an error.",
                                6),
                        tuple(
                                "unknown-key",
                                "Unknown key 'contraints' in a field; did you mean 'constraints'? An unknown key"
                                        + " checks nothing, so it is an error.",
                                10),
                        tuple(
                                "unknown-key",
                                "Unknown key 'enums' in constraints; did you mean 'enum'? An unknown key checks"
                                        + " nothing, so it is an error.",
                                13),
                        tuple(
                                "key-not-checked",
                                "The key 'exclusiveMinimum' of constraints is in the spec, but mlgate does not check"
                                        + " it: the data may break it and pass.",
                                13));
    }

    @Test
    void anUnknownKeyInASchemaFileSharedByResourcesIsReportedOnce() throws IOException {
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(
                project.resolve("src/ml/shared.schema.yaml"),
                "fields:\n  - {name: id, type: integer}\n  - {name: plan, type: string, constrains: {}}\n");
        GateResult result = run("resources:\n"
                + "  - {name: a, path: ../../customers.csv, schema: shared.schema.yaml}\n"
                + "  - {name: b, path: ../../customers.csv, schema: shared.schema.yaml}\n"
                + "  - {name: c, path: ../../customers.csv, schema: shared.schema.yaml}\n");

        assertThat(result.findings())
                .filteredOn(f -> f.code().equals("unknown-key"))
                .extracting(Finding::message, f -> f.location().file())
                .containsExactly(tuple(
                        "Unknown key 'constrains' in a field; did you mean 'constraints'? An unknown key checks"
                                + " nothing, so it is an error.",
                        "src/ml/shared.schema.yaml"));
    }

    @Test
    void valuesOfTheWrongTypeAreErrorsNotFalse() throws IOException {
        GateResult result = run("resources:\n"
                + "  - name: customers\n"
                + "    path: ../../customers.csv\n"
                + "    mlgate: {duplicateRows: true, maxErrors: ten}\n"
                + "    schema:\n"
                + "      fields:\n"
                + "        - {name: id, type: integer}\n"
                + "        - {name: plan, type: string}\n"
                + "  - name: others\n"
                + "    path: ../../customers.csv\n"
                + "    mlgate: {maxErrors: -1}\n"
                + "    schema:\n"
                + "      fields:\n"
                + "        - {name: id, type: integer}\n"
                + "        - {name: plan, type: string}\n");

        assertThat(result.violations())
                .extracting(Finding::message)
                .containsExactly(
                        "Resource 'customers' has mlgate.maxErrors \"ten\"; it is a whole number, 0 or more.",
                        "Resource 'others' has mlgate.maxErrors -1; it is a whole number, 0 or more.");

        GateResult dialect = run("resources:\n"
                + "  - name: customers\n"
                + "    path: ../../customers.csv\n"
                + "    dialect: {delimiter: ',', quoteChar: ',', header: 1}\n"
                + "    mlgate: {duplicateRows: 'yes'}\n"
                + "    schema:\n"
                + "      fields:\n"
                + "        - {name: id, type: integer}\n"
                + "        - {name: plan, type: string}\n");

        assertThat(dialect.violations())
                .extracting(Finding::message)
                .containsExactly(
                        "Resource 'customers' has the dialect header 1; it is true or false.",
                        "Resource 'customers' has the dialect quoteChar ',', which is also its delimiter; no record"
                                + " could be read as the file means it.",
                        "Resource 'customers' has mlgate.duplicateRows \"yes\"; it is true or false.");
    }

    private GateResult run(String descriptor) throws IOException {
        Files.writeString(project.resolve("customers.csv"), "id,plan\n1,basic\n1,gold\n");
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(project.resolve("src/ml/datapackage.yaml"), descriptor);
        return new DataGate().run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT));
    }
}
