package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlgate.data.engine.SqlEngines;
import io.github.mlgate.data.resource.DataProgress;
import io.github.mlgate.data.resource.EngineSpec;
import io.github.mlgate.data.resource.Splits;
import io.github.mlgate.gate.Finding;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import io.github.mlgate.gate.TestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test of the SQL path: the same rows, checked by the streaming CSV validator and by DuckDB over a
 * Parquet copy written by DuckDB itself, give the same error counts per code and field, the same located rows and
 * the same exact profile values.
 */
class EnginesAgreeWithTheStreamingGateTest {

    static final String SCHEMA = "    schema:\n"
            + "      primaryKey: id\n"
            + "      fields:\n"
            + "        - {name: id, type: integer}\n"
            + "        - {name: age, type: integer, constraints: {required: true, minimum: 0, maximum: 120}}\n"
            + "        - {name: plan, type: string, constraints: {enum: [basic, plus, \"it's\"]}}\n"
            + "        - {name: email, type: string, format: email, constraints: {unique: true}}\n"
            + "        - {name: score, type: number, constraints: {minimum: 0}}\n"
            + "        - {name: signup, type: date, constraints: {minimum: '2020-01-01'}}\n"
            + "        - {name: active, type: boolean}\n"
            + "        - {name: code, type: string, constraints: {pattern: '[A-Z]{2}[0-9]+', maxLength: 6}}\n";

    @TempDir
    Path project;

    @Test
    void duckDbOverAParquetCopyFindsWhatTheStreamingGateFinds() throws Exception {
        csvAndParquet(project, "train", rows(20_000, new Random(42)));
        descriptor("  - name: streamed\n    path: ../../data/train.csv\n" + SCHEMA
                + "  - name: engine\n    path: ../../data/train.parquet\n" + SCHEMA);

        GateResult result = run(100);

        JsonNode data = TestJson.section(result, "data");
        JsonNode streamed = data.get(0);
        JsonNode engine = data.get(1);
        assertThat(engine.path("rows").asLong()).isEqualTo(20_000);
        assertThat(engine.path("engine").asText()).isEqualTo("engine 'duckdb' (duckdb)");
        assertThat(streamed.has("engine")).isFalse();
        assertThat(engine.path("errors").path("total").asLong()).isGreaterThan(1_000);
        sameCounts(streamed, engine);
        assertThat(located(result, "engine")).isEqualTo(located(result, "streamed"));
        assertThat(worded(result, "engine", "train.parquet")).isEqualTo(worded(result, "streamed", "train.csv"));
        sameProfiles(streamed, engine);
    }

    @Test
    void duckDbOverTheCsvItselfFindsWhatTheStreamingGateFinds() throws Exception {
        csvAndParquet(project, "train", rows(20_000, new Random(42)));
        Path csv = project.resolve("data/train.csv").toAbsolutePath();
        // DuckDB reads the CSV file itself, every column as text, as a query of an in-memory DuckDB.
        descriptorWithEngines(
                "    local: {type: duckdb}\n",
                "  - name: streamed\n    path: ../../data/train.csv\n" + SCHEMA
                        + "  - name: engine\n    mlgate:\n      engine: local\n      query: \"SELECT * FROM read_csv('"
                        + csv
                        + "', all_varchar = true, header = true)\"\n" + SCHEMA);

        GateResult result = run(100);

        JsonNode data = TestJson.section(result, "data");
        assertThat(data)
                .as(result.findings().stream()
                        .filter(f -> !f.message().contains("'streamed' row"))
                        .toList()
                        .toString())
                .hasSize(2);
        JsonNode streamed = data.get(0);
        JsonNode engine = data.get(1);
        assertThat(engine.path("rows").asLong()).isEqualTo(20_000);
        assertThat(engine.path("errors").path("total").asLong()).isGreaterThan(1_000);
        // A query's rows are named by their primary key, not a line: the counts and profiles are compared.
        sameCountsInAnyOrder(streamed, engine);
        sameProfiles(streamed, engine);
    }

    /** Customers, a few of them twice over, and orders naming customers, some that do not exist; seeded. */
    static String[] keyedRows(int n, Random random) {
        StringBuilder customers = new StringBuilder("id,region\n");
        for (int i = 1; i <= n / 10; i++) {
            customers
                    .append(i)
                    .append(',')
                    .append(random.nextInt(5) == 0 ? "" : "r" + random.nextInt(4))
                    .append('\n');
            if (random.nextInt(50) == 0) {
                customers.append(i).append(",r9\n");
            }
        }
        StringBuilder orders = new StringBuilder("order_id,customer_id,amount\n");
        for (int i = 1; i <= n; i++) {
            int customer = random.nextInt(40) == 0 ? n + random.nextInt(100) : 1 + random.nextInt(n / 10);
            String line = (i % 997 == 0 ? i - 1 : i) + "," + (random.nextInt(60) == 0 ? "" : customer) + ","
                    + random.nextInt(20) + "\n";
            orders.append(line);
            if (random.nextInt(80) == 0) {
                orders.append(line);
            }
        }
        return new String[] {customers.toString(), orders.toString()};
    }

    /** Two resources as the descriptor declares them, with a foreign key, a self-reference and repeated rows. */
    static String keyedResources(String customers, String orders, String engine) {
        return "  - name: customers\n    path: " + customers + "\n"
                + "    mlgate: {duplicateRows: true" + (engine == null ? "" : ", engine: " + engine) + "}\n"
                + "    schema:\n      fields:\n        - {name: id, type: integer}\n"
                + "        - {name: region, type: string}\n"
                + "  - name: orders\n    path: " + orders + "\n"
                + "    mlgate: {duplicateRows: true" + (engine == null ? "" : ", engine: " + engine) + "}\n"
                + "    schema:\n      fields:\n        - {name: order_id, type: integer}\n"
                + "        - {name: customer_id, type: integer}\n        - {name: amount, type: integer}\n"
                + "      foreignKeys:\n"
                + "        - {fields: customer_id, reference: {resource: customers, fields: id}}\n"
                + "        - {fields: amount, reference: {resource: '', fields: order_id}}\n";
    }

    @Test
    void foreignKeysAndRepeatedRowsAreFoundAsTheStreamingGateFindsThem() throws Exception {
        String[] rows = keyedRows(5_000, new Random(7));
        csvAndParquet(project, "customers", rows[0]);
        csvAndParquet(project, "orders", rows[1]);
        descriptor(keyedResources("../../data/customers.parquet", "../../data/orders.parquet", null));

        GateResult streamed = streamed(
                project,
                "resources:\n" + keyedResources("../../data/customers.csv", "../../data/orders.csv", null),
                100_000);
        GateResult engine = run(100_000);

        assertKeyedAgree(streamed, engine, ".csv", ".parquet");
    }

    /** A resource's error counts agree: in all, by code, by field, and its rows with errors. */
    static void sameCounts(JsonNode streamed, JsonNode engine) {
        String resource = streamed.path("name").asText();
        for (String count : List.of("total", "rowsWithErrors", "byCode", "byField")) {
            assertThat(engine.path("errors").path(count))
                    .as(resource + " " + count)
                    .isEqualTo(streamed.path("errors").path(count));
        }
    }

    /**
     * A table's error counts agree with its file's: in all, by code and by field. A table has no row order: of two rows
     * with one key, which is the repeat is the engine's choice, so the rows with errors may differ by at most the
     * repeats.
     */
    static void sameCountsInAnyOrder(JsonNode streamed, JsonNode table) {
        for (String count : List.of("total", "byCode", "byField")) {
            assertThat(table.path("errors").path(count))
                    .as(count)
                    .isEqualTo(streamed.path("errors").path(count));
        }
        long repeats = streamed.at("/errors/byCode/primary-key").asLong()
                + streamed.at("/errors/byCode/unique-error").asLong();
        assertThat(table.at("/errors/rowsWithErrors").asLong())
                .isCloseTo(
                        streamed.at("/errors/rowsWithErrors").asLong(), org.assertj.core.data.Offset.offset(repeats));
    }

    /** The keyed resources' counts agree, with many foreign-key misses and repeated rows among them. */
    static void assertKeyedCountsAgree(GateResult streamed, GateResult engine) {
        assertThat(TestJson.section(engine, "data"))
                .as(engine.violations().toString())
                .hasSize(2);
        for (int r = 0; r < 2; r++) {
            sameCounts(
                    TestJson.section(streamed, "data").get(r),
                    TestJson.section(engine, "data").get(r));
        }
        JsonNode orders = TestJson.section(engine, "data").get(1);
        assertThat(orders.at("/errors/byCode/foreign-key").asLong()).isGreaterThan(100);
        assertThat(orders.at("/errors/byCode/duplicate-row").asLong()).isGreaterThan(30);
    }

    /** The keyed resources' counts, rows with errors and listed messages agree, files' names aside. */
    static void assertKeyedAgree(GateResult streamed, GateResult engine, String streamedSuffix, String engineSuffix) {
        assertKeyedCountsAgree(streamed, engine);
        // Every error listed: the streaming gate lists a self-reference's misses after its pass, without the value
        // (it kept only a hash of it), so those are compared by count.
        String late = "(amount -> orders(order_id))";
        assertThat(messages(engine, engineSuffix).stream().filter(m -> !m.contains(late)))
                .containsExactlyElementsOf(messages(streamed, streamedSuffix).stream()
                        .filter(m -> !m.contains(late))
                        .toList());
        assertThat(messages(engine, engineSuffix).stream().filter(m -> m.contains(late)))
                .hasSize((int) messages(streamed, streamedSuffix).stream()
                        .filter(m -> m.contains(late))
                        .count())
                .allMatch(m -> m.endsWith(" value '0' has no match in orders."));
    }

    private static List<String> messages(GateResult result, String suffix) {
        return result.violations().stream()
                .map(f -> f.code() + " " + f.message().replace(suffix, ".FILE"))
                .sorted()
                .toList();
    }

    /** Train, validation and test splits that leak samples, labels and time into each other; seeded. */
    static String[] splitRows(Random random) {
        String[] splits = new String[3];
        int[][] ranges = {{1, 3_000}, {2_950, 800}, {3_700, 1_000}};
        String[] labels = {"yes", "no", "maybe"};
        for (int s = 0; s < 3; s++) {
            StringBuilder csv = new StringBuilder("id,day,label,score\n");
            for (int i = 0; i < ranges[s][1]; i++) {
                int id = ranges[s][0] + i;
                String label = s == 2 && random.nextInt(100) == 0 ? "unknown" : labels[random.nextInt(s == 0 ? 2 : 3)];
                csv.append(random.nextInt(200) == 0 ? "x" + id : Integer.toString(id))
                        .append(',')
                        .append(String.format(
                                "2024-%02d-%02d", 1 + s * 3 + random.nextInt(s == 0 ? 9 : 4), 1 + random.nextInt(28)))
                        .append(',')
                        .append(random.nextInt(150) == 0 ? "" : label)
                        .append(',')
                        .append(random.nextInt(10))
                        .append('\n');
            }
            splits[s] = csv.toString();
        }
        return splits;
    }

    /** The splits as resources and a splits section: by key, label and time, with ratios and sizes. */
    static String splitResources(String suffix, String engine) {
        StringBuilder resources = new StringBuilder("resources:\n");
        for (String role : Splits.ROLES) {
            resources
                    .append("  - name: ")
                    .append(role)
                    .append("\n    path: ../../data/")
                    .append(role)
                    .append(suffix)
                    .append('\n')
                    .append(engine == null ? "" : "    mlgate: {engine: " + engine + "}\n")
                    .append("    schema: {fields: [{name: id, type: integer}, {name: day, type: date},"
                            + " {name: label, type: string}, {name: score, type: integer}]}\n");
        }
        return resources
                + "splits:\n  train: train\n  validation: validation\n  test: test\n  key: id\n  label: label\n"
                + "  time: {field: day}\n  ratios: {test: {max: 0.15}}\n  minRows: 900\n";
    }

    @Test
    void splitsInParquetAreCheckedAsTheStreamingGateChecksThem() throws Exception {
        String[] rows = splitRows(new Random(11));
        for (int s = 0; s < 3; s++) {
            csvAndParquet(project, Splits.ROLES.get(s), rows[s]);
        }
        descriptor(splitResources(".parquet", null).substring("resources:\n".length()));

        assertSplitsAgree(streamed(project, splitResources(".csv", null), 100), run(100));
    }

    /**
     * Writes a CSV file in the project's data folder and a Parquet copy of it beside it, every column as text, as
     * DuckDB writes it.
     */
    static void csvAndParquet(Path project, String name, String csv) throws Exception {
        Path file = project.resolve("data/" + name + ".csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
        duckdb("COPY (SELECT * FROM read_csv('" + file + "', all_varchar = true, header = true)) TO '"
                + project.resolve("data/" + name + ".parquet") + "' (FORMAT parquet)");
    }

    /** Runs the data gate on a second descriptor of the project, {@code src/ml/streamed.yaml}, of text files. */
    static GateResult streamed(Path project, String descriptor, int listed) throws IOException {
        Files.createDirectories(project.resolve("src/ml"));
        Files.writeString(project.resolve("src/ml/streamed.yaml"), descriptor);
        return new DataGate()
                .run(new DataRequest(
                        project,
                        Path.of("src/ml/streamed.yaml"),
                        listed,
                        project.resolve("target/streamed"),
                        GatePolicy.DEFAULT));
    }

    /** The split findings and the splits section agree, with the files' names aside. */
    static void assertSplitsAgree(GateResult streamed, GateResult engine) {
        assertSplitsAgree(streamed, engine, message -> message);
    }

    /** The split findings, each as the normaliser words it, and the splits section agree. */
    static void assertSplitsAgree(
            GateResult streamed, GateResult engine, java.util.function.UnaryOperator<String> normaliser) {
        List<String> codes = List.of(
                "split-leakage", "split-ratio", "split-size", "unseen-label", "label-drift", "temporal-leakage");
        java.util.function.Function<GateResult, List<String>> said = result -> result.findings().stream()
                .filter(f -> codes.contains(f.code()))
                .map(f -> f.severity() + " " + f.code() + " " + normaliser.apply(f.message()))
                .toList();
        assertThat(said.apply(engine))
                .as(engine.violations().toString())
                .hasSizeGreaterThanOrEqualTo(9)
                .anyMatch(m -> m.startsWith("ERROR temporal-leakage"))
                .containsExactlyElementsOf(said.apply(streamed));
        assertThat(TestJson.section(engine, "splits")).isEqualTo(TestJson.section(streamed, "splits"));
    }

    /** The exact profile values equal, and the mean and deviation within rounding. */
    static void sameProfiles(JsonNode streamed, JsonNode engine) {
        for (int f = 0; f < streamed.at("/profile/fields").size(); f++) {
            JsonNode a = streamed.at("/profile/fields/" + f);
            JsonNode b = engine.at("/profile/fields/" + f);
            for (String exact : List.of("name", "type", "count", "missing", "min", "max")) {
                assertThat(b.path(exact)).as(a.path("name") + " " + exact).isEqualTo(a.path(exact));
            }
            if (a.path("distinctExact").asBoolean()) {
                assertThat(b.path("distinct")).as(a.path("name") + " distinct").isEqualTo(a.path("distinct"));
                assertThat(b.path("top")).as(a.path("name") + " top").isEqualTo(a.path("top"));
            } else {
                // The streaming gate estimates beyond a thousand distinct values (and lists as frequent only the
                // values its sketch is sure of); engines count them exactly.
                assertThat(b.path("distinct").asDouble())
                        .isCloseTo(a.path("distinct").asDouble(), org.assertj.core.data.Percentage.withPercentage(3));
            }
            if (a.has("mean")) {
                assertThat(b.path("mean").asDouble()).isCloseTo(a.path("mean").asDouble(), within(a, "mean"));
                assertThat(b.path("std").asDouble()).isCloseTo(a.path("std").asDouble(), within(a, "std"));
                if (!a.at("/histogram/approximate").asBoolean()) {
                    assertThat(b.at("/histogram/counts")).isEqualTo(a.at("/histogram/counts"));
                }
            }
        }
    }

    @Test
    void aTypedParquetFileWithCleanRowsPasses() throws Exception {
        Path csv = project.resolve("data/clean.csv");
        Files.createDirectories(csv.getParent());
        Files.writeString(
                csv,
                "id,age,plan,email,score,signup,active,code\n"
                        + "1,30,basic,a@x.org,0.5,2021-03-04,true,AB12\n"
                        + "2,41,plus,b@x.org,1.5,2022-05-06,false,CD3\n");
        duckdb("COPY (SELECT * FROM read_csv('" + csv + "', header = true)) TO '"
                + project.resolve("data/clean.parquet") + "' (FORMAT parquet)");
        descriptor("  - name: clean\n    path: ../../data/clean.parquet\n" + SCHEMA);

        GateResult result = run(100);

        assertThat(result.violations()).isEmpty();
        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(TestJson.section(result, "data")
                        .at("/0/profile/fields/1/max")
                        .asLong())
                .isEqualTo(41);
    }

    @Test
    void anEnginesStepsAreReportedOnceTheResourceTakesLongerThanTheProgressInterval() throws Exception {
        Files.createDirectories(project.resolve("data"));
        duckdb("COPY (SELECT range AS id FROM range(3)) TO '" + project.resolve("data/t.parquet")
                + "' (FORMAT parquet)");
        descriptor("  - name: t\n    path: ../../data/t.parquet\n    schema: {fields: [{name: id, type: integer}]}\n");
        List<String> steps = new ArrayList<>();
        DataProgress heard = new DataProgress() {
            @Override
            public void progress(String resource, long rows, long bytesRead, long bytesTotal, double seconds) {}

            @Override
            public void engineStep(String resource, String step, double seconds) {
                steps.add(resource + ": " + step);
            }
        };

        new DataGate().run(new DataRequest(project, null, 100, null, GatePolicy.DEFAULT, heard, 0, 1 << 20, false));

        assertThat(steps)
                .containsExactly(
                        "t: the engine 'duckdb' (duckdb) checked 3 rows; profiling them",
                        "t: the engine 'duckdb' (duckdb) profiled its fields");
    }

    @Test
    void aColumnWhoseTypeCannotHoldTheFieldsTypeIsATypeErrorOnTheField() throws Exception {
        Files.createDirectories(project.resolve("data"));
        duckdb("COPY (SELECT 1 AS id, true AS age) TO '" + project.resolve("data/t.parquet") + "' (FORMAT parquet)");
        descriptor("  - name: t\n    path: ../../data/t.parquet\n    schema:\n      fields:\n"
                + "        - {name: id, type: integer}\n        - {name: age, type: integer}\n"
                + "        - {name: plan, type: string}\n");

        GateResult result = run(100);

        assertThat(result.violations())
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "missing-label",
                                "Resource 't' columns: the schema's field 3 'plan' has no column in data/t.parquet."),
                        org.assertj.core.groups.Tuple.tuple(
                                "type-error",
                                "Resource 't' field 2 'age' has the column type BOOLEAN, which cannot hold the field's"
                                        + " type integer (an integer column, or text)."));
    }

    @Test
    void hostileNamesAndValuesAreCheckedNotExecuted() throws Exception {
        Files.createDirectories(project.resolve("data"));
        String hostile = "x\"; drop table t; --";
        duckdb("COPY (SELECT * FROM (VALUES ('it''s'), ('a''; drop table t; --')) v(\"" + hostile.replace("\"", "\"\"")
                + "\")) TO '" + project.resolve("data/h.parquet") + "' (FORMAT parquet)");
        descriptor("  - name: h\n    path: ../../data/h.parquet\n    schema:\n      fields:\n"
                + "        - name: 'x\"; drop table t; --'\n          type: string\n"
                + "          constraints: {enum: [\"it's\"]}\n");

        GateResult result = run(100);

        assertThat(result.violations())
                .extracting(Finding::message)
                .containsExactly("Resource 'h' row 3, field 1 'x\"; drop table t; --': 'a'; drop table t; --' is not"
                        + " one of the enum values.");
    }

    @Test
    void aPartitionedDatasetIsReadWholeWithItsPartitionColumnAndRowsNamedByFile() throws Exception {
        descriptor(partitioned(project, ""));

        assertPartitioned(run(100));
    }

    /**
     * Writes a dataset partitioned by year, one file per year with the value 1 in each, and returns its resource, read
     * by an engine.
     */
    static String partitioned(Path project, String engineLine) throws Exception {
        for (int year : new int[] {2023, 2024}) {
            Path dir = project.resolve("data/events/year=" + year);
            Files.createDirectories(dir);
            duckdb("COPY (SELECT * FROM (VALUES (1), (" + (year == 2024 ? "1" : "2") + ")) v(id)) TO '"
                    + dir.resolve("part-0.parquet") + "' (FORMAT parquet)");
        }
        return "  - name: events\n    path: ../../data/events\n" + engineLine + "    schema:\n      fields:\n"
                + "        - {name: id, type: integer, constraints: {unique: true}}\n"
                + "        - {name: year, type: integer}\n";
    }

    /** The partitioned dataset's four rows were read, the repeats of 1 named by row and file. */
    static void assertPartitioned(GateResult result) {
        assertThat(result.violations())
                .extracting(Finding::message)
                .containsExactly(
                        "Resource 'events' row 2, field 1 'id': '1' repeats the value of row 2 of"
                                + " data/events/year=2023/part-0.parquet.",
                        "Resource 'events' row 3, field 1 'id': '1' repeats the value of row 2 of"
                                + " data/events/year=2023/part-0.parquet.");
        assertThat(TestJson.section(result, "data").at("/0/rows").asLong()).isEqualTo(4);
    }

    private static org.assertj.core.data.Offset<Double> within(JsonNode field, String key) {
        return org.assertj.core.data.Offset.offset(
                Math.max(1e-9, Math.abs(field.path(key).asDouble()) * 1e-12));
    }

    /** Each listed error of a resource as code, row and field number. */
    private static List<String> located(GateResult result, String resource) {
        List<String> places = new ArrayList<>();
        for (Finding finding : result.violations()) {
            if (finding.table() != null && resource.equals(finding.table().resource())) {
                places.add(finding.code() + " " + finding.table().rowNumber() + " "
                        + finding.table().fieldNumber());
            }
        }
        return places;
    }

    /** Each listed error's message of a resource, with its name and file taken out. */
    private static List<String> worded(GateResult result, String resource, String file) {
        return result.violations().stream()
                .filter(f -> f.table() != null && resource.equals(f.table().resource()))
                .map(f -> f.message().replace("'" + resource + "'", "'r'").replace(file, "FILE"))
                .toList();
    }

    /** Rows with every kind of error the schema can find, a few percent of each, seeded. */
    static String rows(int n, Random random) {
        StringBuilder csv = new StringBuilder("id,age,plan,email,score,signup,active,code\n");
        String[] plans = {"basic", "plus", "it's", "gold"};
        for (int i = 1; i <= n; i++) {
            int id = random.nextInt(100) == 0 ? i - 1 : i;
            String age =
                    switch (random.nextInt(60)) {
                        case 0 -> "";
                        case 1 -> "abc";
                        case 2 -> "130";
                        case 3 -> "-1";
                        case 4 -> "+7";
                        default -> Integer.toString(random.nextInt(100));
                    };
            String plan = random.nextInt(40) == 0 ? "" : plans[random.nextInt(random.nextInt(30) == 0 ? 4 : 3)];
            String email = random.nextInt(50) == 0
                    ? "broken"
                    : "u" + (random.nextInt(80) == 0 ? random.nextInt(50) : i) + "@x.org";
            String score =
                    switch (random.nextInt(70)) {
                        case 0 -> "NaN";
                        case 1 -> "-0.5";
                        case 2 -> "1e3";
                        case 3 -> "x1";
                        case 4 -> "";
                        default -> Double.toString(random.nextInt(10_000) / 100.0);
                    };
            String signup =
                    switch (random.nextInt(80)) {
                        case 0 -> "2019-12-31";
                        case 1 -> "2021-02-30";
                        case 2 -> "2021/01/01";
                        default ->
                            String.format(
                                    "%d-%02d-%02d",
                                    2020 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    };
            String active = random.nextInt(90) == 0 ? "yes" : random.nextBoolean() ? "true" : "false";
            String code =
                    switch (random.nextInt(60)) {
                        case 0 -> "ab12";
                        case 1 -> "AB12345";
                        default -> "AB" + random.nextInt(100);
                    };
            csv.append(id)
                    .append(',')
                    .append(age)
                    .append(',')
                    .append(plan)
                    .append(',')
                    .append(email)
                    .append(',')
                    .append(score)
                    .append(',')
                    .append(signup)
                    .append(',')
                    .append(active)
                    .append(',')
                    .append(code)
                    .append('\n');
        }
        return csv.toString();
    }

    /** Writes the descriptor: the engines under {@code mlgate.engines}, or none when null, and the resources. */
    private void descriptorWithEngines(String engines, String resources) throws IOException {
        Path descriptor = project.resolve("src/ml/datapackage.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(
                descriptor, (engines == null ? "" : "mlgate:\n  engines:\n" + engines) + "resources:\n" + resources);
    }

    private void descriptor(String resources) throws IOException {
        descriptorWithEngines(null, resources);
    }

    private GateResult run(int listed) {
        return new DataGate()
                .run(new DataRequest(project, null, listed, project.resolve("target/mlgate"), GatePolicy.DEFAULT));
    }

    /** Runs a statement in an in-memory DuckDB, as the tests' fixtures are written. */
    static void duckdb(String statement) throws Exception {
        try (Connection connection = SqlEngines.ON_CLASS_PATH.connect(EngineSpec.embedded(null));
                Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }
}
