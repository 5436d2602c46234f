package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark of replies that call tools: scored by {@code tool_call}, kept in results.jsonl, and a
 * model whose replies are cut at the token limit counted as truncated.
 */
class ToolCallEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** caller calls get_weather for the prompt's city; cutter's replies stop at the token limit. */
  private static final String CALLS =
      """
      {"choices": [{"message": {"content": null, "tool_calls": [{"id": "call_%d", "type": "function",
        "function": {"name": "get_weather", "arguments": "{\\"city\\": \\"%s\\", \\"unit\\": \\"celsius\\"}"}}]},
        "finish_reason": "tool_calls"}], "usage": {"prompt_tokens": 30, "completion_tokens": 9}}""";

  private static final String CUT =
      """
      {"choices": [{"message": {"content": "The weather in"}, "finish_reason": "length"}],
       "usage": {"prompt_tokens": 30, "completion_tokens": 3}}""";

  @TempDir Path dir;
  private MockWebServer server;
  private CliHarness cli;

  private static String event(String city, String output) {
    return ("{\"durationMs\": 100, \"tag\": \"weather\", \"url\": \"https://api.anthropic.com/v1/messages\","
            + " \"model\": \"claude-3-5-haiku-20241022\", \"input\": [{\"role\": \"user\", \"content\":"
            + " \"Weather in %s?\"}], \"output\": {\"content\": \"%s\"}, \"modelParams\": {\"max_tokens\":"
            + " 100}}\n")
        .formatted(city, output);
  }

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          private int n;

          @Override
          public synchronized MockResponse dispatch(RecordedRequest request) {
            try {
              JsonNode body = JSON.readTree(request.getBody().utf8());
              String prompt = body.at("/messages/0/content").asText();
              String city = prompt.substring("Weather in ".length(), prompt.length() - 1);
              String reply =
                  body.path("model").asText().equals("caller") ? CALLS.formatted(++n, city) : CUT;
              return new MockResponse.Builder().code(200).body(reply).build();
            } catch (Exception e) {
              return new MockResponse.Builder().code(400).body("{}").build();
            }
          }
        });
    server.start();
    String base = server.url("/v1").toString();
    cli =
        new CliHarness(dir)
            .file(
                "data/events/1764300000000.jsonl",
                event(
                        "Paris",
                        "[{'type': 'tool_use', 'id': 'toolu_1', 'name': 'get_weather', 'input':"
                            + " {'city': 'Paris'}}]")
                    + event("Rome", "[{'type': 'text', 'text': 'It is sunny in Rome.'}]")
                    + event("Oslo", "None"))
            .file(
                "trainloop.config.yaml",
                """
                trainloop:
                  data_folder: data
                  benchmark:
                    providers:
                      - provider: recorded
                      - {provider: openai, model: caller, base_url: "%s"}
                      - {provider: openai, model: cutter, base_url: "%s"}
                    track_costs: false
                  eval:
                    metrics:
                      calls_weather: {type: tool_call, name: get_weather}
                      in_celsius: {type: tool_call, name: get_weather, arguments: {unit: celsius}}
                    suites:
                      - {tag: weather, metrics: [calls_weather, in_celsius]}
                """
                    .formatted(base, base));
    cli.env.put("OPENAI_API_KEY", "sk-test-0123456789");
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private static JsonNode model(JsonNode report, String id) {
    for (JsonNode m : report.path("models")) {
      if (m.path("id").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no model " + id);
  }

  @Test
  void should_score_tool_calls_and_count_replies_cut_at_the_token_limit() throws Exception {
    int code = cli.run("benchmark", "--quiet");

    assertThat(code).as(cli.err).isZero();
    JsonNode report = JSON.readTree(Files.readString(cli.onlyRun().resolve("report.json")));
    // the caller calls get_weather in celsius every time; the cutter never calls and is cut off
    assertThat(model(report, "openai/caller").at("/metrics/calls_weather/score").asDouble())
        .isEqualTo(1.0);
    assertThat(model(report, "openai/caller").at("/metrics/in_celsius/score").asDouble())
        .isEqualTo(1.0);
    assertThat(model(report, "openai/cutter").at("/metrics/calls_weather/score").asDouble())
        .isEqualTo(0.0);
    assertThat(model(report, "openai/cutter").path("truncated").asLong()).isEqualTo(3);
    assertThat(model(report, "openai/caller").path("truncated").asLong()).isZero();
    // production's recorded reply called the tool once in three (Paris); no unit asked
    assertThat(model(report, "recorded").at("/metrics/calls_weather/score").asDouble())
        .isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(model(report, "recorded").at("/metrics/in_celsius/score").asDouble()).isZero();
    assertThat(cli.out).contains("* openai/cutter: 3 of 3 replies were cut at the token limit");

    List<String> lines = Files.readAllLines(cli.onlyRun().resolve("results.jsonl"));
    JsonNode callerRow = null;
    JsonNode recordedRome = null;
    for (String line : lines) {
      JsonNode row = JSON.readTree(line);
      if (row.path("model_id").asText().equals("openai/caller") && callerRow == null) {
        callerRow = row;
      }
      if (row.path("model_id").asText().equals("recorded")
          && row.path("response").asText().contains("Rome")) {
        recordedRome = row;
      }
    }
    assertThat(callerRow).isNotNull();
    assertThat(callerRow.path("response").asText()).isEmpty();
    assertThat(callerRow.path("finish_reason").asText()).isEqualTo("tool_calls");
    assertThat(callerRow.at("/tool_calls/0/name").asText()).isEqualTo("get_weather");
    assertThat(callerRow.at("/tool_calls/0/arguments/unit").asText()).isEqualTo("celsius");
    assertThat(callerRow.at("/tool_calls/0/id").asText()).startsWith("call_");
    // the recorded Python content list is read as production's words, not the list
    assertThat(recordedRome).isNotNull();
    assertThat(recordedRome.path("response").asText()).isEqualTo("It is sunny in Rome.");
  }

  @Test
  void should_stop_before_sending_anything_when_a_tool_call_metric_has_no_name() throws Exception {
    cli.file(
        "trainloop.config.yaml",
        Files.readString(dir.resolve("trainloop.config.yaml"))
            .replace("{type: tool_call, name: get_weather}", "{type: tool_call}"));

    int code = cli.run("benchmark", "--quiet");

    assertThat(code).isEqualTo(2);
    assertThat(cli.err)
        .contains("trainloop.config.yaml:")
        .contains("trainloop.eval.metrics.calls_weather.name")
        .contains("needs 'name'");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void should_stop_when_tool_call_arguments_are_not_a_mapping() throws Exception {
    cli.file(
        "trainloop.config.yaml",
        Files.readString(dir.resolve("trainloop.config.yaml"))
            .replace("arguments: {unit: celsius}", "arguments: celsius"));

    int code = cli.run("benchmark", "--quiet");

    assertThat(code).isEqualTo(2);
    assertThat(cli.err)
        .contains("trainloop.eval.metrics.in_celsius.arguments")
        .contains("expected a mapping");
    assertThat(server.getRequestCount()).isZero();
  }
}
