package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.SamplesPerTag;
import ai.trainloop.provider.stub.StubProvider;
import ai.trainloop.results.SavedRunReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmark.samples_per_tag} through the command, against the local stub on loopback. */
class SamplesPerTagEndToEndTest {
  @TempDir Path dir;

  private final StubProvider.Script script = call -> new StubProvider.Text("yes", 100, 10);

  private StubbedProject project(String benchmarkExtra) throws Exception {
    StubbedProject p = new StubbedProject(dir, script);
    p.config(10, List.of(StubbedProject.entry("openai", "gpt-4o", "")), benchmarkExtra);
    return p;
  }

  @Test
  void should_send_the_quota_of_each_tag_and_say_so_in_the_summary_line() throws Exception {
    try (StubbedProject p = project("samples_per_tag: 4")) {
      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();

      assertThat(p.stub.requests.get()).isEqualTo(4);
      assertThat(p.cli.err).contains("trainloop: 4 samples (qa 4) × 1 model");
      assertThat(p.report().path("config").path("samples_per_tag").asInt()).isEqualTo(4);
    }
  }

  @Test
  void should_take_every_sample_of_a_tag_below_its_quota_saying_how_many_of_how_many()
      throws Exception {
    try (StubbedProject p = project("samples_per_tag: {qa: 25}")) {
      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();

      assertThat(p.stub.requests.get()).isEqualTo(10);
      assertThat(p.cli.err).contains("(qa 10 of 25)");
      Path report = p.cli.onlyRun().resolve("report.json");
      assertThat(p.report().path("config").path("samples_per_tag").toString())
          .isEqualTo("{\"qa\":25}");
      assertThat(SavedRunReader.read(report).summary().run().config().samplesPerTag())
          .isEqualTo(SamplesPerTag.perTag(Map.of("qa", 25)));
    }
  }

  @Test
  void should_warn_of_a_mapped_tag_no_sample_has_and_still_run() throws Exception {
    try (StubbedProject p = project("samples_per_tag: {qa: 3, weather-lookup: 5}")) {
      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();

      assertThat(p.stub.requests.get()).isEqualTo(3);
      assertThat(p.cli.err)
          .contains(
              "trainloop.config.yaml:",
              "trainloop.benchmark.samples_per_tag.weather-lookup:",
              "no sample to benchmark has tag 'weather-lookup'");
    }
  }

  @Test
  void should_exit_2_before_any_call_on_a_bad_quota_naming_file_line_and_key() throws Exception {
    try (StubbedProject p = project("samples_per_tag: {qa: -1}")) {
      assertThat(p.cli.run("benchmark", "--quiet")).isEqualTo(ExitCodes.USAGE);

      assertThat(p.stub.requests.get()).isZero();
      assertThat(p.cli.err).contains("trainloop.config.yaml:", "samples_per_tag.qa");
    }
  }

  @Test
  void should_take_every_sample_with_comprehensive_and_not_record_the_ignored_quota()
      throws Exception {
    try (StubbedProject p = project("samples_per_tag: 4")) {
      assertThat(p.cli.run("benchmark", "--quiet", "--comprehensive")).as(p.cli.err).isZero();

      assertThat(p.stub.requests.get()).isEqualTo(10);
      assertThat(p.report().path("config").has("samples_per_tag")).isFalse();
    }
  }

  @Test
  void should_refuse_to_resume_after_the_quota_changed_unless_forced() throws Exception {
    try (StubbedProject p = project("samples_per_tag: 4")) {
      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();
      Path results = p.cli.onlyRun().resolve("results.jsonl");
      List<String> lines = Files.readAllLines(results);
      Files.write(results, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
      p.config(10, List.of(StubbedProject.entry("openai", "gpt-4o", "")), "samples_per_tag: 6");
      int before = p.stub.requests.get();

      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest"))
          .isEqualTo(ExitCodes.USAGE);
      assertThat(p.cli.err).contains("samples.samples_per_tag: 4 → 6", "--force");
      assertThat(p.stub.requests.get()).isEqualTo(before);
    }
  }
}
