package ai.trainloop.cli;

import static ai.trainloop.cli.StubbedProject.entry;
import static ai.trainloop.cli.StubbedProject.model;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key with a character no HTTP header can carry (an accented letter pasted into it): that model
 * is skipped with one line naming the variable and the position, the other model runs, nothing is
 * sent with the bad key, and the key is written nowhere. Whitespace pasted around a key is trimmed.
 */
class BadKeyEndToEndTest {
  private static final String BAD_KEY = "sk-ant-test-caf\u00e9-0123456789";
  private static final int SAMPLES = 4;

  @TempDir Path dir;

  @Test
  void should_skip_only_the_model_whose_key_cannot_be_sent_and_never_print_the_key()
      throws Exception {
    try (StubbedProject project =
        new StubbedProject(dir, call -> new StubProvider.Text("yes", 10, 2))) {
      project.cli.env.put("ANTHROPIC_API_KEY", BAD_KEY);
      project.cli.env.put("OPENAI_API_KEY", "  " + StubbedProject.OPENAI_KEY + "\n");
      project.config(
          SAMPLES,
          List.of(entry("anthropic", "claude-3-5-haiku", ""), entry("openai", "gpt-4o-mini", "")),
          "");

      int code = project.cli.run("benchmark");

      assertThat(code).as(project.cli.err).isZero();
      assertThat(project.cli.err.lines().filter(l -> l.contains("ANTHROPIC_API_KEY")))
          .singleElement()
          .asString()
          .contains("skipped anthropic/claude-3-5-haiku", "position 16 (U+00E9)");
      assertThat(project.stub.exchanges())
          .extracting(e -> e.call().format())
          .containsOnly("openai")
          .hasSize(SAMPLES);
      JsonNode report = project.report();
      assertThat(model(report, "openai/gpt-4o-mini").path("samples").asInt()).isEqualTo(SAMPLES);
      assertThat(model(report, "anthropic/claude-3-5-haiku").path("status").asText())
          .isEqualTo("skipped");
      assertThat(project.cli.out + project.cli.err)
          .doesNotContain(BAD_KEY)
          .doesNotContain("sk-ant-test");
      try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          assertThat(Files.readString(file)).as(file.toString()).doesNotContain("sk-ant-test");
        }
      }
    }
  }
}
