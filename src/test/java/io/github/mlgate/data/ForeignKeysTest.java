package io.github.mlgate.data;

import static io.github.mlgate.gate.TestFindings.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForeignKeysTest {

    @TempDir
    Path project;

    @Test
    void aValueWithoutAMatchInTheReferencedResourceIsNamed() throws IOException {
        // The orders resource comes first in the package, yet customers is validated first so the value is shown.
        GateResult result = run(
                "id,customer\n1,10\n2,11\n3,99\n",
                "id,name\n10,Ann\n11,Bob\n",
                "foreignKeys:\n          - fields: customer\n            reference: {resource: customers, fields: id}\n");

        assertThat(messages(result, "foreign-key"))
                .containsExactly(
                        "Resource 'orders' row 4: the foreign key (customer -> customers(id)) value '99' has no"
                                + " match in customers.");
    }

    @Test
    void aReferenceToTheResourceItselfIsCheckedAfterItsRows() throws IOException {
        GateResult result = run(
                "id,customer,parent\n1,10,\n2,11,1\n3,10,7\n4,10,5\n5,11,1\n",
                "id,name\n10,Ann\n11,Bob\n",
                "foreignKeys:\n          - fields: parent\n            reference: {resource: '', fields: id}\n");

        assertThat(messages(result, "foreign-key"))
                .containsExactly("Resource 'orders' row 4: the foreign key (parent -> orders(id)) has no match.");
    }

    @Test
    void aRowWithALateMissAndAnotherErrorCountsOnceAmongTheRowsWithErrors() throws IOException {
        // Row 4 has a type error during the pass and a miss of its self-reference after it, row 5 a type error
        // only, row 6 a miss only: three rows with errors.
        GateResult result = run(
                "id,customer,parent\n1,10,\n2,11,1\n3,x,7\n4,y,1\n5,10,8\n",
                "id,name\n10,Ann\n11,Bob\n",
                "foreignKeys:\n          - fields: parent\n            reference: {resource: '', fields: id}\n");

        assertThat(messages(result, "foreign-key")).hasSize(2);
        assertThat(io.github.mlgate.gate.TestJson.section(result, "data")
                        .at("/0/errors/rowsWithErrors")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void aKeyToAResourceThatDoesNotExistIsASchemaError() throws IOException {
        GateResult result = run(
                "id,customer\n1,10\n",
                "id,name\n10,Ann\n",
                "foreignKeys:\n          - fields: customer\n            reference: {resource: clients, fields: id}\n");

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(messages(result, "schema-error"))
                .containsExactly("Invalid Table Schema: the foreign key customer -> clients(id) names the resource"
                        + " 'clients', which the package does not have.");
    }

    private GateResult run(String orders, String customers, String foreignKeys) throws IOException {
        Path directory = project.resolve("src/ml");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("orders.csv"), orders);
        Files.writeString(directory.resolve("customers.csv"), customers);
        boolean parent = orders.startsWith("id,customer,parent");
        Files.writeString(
                directory.resolve("datapackage.yaml"),
                "resources:\n"
                        + "  - name: orders\n    path: orders.csv\n    schema:\n      fields:\n"
                        + "        - {name: id, type: integer}\n        - {name: customer, type: integer}\n"
                        + (parent ? "        - {name: parent, type: integer}\n" : "")
                        + "      " + foreignKeys
                        + "  - name: customers\n    path: customers.csv\n    schema:\n      fields:\n"
                        + "        - {name: id, type: integer}\n        - {name: name, type: string}\n");
        return new DataGate()
                .run(new DataRequest(project, null, 100, project.resolve("target/mlgate"), GatePolicy.DEFAULT));
    }
}
