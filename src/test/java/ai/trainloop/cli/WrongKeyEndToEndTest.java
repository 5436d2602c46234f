package ai.trainloop.cli;

import static ai.trainloop.cli.StubbedProject.entry;
import static ai.trainloop.cli.StubbedProject.index;
import static ai.trainloop.cli.StubbedProject.model;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubFaults;
import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One provider rejects its key, echoing it back in the error body: that model stops at once, the
 * other runs to the end, the exit code is 3 with a message naming the model and the key variable,
 * and the key is written nowhere.
 */
class WrongKeyEndToEndTest {
  /** Shaped like no known key, so only scrubbing by value can hide it. */
  private static final String WRONG_KEY = "wrong-key-7f3a9c21d4e8";

  private static final int SAMPLES = 10;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} rejects the key in {3}")
  @CsvSource({
    "anthropic, anthropic, claude-3-5-haiku, ANTHROPIC_API_KEY, openai, gpt-4o-mini",
    "gemini, google, gemini-2.0-flash, GEMINI_API_KEY, anthropic, claude-3-5-haiku",
    "openai, openai, gpt-4o-mini, OPENAI_API_KEY, google, gemini-2.0-flash"
  })
  void should_stop_only_the_model_whose_key_was_rejected_and_never_write_the_key(
      String badFormat,
      String badProvider,
      String badModel,
      String keyVariable,
      String goodProvider,
      String goodModel)
      throws Exception {
    StubProvider.Script script =
        call ->
            call.format().equals(badFormat)
                ? StubFaults.wrongKey(badFormat, WRONG_KEY)
                : new StubProvider.Text(index(call) % 2 == 0 ? "yes" : "no", 10, 2);
    try (StubbedProject project = new StubbedProject(dir, script)) {
      project.cli.env.put(keyVariable, WRONG_KEY);
      project.config(
          SAMPLES,
          List.of(entry(badProvider, badModel, ""), entry(goodProvider, goodModel, "")),
          "max_concurrent_requests: 2\n");

      int code = project.cli.run("benchmark");

      String bad = badProvider + "/" + badModel;
      String good = goodProvider + "/" + goodModel;
      assertThat(code).as(project.cli.err).isEqualTo(3);
      assertThat(project.cli.err.lines().filter(l -> l.startsWith("could not benchmark:")))
          .singleElement()
          .asString()
          .contains(bad)
          .contains(keyVariable)
          .doesNotContain(good);
      long badRequests =
          project.stub.exchanges().stream()
              .filter(e -> e.call().format().equals(badFormat))
              .count();
      assertThat(badRequests)
          .as("no call is sent once the key is known to be wrong")
          .isBetween(1L, 2L);

      JsonNode report = project.report();
      assertThat(model(report, good).path("samples").asInt()).isEqualTo(SAMPLES);
      assertThat(model(report, good).path("errors").asInt()).isZero();
      assertThat(model(report, bad).path("status").asText()).isEqualTo("failed");
      assertThat(model(report, bad).path("status_reason").asText()).contains(keyVariable);
      assertThat(model(report, bad).path("errors").asInt()).isEqualTo(SAMPLES);
      assertThat(project.resultsJsonl()).hasSize(2 * SAMPLES);
      assertThat(project.cli.out).contains(good).contains(bad);

      assertThat(project.cli.out).doesNotContain(WRONG_KEY);
      assertThat(project.cli.err).doesNotContain(WRONG_KEY);
      try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
        List<Path> written = files.filter(Files::isRegularFile).toList();
        assertThat(written)
            .extracting(p -> p.getFileName().toString())
            .contains("report.json", "results.jsonl", "samples.jsonl");
        for (Path file : written) {
          assertThat(Files.readString(file)).as(file.toString()).doesNotContain(WRONG_KEY);
        }
      }
    }
  }
}
