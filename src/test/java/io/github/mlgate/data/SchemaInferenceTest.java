package io.github.mlgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
}
