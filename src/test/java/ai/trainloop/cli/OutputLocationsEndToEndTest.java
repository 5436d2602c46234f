package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output locations are tried before anything is sent (exit 2 naming the flag and path); at the end,
 * an optional output that cannot be written is a warning naming the file, after report.json and the
 * tables.
 */
class OutputLocationsEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private MockWebServer server;
  private CliHarness cli;
  private final StubProvider stub = new StubProvider(call -> new StubProvider.Text("yes", 100, 10));

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(stub);
    server.start();
    cli = new CliHarness(dir).events("qa", 5);
    cli.file(
        "trainloop.config.yaml",
        """
        trainloop:
          data_folder: data
          benchmark:
            providers:
              - {provider: openai, model: gpt-4o, base_url: "%s"}
          eval:
            metrics:
              says_yes: {type: contains, any: ["yes"]}
            suites:
              - {tag: qa, metrics: [says_yes]}
        """
            .formatted(server.url("/v1")));
    cli.env.put("OPENAI_API_KEY", "sk-test");
  }

  @AfterEach
  void tearDown() throws Exception {
    server.close();
  }

  private void assertRefusedBeforeSending(String flagAndPath) {
    assertThat(cli.err).contains("error: " + flagAndPath).doesNotContain("Exception");
    assertThat(stub.requests.get()).isZero();
    assertThat(dir.resolve("data/benchmarks")).doesNotExist();
  }

  @Test
  void should_exit_2_for_a_junit_file_in_proc_before_sending() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    assertThat(cli.run("benchmark", "--quiet", "--junit", "/proc/x.xml"))
        .as(cli.err)
        .isEqualTo(ExitCodes.USAGE);
    assertRefusedBeforeSending("--junit: cannot write /proc/x.xml: ");
  }

  @Test
  void should_exit_2_for_an_html_file_under_a_regular_file_whoever_runs_it() throws Exception {
    Files.writeString(dir.resolve("file.txt"), "not a folder");
    assertThat(cli.run("benchmark", "--quiet", "--html", "file.txt/r.html"))
        .isEqualTo(ExitCodes.USAGE);
    assertRefusedBeforeSending(
        "--html: cannot write " + dir.resolve("file.txt/r.html") + ": Not a directory");
  }

  @Test
  void should_exit_2_for_a_junit_path_that_is_a_folder() throws Exception {
    Files.createDirectories(dir.resolve("ci"));
    assertThat(cli.run("benchmark", "--quiet", "--junit", "ci")).isEqualTo(ExitCodes.USAGE);
    assertRefusedBeforeSending("--junit: cannot write " + dir.resolve("ci") + ": it is a folder");
  }

  @Test
  void should_exit_2_when_the_data_folder_cannot_hold_run_folders() throws Exception {
    Files.writeString(dir.resolve("data/benchmarks"), "a file where the run folders go");
    assertThat(cli.run("benchmark", "--quiet")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err)
        .contains(
            "trainloop.data_folder: cannot write run folders in " + dir.resolve("data/benchmarks"));
    assertThat(stub.requests.get()).isZero();
  }

  @Test
  void should_write_report_json_inside_an_existing_output_folder_replacing_an_old_one()
      throws Exception {
    Path out = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(out.resolve("notes.txt"), "kept");
    Files.writeString(out.resolve("report.json"), "{\"old\": true}");
    assertThat(cli.run("benchmark", "--quiet", "--output", "reports")).as(cli.err).isZero();
    assertThat(JSON.readTree(out.resolve("report.json").toFile()).path("schema_version").asInt())
        .isEqualTo(1);
    assertThat(out.resolve("notes.txt")).hasContent("kept");
  }

  @Test
  void should_create_a_missing_parent_folder_and_leave_no_probe_behind() throws Exception {
    assertThat(
            cli.run("benchmark", "--quiet", "--html", "out/deep/r.html", "--junit", "ci/junit.xml"))
        .as(cli.err)
        .isZero();
    assertThat(Files.readString(dir.resolve("out/deep/r.html"))).contains("<html");
    assertThat(Files.readString(dir.resolve("ci/junit.xml"))).contains("<testsuite");
    try (var s = Files.list(cli.onlyRun().getParent())) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("probe"));
    }
  }

  @Test
  void should_leave_no_folder_behind_when_a_later_check_refuses_the_run() throws Exception {
    assertThat(
            cli.run("benchmark", "--quiet", "--html", "out/deep/r.html", "--junit", "/proc/x.xml"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void should_warn_naming_the_file_when_an_optional_output_fills_the_disk_and_keep_the_exit_code()
      throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
    int code =
        cli.run(
            "benchmark",
            "--quiet",
            "--junit",
            "/dev/full",
            "--html",
            "/dev/full",
            "--output",
            "/dev/full");
    assertThat(code).as(cli.err).isZero();
    assertThat(cli.err)
        .contains("warning: --junit: could not write /dev/full: No space left on device")
        .contains("warning: --html: could not write /dev/full: No space left on device")
        .contains("warning: --output: could not write /dev/full: No space left on device")
        .doesNotContain("html: /dev/full")
        .contains("report: ");
    assertThat(cli.out).contains("Model Performance");
    assertThat(
            JSON.readTree(cli.onlyRun().resolve("report.json").toFile()).path("exit_code").asInt())
        .isZero();
    assertThat(Files.isRegularFile(Path.of("/dev/full")))
        .as("/dev/full is still a device")
        .isFalse();
  }
}
