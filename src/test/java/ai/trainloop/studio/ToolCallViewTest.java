package ai.trainloop.studio;

import static ai.trainloop.studio.StudioFixtures.FULL_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample view gets each reply's tool calls and finish reason, from the API and the report. */
class ToolCallViewTest {
  @TempDir Path temp;

  /** The fixture run with its first result made a reply that called a tool and was cut off. */
  private Path runWithToolCall() throws IOException {
    Path data = StudioFixtures.copyTo(temp.resolve("data"));
    Path results = data.resolve("benchmarks").resolve(FULL_RUN).resolve("results.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(results));
    ObjectNode first = (ObjectNode) StudioJson.MAPPER.readTree(lines.get(0));
    first.set(
        "tool_calls",
        StudioJson.MAPPER.readTree(
            "[{\"id\": \"call_1\", \"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}]"));
    first.put("finish_reason", "length");
    first.put("finish_reason_raw", "length");
    lines.set(0, StudioJson.MAPPER.writeValueAsString(first));
    Files.write(results, lines);
    return data;
  }

  private static JsonNode find(JsonNode results, String sampleId, String modelId) {
    for (JsonNode r : results) {
      if (r != null
          && sampleId.equals(r.path("sample_id").asText())
          && modelId.equals(r.path("model_id").asText())) {
        return r;
      }
    }
    throw new AssertionError("no result for " + sampleId + " / " + modelId);
  }

  @Test
  void should_give_the_api_the_tool_calls_and_finish_reason_of_a_reply() throws IOException {
    Path data = runWithToolCall();
    JsonNode first =
        StudioJson.MAPPER.readTree(
            Files.readAllLines(
                    data.resolve("benchmarks").resolve(FULL_RUN).resolve("results.jsonl"))
                .get(0));
    RunIndex index = new RunStore(data).index(FULL_RUN).orElseThrow();
    JsonNode page =
        SamplePages.page(index, new SampleQuery(null, null, null, false, false, null, 0, 200));

    JsonNode sample = null;
    for (JsonNode s : page.get("samples")) {
      if (s.path("sample_id").asText().equals(first.path("sample_id").asText())) {
        sample = s;
      }
    }
    assertThat(sample).isNotNull();
    JsonNode result =
        find(
            sample.get("results"),
            first.path("sample_id").asText(),
            first.path("model_id").asText());
    assertThat(result.at("/tool_calls/0/name").asText()).isEqualTo("get_weather");
    assertThat(result.at("/tool_calls/0/arguments").asText()).isEqualTo("{\"city\":\"Paris\"}");
    assertThat(result.path("finish_reason").asText()).isEqualTo("length");
  }

  @Test
  void should_embed_the_tool_calls_in_the_offline_report_columns() throws IOException {
    Path data = runWithToolCall();
    JsonNode columns = HtmlReport.data(data.resolve("benchmarks").resolve(FULL_RUN)).get("samples");
    boolean found = false;
    for (JsonNode model : columns.get("results")) {
      JsonNode calls = model.get("tool_calls");
      if (calls != null) {
        found = true;
        JsonNode call = calls.elements().next().get(0);
        assertThat(call.path("name").asText()).isEqualTo("get_weather");
        assertThat(call.path("id").asText()).isEqualTo("call_1");
      }
      assertThat(model.get("finish")).hasSize(columns.get("id").size());
    }
    assertThat(found).isTrue();
  }
}
