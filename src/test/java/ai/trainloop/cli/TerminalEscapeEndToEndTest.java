package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outside text with terminal escape sequences (a recorded tag, a model name, a provider's error
 * message, a proxy's reply page) reaches stdout and stderr escaped, whatever prints it, while
 * report.json keeps the text as it was.
 */
class TerminalEscapeEndToEndTest {
  private static final String TAG = "qa\u001b]0;pwned\u0007x";
  private static final String MODEL = "gpt-4o\u001b[2J";
  private static final String ERROR = "bad \u001b[31mrequest";
  private static final String PAGE =
      "<html><title>\u001b]8;;http://evil\u001b\\click here\u009b</title></html>";

  @TempDir Path dir;

  @Test
  void should_show_escape_sequences_escaped_on_the_terminal_and_keep_them_in_report_json()
      throws Exception {
    // every call of gpt-4o-mini fails with an API error, every call of gpt-4.1 with a proxy's page
    StubProvider.Script script =
        call ->
            switch (call.model()) {
              case "gpt-4o-mini" ->
                  new StubProvider.Fault(
                      400,
                      Map.of(),
                      "{\"error\": {\"message\": \"bad \\u001b[31mrequest\", \"type\": \"invalid_request_error\"}}");
              case "gpt-4.1" ->
                  new StubProvider.Fault(400, Map.of("Content-Type", "text/html"), PAGE);
              default -> new StubProvider.Text("yes\u001b[5m", 10, 2);
            };
    try (StubbedProject project = new StubbedProject(dir, script)) {
      // The tag is written with JSON escapes; the config names it and the model with YAML's \e and
      // \a.
      project
          .cli
          .events("qa\\u001b]0;pwned\\u0007x", 6)
          .file(
              "trainloop.config.yaml",
              """
          trainloop:
            data_folder: data
            benchmark:
              providers:
                - {provider: openai, model: "gpt-4o\\e[2J", base_url: "%1$s"}
                - {provider: openai, model: gpt-4o-mini, base_url: "%1$s"}
                - {provider: openai, model: gpt-4.1, base_url: "%1$s"}
            eval:
              metrics:
                says_yes: {type: contains, any: ["yes"]}
              suites:
                - {tag: "qa\\e]0;pwned\\ax", metrics: [says_yes]}
          """
                  .formatted(project.baseUrl()));

      project.cli.run("benchmark", "--detailed");

      String terminal = project.cli.out + project.cli.err;
      assertThat(terminal).as(terminal).doesNotContain("\u001b", "\u0007", "\u009b");
      assertThat(project.cli.out).as(project.cli.err).contains("│ openai/gpt-4o\\u001b[2J ");
      assertThat(project.cli.err)
          .contains("qa\\u001b]0;pwned\\u0007x")
          .contains("bad \\u001b[31mrequest")
          .contains("HTTP 400: \\u001b]8;;http://evil\\u001b\\click here\\u009b");

      JsonNode report = project.report();
      List<String> errors = new ArrayList<>();
      report.path("results").forEach(r -> errors.add(r.path("error").asText()));
      assertThat(report.path("models").findValuesAsText("id")).contains("openai/" + MODEL);
      assertThat(report.path("results").findValuesAsText("tag")).containsOnly(TAG);
      assertThat(errors)
          .anyMatch(e -> e.contains(ERROR))
          .anyMatch(e -> e.contains("\u001b]8;;http://evil"));

      // JSON on stdout uses the same escape as JSON itself, so it reads back as the raw text
      project.cli.run("history", "--format", "json");
      assertThat(project.cli.out).doesNotContain("\u001b");
      assertThat(StubbedProject.JSON.readTree(project.cli.out).findValuesAsText("model_id"))
          .contains("openai/" + MODEL);
    }
  }
}
