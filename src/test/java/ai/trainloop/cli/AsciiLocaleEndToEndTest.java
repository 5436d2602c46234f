package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a locale that is not UTF-8, or with {@code --ascii}, everything trainloop prints (tables,
 * the announce line, warnings, footnotes, progress, history, prices) is plain ASCII, whatever the
 * replies, errors and model names hold.
 */
class AsciiLocaleEndToEndTest {
  @TempDir Path dir;

  /** Half the calls of one model fail with a non-ASCII error; replies carry emoji and accents. */
  private static final StubProvider.Script SCRIPT =
      call ->
          call.model().equals("gpt-4o-mini") && StubbedProject.index(call) % 2 == 0
              ? new StubProvider.Fault(
                  400,
                  Map.of(),
                  "{\"error\": {\"message\": \"réponse refusée — ±×·… 📊\","
                      + " \"type\": \"invalid_request_error\"}}")
              : new StubProvider.Text("yes ✓ café 📈", 10, 2);

  @Test
  void should_print_only_ascii_on_stdout_and_stderr_under_lang_c() throws Exception {
    try (StubbedProject project = new StubbedProject(dir, SCRIPT)) {
      project.config(
          6,
          List.of(
              StubbedProject.entry("openai", "gpt-4o", ""),
              StubbedProject.entry("openai", "gpt-4o-mini", "")),
          "");
      project.cli.env.put("LANG", "C");

      int code = project.cli.run("benchmark", "--detailed");
      String benchmarkOut = project.cli.out;
      String benchmarkErr = project.cli.err;
      project.cli.run("history");
      String historyOut = project.cli.out + project.cli.err;
      project.cli.run("prices");
      String pricesOut = project.cli.out + project.cli.err;

      assertThat(code).as(benchmarkErr).isIn(0, 1);
      assertThat(benchmarkOut).as(benchmarkErr).contains("Benchmark Results Summary", "+-");
      assertThat(benchmarkErr).contains("x 2 models");
      for (String text : List.of(benchmarkOut, benchmarkErr, historyOut, pricesOut)) {
        assertThat(nonAscii(text)).as(text).isEmpty();
      }
    }
  }

  @Test
  void should_print_only_ascii_with_the_ascii_flag_on_a_utf8_locale() throws Exception {
    try (StubbedProject project = new StubbedProject(dir, SCRIPT)) {
      project.config(
          4,
          List.of(
              StubbedProject.entry("openai", "gpt-4o", ""),
              StubbedProject.entry("openai", "gpt-4o-mini", "")),
          "");
      project.cli.env.put("LANG", "en_US.UTF-8");

      project.cli.run("benchmark", "--ascii");

      assertThat(nonAscii(project.cli.out + project.cli.err))
          .as(project.cli.out + project.cli.err)
          .isEmpty();
      assertThat(project.cli.err).contains("x 2 models");
    }
  }

  @Test
  void should_keep_unicode_on_a_utf8_locale_without_the_flag() throws Exception {
    try (StubbedProject project = new StubbedProject(dir, SCRIPT)) {
      project.config(4, List.of(StubbedProject.entry("openai", "gpt-4o", "")), "");
      project.cli.env.put("LC_ALL", "C.UTF-8");

      project.cli.run("benchmark");

      assertThat(project.cli.out).contains("┌", "📊");
      assertThat(project.cli.err).contains("× 1 model");
    }
  }

  @Test
  void should_fit_every_detailed_table_to_a_narrow_terminal() throws Exception {
    try (StubbedProject project = new StubbedProject(dir, SCRIPT)) {
      project.config(
          4,
          List.of(
              StubbedProject.entry(
                  "openai", "gpt-4o-2024-08-06-with-a-very-long-fine-tune-name", ""),
              StubbedProject.entry("openai", "gpt-4o", "")),
          "");
      project.cli.env.put("COLUMNS", "130");

      project.cli.run("benchmark", "--ascii", "--detailed");

      assertThat(project.cli.out).contains("Model A").contains("| openai...e-name |");
      assertThat(project.cli.out.lines().filter(l -> l.startsWith("|") || l.startsWith("+")))
          .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(130));
    }
  }

  @Test
  void should_fit_the_results_tables_to_a_narrow_terminal_by_shortening_long_model_ids()
      throws Exception {
    try (StubbedProject project = new StubbedProject(dir, SCRIPT)) {
      project.config(
          4,
          List.of(
              StubbedProject.entry(
                  "openai", "gpt-4o-2024-08-06-with-a-very-long-fine-tune-name", ""),
              StubbedProject.entry("openai", "gpt-4o", "")),
          "");
      project.cli.env.put("COLUMNS", "100");

      project.cli.run("benchmark", "--ascii");

      String performance = project.cli.out.substring(project.cli.out.indexOf("Model Performance:"));
      performance = performance.substring(0, performance.indexOf("\n\n"));
      assertThat(performance.lines())
          .as(performance)
          .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
      assertThat(performance)
          .contains("| openai/gpt-4o ")
          .contains("...")
          .doesNotContain("gpt-4o-2024-08-06-with-a-very-long-fine-tune-name");
    }
  }

  private static String nonAscii(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().filter(c -> c >= 128).forEach(b::appendCodePoint);
    return b.toString();
  }
}
