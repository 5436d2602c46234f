package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpTest {
  @TempDir Path dir;

  @Test
  void should_list_the_exit_codes_in_the_help_of_trainloop_and_of_benchmark() {
    CliHarness cli = new CliHarness(dir);
    for (String[] args : new String[][] {{"--help"}, {"benchmark", "--help"}}) {
      assertThat(cli.run(args)).isZero();
      assertThat(cli.out)
          .contains("Exit codes:")
          .contains("130")
          .contains("regression against the baseline")
          .contains("nothing was sent")
          .contains("budget was reached");
    }
  }

  @Test
  void should_document_every_flag_of_the_tutorial() {
    CliHarness cli = new CliHarness(dir);
    cli.run("benchmark", "--help");
    for (String flag :
        new String[] {
          "--tag",
          "--config",
          "--detailed",
          "--output",
          "--compare-with",
          "--max-samples",
          "--max-concurrent",
          "--request-delay",
          "--temperature",
          "--models",
          "--comprehensive",
          "--full-evaluation"
        }) {
      assertThat(cli.out).contains(flag);
    }
  }

  @Test
  void should_exit_2_with_a_suggestion_for_an_unknown_option() {
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("benchmark", "--detaild")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).contains("--detaild").contains("--detailed");
  }

  @Test
  void should_print_a_completion_script_that_bash_accepts_for_every_command() throws Exception {
    CliHarness cli = new CliHarness(dir);

    assertThat(cli.run("generate-completion")).isZero();

    assertThat(cli.out)
        .contains("complete -F _complete_trainloop -o default trainloop")
        .contains("benchmark")
        .contains("--compare-with")
        .contains("studio");
    Path script = dir.resolve("trainloop_completion");
    Files.writeString(script, cli.out);
    Process bash =
        new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
    String said = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor()).as("bash -n: " + said).isZero();
  }

  @Test
  void should_print_the_version_and_the_java_runtime() {
    CliHarness cli = new CliHarness(dir);

    assertThat(cli.run("--version")).isZero();

    assertThat(cli.out)
        .startsWith("trainloop ")
        .contains("Java " + System.getProperty("java.version"));
  }
}
