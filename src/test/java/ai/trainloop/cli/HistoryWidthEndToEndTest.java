package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trainloop history} fits its table to the width, as the benchmark's tables do. */
class HistoryWidthEndToEndTest {
  @TempDir Path dir;

  private static final String LONG = "gpt-4o-mini-2024-07-18-ft-acme-customer-support-bot-v7";

  @Test
  void should_shorten_long_model_ids_to_fit_columns_and_keep_them_whole_in_a_pipe()
      throws Exception {
    try (StubbedProject project =
        new StubbedProject(dir, call -> new StubProvider.Text("yes", 10, 2))) {
      project.config(3, List.of(StubbedProject.entry("openai", LONG, "")), "");
      assertThat(project.cli.run("benchmark")).as(project.cli.err).isZero();

      project.cli.env.put("COLUMNS", "110");
      project.cli.run("history");
      String fitted = project.cli.out;
      project.cli.env.remove("COLUMNS");
      project.cli.run("history");
      String piped = project.cli.out;

      assertThat(fitted.lines().filter(l -> l.startsWith("│") || l.startsWith("┌")))
          .isNotEmpty()
          .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(110));
      assertThat(fitted).contains("│ openai/gpt-…ort-bot-v7 │").doesNotContain(LONG);
      assertThat(piped).contains("openai/" + LONG);
    }
  }
}
