package io.github.mlgate.data;

import static io.github.mlgate.gate.TestFindings.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.data.resource.DataProgress;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.Location;
import io.github.mlgate.gate.Severity;
import io.github.mlgate.gate.TestJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataGateTest {

    private static final String SCHEMA = "    schema:\n"
            + "      primaryKey: id\n"
            + "      fields:\n"
            + "        - name: id\n          type: integer\n"
            + "        - name: age\n          type: integer\n          constraints: {minimum: 0, maximum: 120}\n"
            + "        - name: plan\n          type: string\n          constraints: {required: true, enum: [basic, plus]}\n"
            + "        - name: email\n          type: string\n          format: email\n          constraints: {unique: true}\n";

    @TempDir
    Path project;

    @Test
    void aCleanResourcePasses() throws IOException {
        GateResult result = run("id,age,plan,email\n1,30,basic,a@x.org\n2,41,plus,b@x.org\n", "");

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(messages(result, "resource-valid")).containsExactly("Resource 'customers': 2 rows, no errors.");
        assertThat(TestJson.section(result, "data").get(0).path("rows").asLong())
                .isEqualTo(2);
    }

    @Test
    void everyFieldIsProfiledInTheReportAndInItsOwnFile() throws IOException {
        GateResult result = run(
                "id,age,plan,email\n1,30,basic,a@x.org\n2,40,plus,b@x.org\n3,50,basic,c@x.org\n4,,basic,d@x.org\n", "");

        com.fasterxml.jackson.databind.JsonNode profile =
                TestJson.section(result, "data").get(0).path("profile");
        com.fasterxml.jackson.databind.JsonNode age = profile.path("fields").get(1);
        assertThat(profile.path("rows").asLong()).isEqualTo(4);
        assertThat(age.path("count").asLong()).isEqualTo(4);
        assertThat(age.path("missing").asLong()).isEqualTo(1);
        assertThat(age.path("distinct").asLong()).isEqualTo(3);
        assertThat(age.path("distinctExact").asBoolean()).isTrue();
        assertThat(age.path("min").asLong()).isEqualTo(30);
        assertThat(age.path("max").asLong()).isEqualTo(50);
        assertThat(age.path("mean").asDouble()).isEqualTo(40.0);
        assertThat(age.path("std").asDouble()).isEqualTo(10.0);
        assertThat(age.at("/quantiles/0.5").asDouble()).isEqualTo(40.0);
        assertThat(age.at("/histogram/counts")).hasSize(10);
        com.fasterxml.jackson.databind.JsonNode plan = profile.path("fields").get(2);
        assertThat(plan.at("/top/0/value").asText()).isEqualTo("basic");
        assertThat(plan.at("/top/0/count").asLong()).isEqualTo(3);
        assertThat(project.resolve("target/mlgate/profile/customers.json")).exists();
    }

    @Test
    void jsonLinesRowsAreObjectsOrArraysCheckedLikeCsvRows() throws IOException {
        GateResult result = jsonLines("{\"id\": 1, \"age\": 30, \"plan\": \"basic\", \"email\": \"a@x.org\"}\n"
                + "[2, 41, \"plus\", \"b@x.org\"]\n"
                + "{\"id\": 3, \"age\": \"old\", \"plan\": \"basic\", \"email\": \"c@x.org\", \"vip\": true}\n"
                + "{\"id\": 4, \"plan\": \"basic\", \"age\": null}\n"
                + "not json\n");

        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        tuple(
                                "extra-cell",
                                "Resource 'customers' row 3: cell 5 ('vip=true') has no field in the schema."),
                        tuple(
                                "type-error",
                                "Resource 'customers' row 3, field 2 'age': 'old' is not an integer (type integer)."),
                        tuple(
                                "missing-cell",
                                "Resource 'customers' row 4, field 4 'email': the row has no cell for it."),
                        tuple(
                                "source-error",
                                "Resource 'customers' row 5: the line is not valid JSON: Unrecognized"
                                        + " token 'not': was expecting (JSON String, Number, Array, Object or token 'null',"
                                        + " 'true' or 'false')."));
        assertThat(result.violations().get(1).location()).isEqualTo(new Location("data/customers.jsonl", 3, null));
    }

    @Test
    void aJsonLinesRecordWithAKeyTwiceOrTextAfterItIsAnError() throws IOException {
        GateResult result =
                jsonLines("{\"id\": 1, \"age\": 30, \"plan\": \"basic\", \"email\": \"a@x.org\", \"age\": 31}\n"
                        + "{\"id\": 2, \"age\": 30, \"plan\": \"basic\", \"email\": \"b@x.org\"} {\"id\": 9}\n"
                        + "{\"id\": 3, \"age\": " + "9".repeat(2000) + "}\n");

        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        tuple(
                                "source-error",
                                "Resource 'customers' row 1: the line is not valid JSON: Duplicate field 'age'."),
                        tuple(
                                "source-error",
                                "Resource 'customers' row 2: the line has more after its JSON value, at column 59;"
                                        + " keep one value a line."),
                        tuple(
                                "source-error",
                                "Resource 'customers' row 3: the line holds a number longer than 1,000 digits, more"
                                        + " than mlgate reads."));
    }

    @Test
    void aFifoIsNotReadAsData() throws Exception {
        Path data = project.resolve("data/customers.csv");
        Files.createDirectories(data.getParent());
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", data.toString()).start().waitFor() == 0, "mkfifo makes a FIFO");
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(descriptor, "resources:\n  - name: customers\n    path: ../../data/customers.csv\n" + SCHEMA);

        // Reading a FIFO no one writes to would block the build for ever.
        GateResult result = new DataGate().run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT));

        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(tuple(
                        "source-error",
                        "Resource 'customers': data/customers.csv is not a regular file (a device, FIFO or socket);"
                                + " name a data file."));
    }

    @Test
    void pathsThatLeaveTheProjectAreRefusedUnlessAllowed() throws Exception {
        Path outside = Files.createTempDirectory("outside");
        Files.writeString(outside.resolve("secret.csv"), "id,age,plan,email\n1,30,basic,a@x.org\n");
        Path data = project.resolve("data");
        Files.createDirectories(data);
        Files.createSymbolicLink(data.resolve("link.csv"), outside.resolve("secret.csv"));
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        String relative = project.resolve("src/ml")
                .relativize(outside.resolve("secret.csv"))
                .toString();
        Files.writeString(
                descriptor,
                "resources:\n  - name: absolute\n    path: " + outside.resolve("secret.csv") + "\n" + SCHEMA
                        + "  - name: parent\n    path: " + relative + "\n" + SCHEMA
                        + "  - name: link\n    path: ../../data/link.csv\n" + SCHEMA);

        GateResult refused = new DataGate().run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT));

        String why = "' leads outside the project directory; the data gate reads files inside the project only (a data"
                + " package could otherwise make the build read and print any file, such as /proc/self/environ)."
                + " Move the file into the project, or allow it with -Dmlgate.data.allowOutsideProject=true.";
        assertThat(refused.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        tuple(
                                "resource-error",
                                "Resource 'absolute': the path '" + outside.resolve("secret.csv") + why),
                        tuple("resource-error", "Resource 'parent': the path '" + relative + why),
                        tuple("resource-error", "Resource 'link': the path '../../data/link.csv" + why));

        GateResult allowed = new DataGate()
                .run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT)
                        .reading(io.github.mlgate.csv.CsvReader.DEFAULT_MAX_RECORD_BYTES, true));
        assertThat(allowed.violations()).isEmpty();
    }

    @Test
    void resourcesWhoseNamesLookAlikeAsFileNamesKeepProfilesOfTheirOwn() {
        assertThat(DataGate.fileName("customers")).isEqualTo("customers");
        assertThat(List.of(DataGate.fileName("a b"), DataGate.fileName("a/b"), DataGate.fileName("a_b")))
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[A-Za-z0-9._~-]+"));
        assertThat(DataGate.fileName("..")).isNotEqualTo("..").startsWith("..~");
    }

    /** Writes data/customers.jsonl and a data package describing it with {@link #SCHEMA}, and runs the gate. */
    private GateResult jsonLines(String lines) throws IOException {
        Path data = project.resolve("data/customers.jsonl");
        Files.createDirectories(data.getParent());
        Files.writeString(data, lines);
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(
                descriptor, "resources:\n  - name: customers\n    path: ../../data/customers.jsonl\n" + SCHEMA);
        return new DataGate().run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT));
    }

    @Test
    void otherEncodingsAreReadAndBadBytesAreEncodingErrors() throws IOException {
        Path data = project.resolve("data/customers.csv");
        Files.createDirectories(data.getParent());
        Files.write(data, "id,age,plan,email\n1,30,basic,jos\u00e9@x.org\n".getBytes(StandardCharsets.ISO_8859_1));
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        String head = "resources:\n  - name: customers\n    path: ../../data/customers.csv\n";
        Files.writeString(descriptor, head + "    encoding: iso-8859-1\n" + SCHEMA);

        GateResult latin = new DataGate().run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT));
        Files.writeString(descriptor, head + SCHEMA);
        GateResult utf8 = new DataGate().run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT));
        Files.writeString(descriptor, head + "    encoding: ebcdic-9\n" + SCHEMA);
        GateResult unknown = new DataGate().run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT));

        assertThat(latin.violations()).isEmpty();
        assertThat(messages(utf8, "encoding-error"))
                .containsExactly("Resource 'customers' row 2, field 4 'email': the cell is not valid UTF-8.");
        assertThat(messages(unknown, "resource-error"))
                .containsExactly(
                        "Resource 'customers' has the encoding 'ebcdic-9', which this Java does not know; use a"
                                + " name such as utf-8, iso-8859-1, windows-1252 or utf-16.");
    }

    @Test
    void longWorkReportsItsProgressUpToTheWholeFile() throws IOException {
        StringBuilder csv = new StringBuilder("id,age,plan,email\n");
        for (int i = 1; i <= 200_000; i++) {
            csv.append(i).append(",30,basic,u").append(i).append("@x.org\n");
        }
        run(csv.toString(), "");
        java.util.List<long[]> reports = new java.util.ArrayList<>();
        DataProgress listener = (resource, rows, read, total, seconds) -> reports.add(new long[] {rows, read, total});

        new DataGate().run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT, listener, 0, 1L << 24, false));

        // Every 65,536 rows when the interval is zero: three reports for 200,000 rows.
        assertThat(reports).hasSize(3);
        assertThat(reports).extracting(r -> r[0]).containsExactly(65_536L, 131_072L, 196_608L);
        long size = Files.size(project.resolve("data/customers.csv"));
        assertThat(reports).allSatisfy(r -> assertThat(r[2]).isEqualTo(size));
        assertThat(reports.get(2)[1]).isGreaterThan(reports.get(1)[1]).isLessThanOrEqualTo(size);
    }

    @Test
    void everyKindOfCellErrorIsNamedWithRowFieldAndValue() throws IOException {
        GateResult result = run(
                "id,age,plan,email\n"
                        + "1,thirty,basic,a@x.org\n" // type-error
                        + "2,130,gold,b@x.org\n" // two constraint-errors
                        + "1,20,plus,c@x.org\n" // primary-key
                        + "4,20,,a@x.org\n" // constraint-error (required) and unique-error
                        + "5,20,basic\n" // missing-cell
                        + "6,20,basic,d@x.org,extra\n" // extra-cell
                        + ",,,\n", // blank-row
                "");

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        tuple(
                                "type-error",
                                "Resource 'customers' row 2, field 2 'age': 'thirty' is not an integer (type"
                                        + " integer)."),
                        tuple(
                                "constraint-error",
                                "Resource 'customers' row 3, field 2 'age': '130' is above the maximum" + " 120."),
                        tuple(
                                "constraint-error",
                                "Resource 'customers' row 3, field 3 'plan': 'gold' is not one of the"
                                        + " enum values."),
                        tuple(
                                "primary-key",
                                "Resource 'customers' row 4: the primary key (id) repeats that of row" + " 2."),
                        tuple(
                                "constraint-error",
                                "Resource 'customers' row 5, field 3 'plan': the value is missing, but"
                                        + " the field is required."),
                        tuple(
                                "unique-error",
                                "Resource 'customers' row 5, field 4 'email': 'a@x.org' repeats the value"
                                        + " of row 2."),
                        tuple(
                                "missing-cell",
                                "Resource 'customers' row 6, field 4 'email': the row has no cell for" + " it."),
                        tuple("extra-cell", "Resource 'customers' row 7: cell 5 ('extra') has no field in the schema."),
                        tuple("blank-row", "Resource 'customers' row 8 is blank."),
                        tuple(
                                "primary-key",
                                "Resource 'customers' row 8: the primary key (id) is missing: the row is blank."));
        assertThat(result.violations().get(0).location()).isEqualTo(new Location("data/customers.csv", 2, null));
        assertThat(messages(result, "error-counts"))
                .containsExactly("Resource 'customers': 7 rows, 10 errors in 7 rows (100.0000%): type-error 1 (age 1),"
                        + " constraint-error 3 (age 1, plan 2), primary-key 2 (id 2), unique-error 1 (email 1),"
                        + " missing-cell 1 (email 1), extra-cell 1, blank-row 1.");
    }

    @Test
    void identicalRowsAreReportedWhenAsked() throws IOException {
        String csv = "id,age,plan,email\n1,30,basic,a@x.org\n2,31,plus,b@x.org\n1,30,basic,a@x.org\n";

        GateResult asked = run(csv, "    mlgate: {duplicateRows: true}\n");
        GateResult notAsked = run(csv, "");

        assertThat(messages(asked, "duplicate-row")).containsExactly("Resource 'customers' row 4 repeats row 2.");
        assertThat(messages(notAsked, "duplicate-row")).isEmpty();
    }

    @Test
    void headerLabelsAreCheckedAgainstTheSchema() throws IOException {
        GateResult result = run("id,years,plan,plan,bonus\n", "");

        assertThat(result.violations())
                .extracting(Finding::code)
                .as("the repeated 'plan' of column 4 is a duplicate-label alone (Frictionless)")
                .containsExactly("incorrect-label", "duplicate-label", "extra-label");
        assertThat(result.violations().get(0).table())
                .isEqualTo(io.github.mlgate.gate.TablePlace.ofCell("customers", 1, 2, "age", "years"));
        assertThat(TestJson.section(result, "data")
                        .at("/0/errors/rowsWithErrors")
                        .asLong())
                .isZero();
    }

    /**
     * The cases of frictionless-py's own header tests where mlgate used to differ (issue 32): the reference's
     * {@code Header} reports a blank label as {@code blank-label} and stops there, and compares a label with its
     * field's name after reading line breaks as spaces.
     */
    @Test
    void headerLabelsAreJudgedAsTheReferenceImplementationJudgesThem() throws IOException {
        assertThat(run("id,,plan,email\n", "").violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(tuple(
                        "blank-label",
                        "Resource 'customers' header: column 2 has no label; the schema's field 2 is 'age'."));
        assertThat(run("id,age,plan,email,,\n", "").violations())
                .as("an empty label past the schema's fields is an extra label, not a blank one")
                .extracting(Finding::code)
                .containsExactly("extra-label", "extra-label");

        String lineBreak = "    schema:\n      fields:\n        - {name: %s, type: integer}\n"
                + "        - {name: c, type: integer}\n";
        Files.writeString(project.resolve("data/customers.csv"), "\"a\nb\",c\n1,2\n");
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.writeString(
                descriptor,
                "resources:\n  - name: customers\n    path: ../../data/customers.csv\n"
                        + String.format(lineBreak, "'a b'"));
        assertThat(run().violations()).isEmpty();
        Files.writeString(
                descriptor,
                "resources:\n  - name: customers\n    path: ../../data/customers.csv\n"
                        + String.format(lineBreak, "\"a\\nb\""));
        assertThat(run().violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(tuple(
                        "incorrect-label",
                        "Resource 'customers' header: column 1 is labelled 'a b', but the schema's field 1 is"
                                + " 'a\nb'."));
    }

    /** A cell the row lacks is a missing value too: a required field's constraint breaks (frictionless-py's row). */
    @Test
    void aRequiredFieldWithoutItsCellBreaksItsConstraint() throws IOException {
        GateResult result = run("id,age\n1,30\n", "");

        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .as("email is not required: its missing cell is that alone")
                .containsExactly(
                        tuple(
                                "missing-label",
                                "Resource 'customers' header: the schema's field 3 'plan' has no column."),
                        tuple(
                                "missing-label",
                                "Resource 'customers' header: the schema's field 4 'email' has no column."),
                        tuple(
                                "missing-cell",
                                "Resource 'customers' row 2, field 3 'plan': the row has no cell for it."),
                        tuple(
                                "constraint-error",
                                "Resource 'customers' row 2, field 3 'plan': the value is missing, but the field is"
                                        + " required."),
                        tuple(
                                "missing-cell",
                                "Resource 'customers' row 2, field 4 'email': the row has no cell for it."));
    }

    @Test
    void errorsWithinTheToleranceAreWarnings() throws IOException {
        StringBuilder csv = new StringBuilder("id,age,plan,email\n");
        for (int i = 1; i <= 1000; i++) {
            csv.append(i)
                    .append(',')
                    .append(i == 500 ? "old" : "30")
                    .append(",basic,u")
                    .append(i)
                    .append("@x.org\n");
        }
        GateResult tolerated = run(csv.toString(), "    mlgate: {maxErrorRate: 0.001}\n");
        GateResult strict = run(csv.toString(), "    mlgate: {maxErrors: 0}\n");

        assertThat(tolerated.status()).isEqualTo(GateStatus.PASSED);
        assertThat(tolerated.findings())
                .filteredOn(f -> f.code().equals("type-error"))
                .extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
        assertThat(messages(tolerated, "within-tolerance"))
                .containsExactly("Resource 'customers': 1,000 rows, 1 error in 1 row (0.1000%): type-error 1 (age"
                        + " 1); within the tolerance (maxErrorRate 0.001).");
        assertThat(strict.status()).isEqualTo(GateStatus.FAILED);
        assertThat(messages(strict, "tolerance-exceeded")).hasSize(1);
    }

    @Test
    void anInvalidSchemaIsReportedAtItsLine() throws IOException {
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(
                descriptor,
                "resources:\n  - name: t\n    path: t.csv\n    schema:\n      fields:\n"
                        + "        - name: a\n          type: integr\n"
                        + "        - name: b\n          constraints: {pattern: '[a-'}\n");

        GateResult result = run();

        assertThat(result.findings())
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        tuple(
                                "schema-error",
                                "Invalid Table Schema: the field 'a' has the unknown type 'integr'; the"
                                        + " types are string, number, integer, boolean, object, array, date, time, datetime,"
                                        + " year, yearmonth, duration, geopoint, geojson, any."),
                        tuple(
                                "schema-error",
                                "Invalid Table Schema: the field 'b' has a pattern that is not a valid"
                                        + " regular expression: Illegal character range."));
        assertThat(result.findings().get(0).location()).isEqualTo(new Location("src/ml/datapackage.yaml", 7, 11));
    }

    @Test
    void aResourceWithoutASchemaFails() throws IOException {
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(descriptor, "resources:\n  - name: t\n    path: t.csv\n");

        assertThat(messages(run(), "missing-schema"))
                .containsExactly("Resource 't' has no schema; the data gate needs a Table Schema for every resource,"
                        + " inline or as a path to a schema file.");
    }

    @Test
    void aMissingFileIsASourceError() throws IOException {
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(descriptor, "resources:\n  - name: customers\n    path: ../../data/none.csv\n" + SCHEMA);

        assertThat(messages(run(), "source-error"))
                .containsExactly("Resource 'customers': data/none.csv does not exist.");
    }

    @Test
    void gzippedFilesAndSeveralFilesFormOneTable() throws IOException {
        Path data = project.resolve("data");
        Files.createDirectories(data);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(data.resolve("a.csv.gz")))) {
            out.write("id,age,plan,email\n1,30,basic,a@x.org\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(data.resolve("b.csv"), "id,age,plan,email\n1,31,plus,b@x.org\n");
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(
                descriptor,
                "resources:\n  - name: customers\n    path: [../../data/a.csv.gz," + " ../../data/b.csv]\n" + SCHEMA);

        GateResult result = run();

        assertThat(messages(result, "primary-key"))
                .containsExactly(
                        "Resource 'customers' row 2: the primary key (id) repeats that of row 2 of data/a.csv.gz.");
        assertThat(result.violations().get(0).location().file()).isEqualTo("data/b.csv");
    }

    @Test
    void errorsFailTheGateEvenWhenNoneIsListedOneByOne() throws IOException {
        run("id,age,plan,email\n1,300,basic,a@x.org\n2,41,gold,b@x.org\n", "");

        GateResult result = new DataGate()
                .run(new DataRequest(project, null, 0, project.resolve("target/mlgate"), GatePolicy.DEFAULT));

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.violations()).isEmpty();
        assertThat(result.total(io.github.mlgate.gate.Severity.ERROR)).isEqualTo(2);
        assertThat(messages(result, "error-counts"))
                .containsExactly("Resource 'customers': 2 rows, 2 errors in 2 rows (100.0000%): constraint-error 2"
                        + " (age 1, plan 1); none is listed one by one (maxReportedErrors is 0).");
    }

    /** The verdict gives the true count of errors and how many are listed (issue: "FAILED: 100 errors" for 400). */
    @Test
    void theVerdictCountsEveryErrorAndSaysHowManyAreListed() throws IOException {
        StringBuilder csv = new StringBuilder("id,age,plan,email\n");
        for (int i = 1; i <= 40; i++) {
            csv.append(i).append(",300,basic,a").append(i).append("@x.org\n");
        }
        run(csv.toString(), "");

        GateResult result = new DataGate()
                .run(new DataRequest(project, null, 10, project.resolve("target/mlgate"), GatePolicy.DEFAULT));

        assertThat(io.github.mlgate.report.ConsoleReport.verdict(result))
                .isEqualTo("[mlgate:data] FAILED: 40 errors (10 listed), 0 warnings in src/ml/datapackage.yaml (2"
                        + " checks)");
        assertThat(io.github.mlgate.report.ConsoleReport.failure(result, "target/mlgate/report.json"))
                .as("the counts say how many are listed; the log above lists them, the failure gives the first")
                .isEqualTo("mlgate:data failed with 40 errors (10 listed), 0 warnings in src/ml/datapackage.yaml; the"
                        + " first (the lines above list the others):\n"
                        + "  ERROR constraint-error: Resource 'customers' row 2, field 2 'age': '300' is above the"
                        + " maximum 120. (data/customers.csv:2)\n"
                        + "Full report: target/mlgate/report.json");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private GateResult run(String csv, String extra) throws IOException {
        Path data = project.resolve("data/customers.csv");
        Files.createDirectories(data.getParent());
        Files.writeString(data, csv);
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(
                descriptor, "resources:\n  - name: customers\n    path: ../../data/customers.csv\n" + extra + SCHEMA);
        return run();
    }

    private GateResult run() {
        return new DataGate()
                .run(new DataRequest(project, null, 100, project.resolve("target/mlgate"), GatePolicy.DEFAULT));
    }
}
