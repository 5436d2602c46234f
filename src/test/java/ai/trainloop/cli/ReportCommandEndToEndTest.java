package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trainloop report RUN --html FILE} on a broken run: exit 2 naming the file, never a raw
 * exception.
 */
class ReportCommandEndToEndTest {
  @TempDir Path dir;
  private CliHarness cli;
  private Path run;

  @BeforeEach
  void a_finished_run_of_the_recorded_replies() throws Exception {
    cli =
        new CliHarness(dir)
            .events("qa", 5)
            .file(
                "trainloop.config.yaml",
                """
        trainloop:
          data_folder: data
          benchmark:
            providers:
              - {provider: recorded}
          eval:
            metrics:
              says_r: {type: contains, any: ["r"]}
            suites:
              - {tag: qa, metrics: [says_r]}
        """);
    assertThat(cli.run("benchmark", "--quiet")).as(cli.err).isZero();
    run = cli.onlyRun();
  }

  @Test
  void should_exit_2_naming_a_truncated_report_json_by_run_id_by_folder_and_as_latest()
      throws Exception {
    Path report = run.resolve("report.json");
    Files.writeString(report, Files.readString(report).substring(0, 200));

    for (String given :
        new String[] {
          run.getFileName().toString(), run.toString(), "data/benchmarks/" + run.getFileName()
        }) {
      int code = cli.run("report", given, "--html", "out.html");

      assertThat(code).as(cli.err).isEqualTo(ExitCodes.USAGE);
      assertThat(cli.err)
          .contains("error: " + report + ": cut short")
          .doesNotContain("Exception")
          .doesNotContain("TRAINLOOP_DEBUG");
    }
    assertThat(cli.run("report", "latest", "--html", "out.html")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err)
        .contains("no earlier run with a report.json")
        .contains(
            "skipped 1 whose report cannot be "
                + "read, the newest: "
                + run.resolve("report.json")
                + ": not valid JSON");
    assertThat(dir.resolve("out.html")).doesNotExist();
  }

  @Test
  void should_exit_2_for_a_report_json_that_is_not_json() throws Exception {
    Files.writeString(run.resolve("report.json"), "\u0000\u0001binary");

    assertThat(cli.run("report", run.toString(), "--html", "out.html")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err)
        .contains(run.resolve("report.json") + ": not valid JSON at line 1")
        .doesNotContain("Exception")
        .doesNotContain("\u0000");
  }

  @Test
  void should_exit_2_when_the_run_wrote_neither_report_json_nor_results() throws Exception {
    Files.delete(run.resolve("report.json"));
    Files.delete(run.resolve("results.jsonl"));

    assertThat(cli.run("report", run.getFileName().toString(), "--html", "out.html"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).contains("error: " + run.resolve("report.json") + ": no such file");
    assertThat(dir.resolve("out.html")).doesNotExist();
  }

  @Test
  void should_still_write_the_page_of_a_stopped_run_from_its_results() throws Exception {
    Files.delete(run.resolve("report.json"));

    assertThat(cli.run("report", run.toString(), "--html", "out.html")).as(cli.err).isZero();
    assertThat(cli.err).contains("note: " + run.resolve("report.json") + " is missing");
    assertThat(Files.readString(dir.resolve("out.html"))).contains("<html");
  }
}
