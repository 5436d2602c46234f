package ai.trainloop.cli;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;

/**
 * A temporary project whose providers all point at one local {@link StubProvider}: prompts
 * "q0".."q{n-1}" tagged qa, scored by says_yes (contains "yes") and one_word (at most one word), so
 * a "yes" scores 1 and a "no" 0.5.
 */
final class StubbedProject implements AutoCloseable {
  static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  static final String OPENAI_KEY = "sk-test-OPENAI-0123456789";
  static final String ANTHROPIC_KEY = "sk-ant-test-ANTHROPIC-0123456789";
  static final String GEMINI_KEY = "AIzaTestGEMINI0123456789abcdefghij";

  final StubProvider stub;
  final CliHarness cli;
  private final MockWebServer server;

  StubbedProject(Path dir, StubProvider.Script script) throws IOException {
    stub = new StubProvider(script);
    server = new MockWebServer();
    server.setDispatcher(stub);
    server.start();
    cli = new CliHarness(dir);
    cli.env.put("OPENAI_API_KEY", OPENAI_KEY);
    cli.env.put("ANTHROPIC_API_KEY", ANTHROPIC_KEY);
    cli.env.put("GEMINI_API_KEY", GEMINI_KEY);
  }

  /**
   * {@code provider: model} entries, each pointed at the stub with the base_url its adapter
   * expects.
   */
  static String entry(String provider, String model, String extra) {
    return "{provider: "
        + provider
        + ", model: "
        + model
        + ", base_url: \"%s\""
        + (extra.isEmpty() ? "" : ", " + extra)
        + "}";
  }

  /**
   * Writes n samples and a config with these entries and extra benchmark keys (YAML lines, 4-space
   * indented).
   */
  StubbedProject config(int samples, List<String> entries, String benchmarkExtra)
      throws IOException {
    StringBuilder providers = new StringBuilder();
    for (String e : entries) {
      String base =
          e.contains("provider: openai")
              ? server.url("/v1").toString()
              : server.url("/").toString().replaceAll("/$", "");
      providers.append("      - ").append(e.formatted(base)).append('\n');
    }
    cli.events("qa", samples)
        .file(
            "trainloop.config.yaml",
            """
        trainloop:
          data_folder: data
          benchmark:
            providers:
        %s%s
          eval:
            metrics:
              says_yes: {type: contains, any: ["yes"]}
              one_word: {type: max_words, value: 1}
            suites:
              - {tag: qa, metrics: [says_yes, one_word]}
        """
                .formatted(providers, benchmarkExtra.indent(4)));
    return this;
  }

  /** The base_url of an openai entry pointed at the stub. */
  String baseUrl() {
    return server.url("/v1").toString();
  }

  /** The number in a prompt "q12". */
  static int index(StubProvider.Call call) {
    return Integer.parseInt(call.prompt().substring(1));
  }

  JsonNode report() throws IOException {
    return JSON.readTree(cli.onlyRun().resolve("report.json").toFile());
  }

  List<JsonNode> resultsJsonl() throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(cli.onlyRun().resolve("results.jsonl"))) {
      rows.add(JSON.readTree(line));
    }
    return rows;
  }

  /** Sample id to the sample's prompt (its last message), from samples.jsonl. */
  Map<String, String> prompts() throws IOException {
    Map<String, String> prompts = new HashMap<>();
    for (String line : Files.readAllLines(cli.onlyRun().resolve("samples.jsonl"))) {
      JsonNode sample = JSON.readTree(line);
      JsonNode input = sample.path("input");
      prompts.put(
          sample.path("sample_id").asText(), input.path(input.size() - 1).path("content").asText());
    }
    return prompts;
  }

  static JsonNode model(JsonNode report, String id) {
    for (JsonNode m : report.path("models")) {
      if (m.path("id").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no model " + id + " in " + report.path("models"));
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
