package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every flag that overrides a config key is held to that key's rules, names the flag, and sends
 * nothing.
 */
class FlagValidationEndToEndTest {
  @TempDir Path dir;
  private StubbedProject project;

  @BeforeEach
  void setUp() throws Exception {
    project = new StubbedProject(dir, call -> new StubProvider.Text("yes", 10, 1));
    project.config(
        4,
        List.of(
            StubbedProject.entry("openai", "gpt-4o-mini", ""),
            StubbedProject.entry("anthropic", "claude-3-5-haiku-latest", "")),
        "");
  }

  @AfterEach
  void tearDown() throws Exception {
    project.close();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--temperature    | 5        | must be between 0 and 2, got 5",
        "--temperature    | -3       | must be between 0 and 2, got -3",
        "--temperature    | NaN      | expected a number, got NaN",
        "--temperature    | Infinity | expected a number, got Infinity",
        "--request-delay  | -1       | must be between 0 and 86400, got -1",
        "--request-delay  | NaN      | expected a number, got NaN",
        "--request-delay  | 1e10     | must be between 0 and 86400, got 10000000000",
        "--max-cost       | -1       | must be at least 0, got -1",
        "--max-samples    | 0        | must be at least 1, got 0",
        "--max-concurrent | 0        | must be at least 1, got 0"
      })
  void should_exit_2_naming_the_flag_and_send_nothing(String flag, String value, String problem)
      throws Exception {
    CliHarness cli = project.cli;
    int code = cli.run("benchmark", "--quiet", flag + "=" + value);
    assertThat(code).as(cli.err).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err)
        .contains("error: " + flag + ": " + problem)
        .doesNotContain("trainloop.config.yaml")
        .doesNotContain("Exception");
    assertThat(project.stub.requests.get()).isZero();
    assertThat(Files.exists(dir.resolve("data/benchmarks"))).isFalse();
  }

  @Test
  void should_check_max_samples_even_when_comprehensive_ignores_it() {
    CliHarness cli = project.cli;
    assertThat(cli.run("benchmark", "--quiet", "--comprehensive", "--max-samples", "-4"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).contains("--max-samples: must be at least 1, got -4");
  }

  @Test
  void should_blame_the_flag_not_the_config_for_a_temperature_anthropic_refuses() {
    CliHarness cli = project.cli;
    assertThat(cli.run("benchmark", "--quiet", "--temperature", "1.5")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err)
        .contains(
            "error: --temperature: anthropic/claude-3-5-haiku-latest is an anthropic model, "
                + "which accepts a temperature from 0 to 1, not 1.5")
        .doesNotContain("trainloop.config.yaml");
    assertThat(project.stub.requests.get()).isZero();
  }

  @Test
  void should_send_a_valid_temperature_and_delay_as_given() throws Exception {
    CliHarness cli = project.cli;
    assertThat(
            cli.run(
                "benchmark",
                "--quiet",
                "--temperature",
                "0.5",
                "--request-delay",
                "0",
                "--max-cost",
                "0"))
        .as(cli.err)
        .isNotEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("benchmark", "--quiet", "--models", "gpt-4o-mini", "--temperature", "2"))
        .as(cli.err)
        .isZero();
  }

  @Test
  void should_hold_the_request_delay_key_to_the_same_bound() throws Exception {
    CliHarness cli = project.cli;
    Path config = dir.resolve("trainloop.config.yaml");
    Files.writeString(
        config,
        Files.readString(config)
            .replace("  benchmark:\n", "  benchmark:\n    request_delay: 1e10\n"));
    assertThat(cli.run("benchmark", "--quiet")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err)
        .contains("trainloop.config.yaml:4:")
        .contains("request_delay: must be between 0 and 86400");
  }
}
