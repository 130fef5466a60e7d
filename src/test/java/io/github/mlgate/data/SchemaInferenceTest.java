package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlgate.data.schema.SchemaInference;
import io.github.mlgate.gate.GatePolicy;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.GateStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaInferenceTest {

    /** A real-world file: a byte-order mark, CRLF, a quoted newline and comma, non-ASCII, a missing value. */
    private static final String CSV = "\uFEFFid,joined,score,active,plan,note,label\r\n"
            + "1,2024-01-05,0.5,true,basic,\"said \"\"hi\"\", left\",0\r\n"
            + "2,2024-02-11,1.25,false,plus,\"two\r\nlines\",1\r\n"
            + "3,2024-03-20,,true,basic,café,0\r\n"
            + "4,2024-04-01,3,false,basic,ok,1\r\n";

    @TempDir
    Path dir;

    @Test
    void infersTypesRequiredEnumsAndAKey() throws IOException {
        JsonNode schema = infer(false);

        assertThat(schema.path("fields"))
                .extracting(f -> f.path("name").asText() + ":" + f.path("type").asText())
                .containsExactly(
                        "id:integer",
                        "joined:date",
                        "score:number",
                        "active:boolean",
                        "plan:string",
                        "note:string",
                        "label:integer");
        assertThat(schema.at("/fields/0/constraints/required").asBoolean()).isTrue();
        assertThat(schema.at("/fields/2/constraints/required").isMissingNode()).isTrue();
        assertThat(schema.at("/fields/4/constraints/enum"))
                .extracting(JsonNode::asText)
                .containsExactly("basic", "plus");
        assertThat(schema.path("primaryKey").asText()).isEqualTo("id");
    }

    @Test
    void boundsAreTheObservedRange() throws IOException {
        JsonNode schema = infer(true);

        assertThat(schema.at("/fields/1/constraints/minimum").asText()).isEqualTo("2024-01-05");
        assertThat(schema.at("/fields/2/constraints/maximum").asDouble()).isEqualTo(3.0);
    }

    @Test
    void theDraftPassesTheDataGateOnTheFileItCameFrom() throws IOException {
        for (boolean bounds : new boolean[] {false, true}) {
            JsonNode schema = infer(bounds);
            Path data = dir.resolve("data.csv");
            Path descriptor = dir.resolve("datapackage.json");
            ObjectMapper json = new ObjectMapper();
            Files.writeString(
                    descriptor,
                    "{\"resources\": [{\"name\": \"data\", \"path\": \"data.csv\", \"schema\": "
                            + json.writeValueAsString(schema) + "}]}");

            GateResult result =
                    new DataGate().run(new DataRequest(dir, descriptor.getFileName(), 100, null, GatePolicy.DEFAULT));

            assertThat(result.violations()).as("bounds " + bounds).isEmpty();
            assertThat(result.status()).isEqualTo(GateStatus.PASSED);
            assertThat(data).exists();
        }
    }

    @Test
    void raggedRowsAreCountedAndDoNotStopTheDraft() throws IOException {
        Path data = dir.resolve("ragged.csv");
        Files.writeString(data, "a;b;c\n1;2;3\n4;5\n6;7;8;9\n");

        SchemaInference.Result result = SchemaInference.infer(data, false);

        assertThat(result.delimiter()).isEqualTo(';');
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.raggedRows()).isEqualTo(2);
        assertThat(result.schema().path("fields")).hasSize(3);
    }

    private JsonNode infer(boolean bounds) throws IOException {
        Path data = dir.resolve("data.csv");
        Files.write(data, CSV.getBytes(StandardCharsets.UTF_8));
        return SchemaInference.infer(data, bounds).schema();
    }

    /**
     * Values that crashed the draft or made it fail on its own file: integers past a long, INF and NaN, times and
     * datetimes with zero seconds and offsets, keys that repeat as integers though not as texts, and header labels
     * that are empty or repeated.
     */
    @Test
    void awkwardValuesGiveADraftThatPassesOnItsOwnFileOrReportsOnlyTheHeader() throws IOException {
        Path data = dir.resolve("data.csv");
        Files.writeString(
                data,
                "big,rate,at,when,code,alias\n"
                        + "99999999999999999999,1.5,10:20:00,2024-01-05T10:20:00+02:00,1,7\n"
                        + "-99999999999999999999,INF,23:00:00,2024-01-06T00:00:00Z,01,8\n"
                        + "099999999999999999999,NaN,00:00:00,2024-01-07T08:00:00Z,2,9\n");

        JsonNode schema = SchemaInference.infer(data, true).schema();

        assertThat(schema.at("/fields/0/type").asText()).isEqualTo("integer");
        assertThat(schema.at("/fields/0/constraints/minimum").bigIntegerValue())
                .isEqualTo(new java.math.BigInteger("-99999999999999999999"));
        assertThat(schema.at("/fields/1/constraints/minimum").asDouble()).isEqualTo(1.5);
        assertThat(schema.at("/fields/1/constraints/maximum").isMissingNode()).isTrue();
        assertThat(schema.at("/fields/2/constraints/maximum").asText()).isEqualTo("23:00:00");
        assertThat(schema.at("/fields/3/constraints/minimum").asText()).isEqualTo("2024-01-05T10:20:00+02:00");
        // 1 and 01 are one integer, and so are the big ones with and without a leading 0: alias is the key.
        assertThat(schema.path("primaryKey").asText()).isEqualTo("alias");
        assertThat(gate(schema, data).violations()).isEmpty();

        Files.writeString(data, "id,,id\n1,a,x\n2,b,y\n");
        SchemaInference.Result labels = SchemaInference.infer(data, false);

        assertThat(labels.schema().path("fields"))
                .extracting(f -> f.path("name").asText())
                .containsExactly("id", "", "id");
        assertThat(labels.warnings())
                .containsExactly(
                        "The header's label 2 is empty; the data gate will report it.",
                        "The header's label 3 'id' repeats an earlier one; the data gate will report it.");
    }

    private GateResult gate(JsonNode schema, Path data) throws IOException {
        Path descriptor = dir.resolve("datapackage.json");
        Files.writeString(
                descriptor,
                "{\"resources\": [{\"name\": \"data\", \"path\": \"" + data.getFileName() + "\", \"schema\": "
                        + new ObjectMapper().writeValueAsString(schema) + "}]}");
        return new DataGate().run(new DataRequest(dir, descriptor.getFileName(), 100, null, GatePolicy.DEFAULT));
    }
}
