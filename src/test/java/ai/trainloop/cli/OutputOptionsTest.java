package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.render.TextTable;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OutputOptionsTest {
  @TempDir Path dir;

  @Test
  void should_document_ascii_the_same_way_on_every_command_that_draws_tables() {
    CliHarness cli = new CliHarness(dir);
    for (String command : new String[] {"benchmark", "history", "prices"}) {
      assertThat(cli.run(command, "--help")).isZero();
      assertThat(cli.out)
          .as(command)
          .contains("--ascii")
          .contains("Draw tables with +-| instead of box-drawing")
          .doesNotContain("Draw the table");
    }
  }

  @Test
  void should_offer_format_on_benchmark_and_history_but_not_on_prices() {
    CliHarness cli = new CliHarness(dir);
    for (String command : new String[] {"benchmark", "history"}) {
      assertThat(cli.run(command, "--help")).isZero();
      assertThat(cli.out)
          .as(command)
          .contains("--format=table|json")
          .contains("stdout format (default: table).");
    }
    assertThat(cli.run("prices", "--help")).isZero();
    assertThat(cli.out).doesNotContain("--format");
    assertThat(cli.run("prices", "--format", "json")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).contains("--format");
  }

  @Test
  void should_exit_2_for_a_format_other_than_table_or_json() {
    CliHarness cli = new CliHarness(dir);
    for (String command : new String[] {"benchmark", "history"}) {
      assertThat(cli.run(command, "--format", "xml")).as(command).isEqualTo(ExitCodes.USAGE);
      assertThat(cli.err).as(command).contains("--format").contains("xml").contains("table, json");
    }
  }

  @Test
  void should_draw_the_prices_table_in_ascii_with_ascii() {
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("prices", "--ascii")).isZero();
    assertThat(cli.out).contains("+-", "| Model").doesNotContain("│", "─");
  }

  @Test
  void should_draw_box_characters_only_without_ascii_on_a_utf8_terminal() {
    OutputOptions options = new OutputOptions();
    new CommandLine(options).parseArgs();
    assertThat(options.json()).isFalse();
    assertThat(options.style(Terminal.plain(true))).isEqualTo(TextTable.Style.BOX);
    assertThat(options.style(Terminal.plain(false))).isEqualTo(TextTable.Style.ASCII);

    new CommandLine(options).parseArgs("--ascii", "--format", "json");
    assertThat(options.json()).isTrue();
    assertThat(options.style(Terminal.plain(true))).isEqualTo(TextTable.Style.ASCII);
  }
}
