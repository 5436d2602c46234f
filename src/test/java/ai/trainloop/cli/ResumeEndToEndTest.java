package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --resume} and {@code --retry-errors} through the command, against the local stub: a run
 * killed mid-line is finished by sending only what is missing, with the figures of a run never
 * interrupted.
 */
class ResumeEndToEndTest {
  @TempDir Path dir;

  /** While set, prompts q3 and q5 fail with a 400 (not retried); every even prompt says yes. */
  private final AtomicBoolean failing = new AtomicBoolean(false);

  private final StubProvider.Script script =
      call -> {
        int i = StubbedProject.index(call);
        if (failing.get() && (i == 3 || i == 5)) {
          return new StubProvider.Fault(400, Map.of(), "{\"error\": {\"message\": \"bad\"}}");
        }
        return new StubProvider.Text(i % 2 == 0 ? "yes" : "no", 100, 10);
      };

  private StubbedProject project(String extra) throws Exception {
    StubbedProject p = new StubbedProject(dir, script);
    p.config(
        10,
        List.of(
            StubbedProject.entry("openai", "gpt-4o", extra),
            StubbedProject.entry("openai", "gpt-4o-mini", "")),
        "");
    return p;
  }

  @Test
  void should_finish_a_killed_run_sending_only_the_missing_pairs_with_the_uninterrupted_figures()
      throws Exception {
    try (StubbedProject p = project("")) {
      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();
      JsonNode uninterrupted = p.report();
      Path run = p.cli.onlyRun();
      // as after SIGKILL: 7 results on disk, the 8th cut mid-line, no report.json
      List<String> lines = Files.readAllLines(run.resolve("results.jsonl"));
      String torn = String.join("\n", lines.subList(0, 7)) + "\n" + lines.get(7).substring(0, 30);
      Files.writeString(run.resolve("results.jsonl"), torn);
      Files.delete(run.resolve("report.json"));
      int before = p.stub.requests.get();

      int code = p.cli.run("benchmark", "--quiet", "--resume", "latest");

      assertThat(code).as(p.cli.err).isZero();
      assertThat(p.stub.requests.get() - before).isEqualTo(13);
      assertThat(p.cli.err).contains("cut off a torn last line", "7 results kept, sending 13");
      JsonNode resumed = p.report();
      for (String id : List.of("openai/gpt-4o", "openai/gpt-4o-mini")) {
        assertThat(figures(StubbedProject.model(resumed, id)))
            .isEqualTo(figures(StubbedProject.model(uninterrupted, id)));
      }
      assertThat(resumed.path("run_id").asText()).isEqualTo(run.getFileName().toString());
      assertThat(resumed.path("started_at")).isEqualTo(uninterrupted.path("started_at"));
      assertThat(resumed.path("resumed").path(0).path("pairs_sent").asLong()).isEqualTo(13);
      assertThat(pairs(p.resultsJsonl())).hasSize(20);
      assertThat(p.resultsJsonl()).hasSize(20); // one line per pair, none twice
    }
  }

  @Test
  void should_rebuild_the_report_of_a_finished_run_without_sending_anything() throws Exception {
    try (StubbedProject p = project("")) {
      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();
      int before = p.stub.requests.get();

      assertThat(p.cli.run("benchmark", "--quiet", "--resume", p.cli.onlyRun().toString()))
          .as(p.cli.err)
          .isZero();

      assertThat(p.stub.requests.get()).isEqualTo(before);
      assertThat(p.cli.err).contains("nothing missing; rebuilding its report from 20 results");
      assertThat(p.report().path("models").path(0).path("samples").asInt()).isEqualTo(10);
    }
  }

  @Test
  void should_record_the_settings_and_what_is_sent_in_run_json_without_any_key() throws Exception {
    try (StubbedProject p = project("temperature: 0.2")) {
      assertThat(p.cli.run("benchmark", "--quiet", "--max-samples", "8", "--seed", "7"))
          .as(p.cli.err)
          .isZero();
      String text = Files.readString(p.cli.onlyRun().resolve("run.json"));
      JsonNode json = StubbedProject.JSON.readTree(text);
      assertThat(json.path("command").path("flags").path("--max-samples").asInt()).isEqualTo(8);
      assertThat(json.path("command").path("config_file").asText())
          .endsWith("trainloop.config.yaml");
      JsonNode fp = json.path("fingerprint");
      assertThat(fp.path("providers").path(0).path("params").path("temperature").asDouble())
          .isEqualTo(0.2);
      assertThat(fp.path("samples").path("count").asInt()).isEqualTo(8);
      assertThat(fp.path("samples").path("seed").asLong()).isEqualTo(7);
      assertThat(fp.path("suites").path("qa").toString()).contains("says_yes");
      assertThat(text).doesNotContain(StubbedProject.OPENAI_KEY).doesNotContain("sk-");
    }
  }

  @Test
  void should_refuse_a_changed_config_naming_the_change_unless_forced() throws Exception {
    try (StubbedProject p = project("temperature: 0.2")) {
      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();
      Path run = p.cli.onlyRun();
      dropLastLines(run.resolve("results.jsonl"), 2);
      p.config(
          10,
          List.of(
              StubbedProject.entry("openai", "gpt-4o", "temperature: 0.5"),
              StubbedProject.entry("openai", "gpt-4o-mini", "")),
          "");
      int before = p.stub.requests.get();

      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest"))
          .isEqualTo(ExitCodes.USAGE);
      assertThat(p.cli.err).contains("provider openai/gpt-4o: temperature 0.2 → 0.5", "--force");
      assertThat(p.stub.requests.get()).isEqualTo(before);

      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest", "--force"))
          .as(p.cli.err)
          .isZero();
      assertThat(p.stub.requests.get() - before).isEqualTo(2);
      JsonNode report = p.report();
      assertThat(report.path("resumed").path(0).path("forced").toString())
          .contains("temperature 0.2 → 0.5");
      // run.json now holds the config it was resumed with: a second resume is not refused
      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest")).isZero();
    }
  }

  @Test
  void should_resend_only_the_failed_pairs_with_retry_errors_keeping_every_success()
      throws Exception {
    try (StubbedProject p = project("")) {
      failing.set(true);
      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();
      assertThat(errors(p.resultsJsonl())).isEqualTo(4);
      failing.set(false);
      int before = p.stub.requests.get();
      // without --retry-errors an error is a result: nothing is missing
      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest")).isZero();
      assertThat(p.stub.requests.get()).isEqualTo(before);

      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest", "--retry-errors"))
          .as(p.cli.err)
          .isZero();

      assertThat(p.stub.requests.get() - before).isEqualTo(4);
      Set<String> retried = new HashSet<>();
      for (StubProvider.Exchange e : p.stub.exchanges().subList(before, before + 4)) {
        retried.add(e.call().prompt());
      }
      assertThat(retried).containsExactlyInAnyOrder("q3", "q5");
      List<JsonNode> rows = p.resultsJsonl();
      assertThat(rows).hasSize(20);
      assertThat(errors(rows)).isZero();
      assertThat(p.report().path("resumed").path(1).path("errors_retried").asLong()).isEqualTo(4);
      assertThat(StubbedProject.model(p.report(), "openai/gpt-4o").path("errors").asInt()).isZero();
    }
  }

  @Test
  void should_resume_a_budget_stopped_run_with_a_higher_max_cost() throws Exception {
    try (StubbedProject p = project("")) {
      // gpt-4o: 100 input + 10 output tokens = $0.00035 a call
      assertThat(p.cli.run("benchmark", "--quiet", "--max-cost", "0.002"))
          .isEqualTo(ExitCodes.RUN_FAILURE);
      int sent = p.stub.requests.get();
      assertThat(sent).isLessThan(20);
      // the recorded budget still holds without a new one
      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest"))
          .isEqualTo(ExitCodes.RUN_FAILURE);
      assertThat(p.stub.requests.get()).isLessThan(20);

      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest", "--max-cost", "1"))
          .as(p.cli.err)
          .isZero();

      assertThat(p.stub.requests.get()).isEqualTo(20);
      JsonNode report = p.report();
      assertThat(report.path("complete").asBoolean()).isTrue();
      assertThat(StubbedProject.model(report, "openai/gpt-4o").path("samples").asInt())
          .isEqualTo(10);
      // the new budget is recorded for the next resume
      JsonNode flags =
          StubbedProject.JSON
              .readTree(p.cli.onlyRun().resolve("run.json").toFile())
              .path("command")
              .path("flags");
      assertThat(flags.path("--max-cost").asText()).isEqualTo("1");
    }
  }

  @Test
  void should_stop_at_a_corrupt_line_inside_the_journal_naming_file_and_line() throws Exception {
    try (StubbedProject p = project("")) {
      assertThat(p.cli.run("benchmark", "--quiet")).isZero();
      Path results = p.cli.onlyRun().resolve("results.jsonl");
      List<String> lines = new ArrayList<>(Files.readAllLines(results));
      lines.set(2, "{\"sample_id\": ");
      Files.write(results, lines, StandardCharsets.UTF_8);
      int before = p.stub.requests.get();

      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest"))
          .isEqualTo(ExitCodes.USAGE);

      assertThat(p.cli.err).contains("results.jsonl:3", "not valid JSON");
      assertThat(p.stub.requests.get()).isEqualTo(before);
      assertThat(Files.readAllLines(results)).isEqualTo(lines); // left as it was
    }
  }

  @Test
  void should_refuse_retry_errors_without_resume_and_flags_that_change_what_is_sent()
      throws Exception {
    try (StubbedProject p = project("")) {
      assertThat(p.cli.run("benchmark", "--quiet", "--retry-errors")).isEqualTo(ExitCodes.USAGE);
      assertThat(p.cli.err).contains("--retry-errors", "--resume");
      assertThat(p.stub.requests.get()).isZero();
      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest"))
          .isEqualTo(ExitCodes.USAGE);
      assertThat(p.cli.err).contains("no run with a run.json");
      assertThat(p.cli.run("benchmark", "--quiet")).isZero();

      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest", "--temperature", "0.3"))
          .isEqualTo(ExitCodes.USAGE);
      assertThat(p.cli.err).contains("--temperature", "cannot be given with --resume");
      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest", "--stream"))
          .isEqualTo(ExitCodes.USAGE);
      assertThat(p.cli.err).contains("--stream", "cannot be given with --resume");
      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "no-such-run"))
          .isEqualTo(ExitCodes.USAGE);
      assertThat(p.cli.err).contains("no such run");
    }
  }

  @Test
  void should_refuse_to_resume_a_run_another_process_is_still_writing() throws Exception {
    try (StubbedProject p = project("")) {
      assertThat(p.cli.run("benchmark", "--quiet")).isZero();
      dropLastLines(p.cli.onlyRun().resolve("results.jsonl"), 3);
      int before = p.stub.requests.get();
      try (FileChannel ch =
              FileChannel.open(
                  p.cli.onlyRun().resolve(RunLock.FILE_NAME), StandardOpenOption.WRITE);
          FileLock held = ch.lock()) {
        assertThat(held.isValid()).isTrue();

        assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest"))
            .isEqualTo(ExitCodes.USAGE);
      }
      assertThat(p.cli.err).contains("is in use by another trainloop process");
      assertThat(p.stub.requests.get()).isEqualTo(before);
      // once it is let go, the run resumes
      assertThat(p.cli.run("benchmark", "--quiet", "--resume", "latest")).isZero();
      assertThat(p.stub.requests.get() - before).isEqualTo(3);
    }
  }

  /** A model's figures that do not depend on timing. */
  private static JsonNode figures(JsonNode model) {
    ObjectNode f = StubbedProject.JSON.createObjectNode();
    for (String key :
        List.of(
            "samples", "errors", "error_rate", "score", "metrics", "cost", "tokens", "status")) {
      f.set(key, model.path(key));
    }
    return f;
  }

  private static Set<String> pairs(List<JsonNode> rows) {
    Set<String> pairs = new HashSet<>();
    rows.forEach(r -> pairs.add(r.path("model_id").asText() + "/" + r.path("sample_id").asText()));
    return pairs;
  }

  private static long errors(List<JsonNode> rows) {
    return rows.stream().filter(r -> !r.path("error").isNull()).count();
  }

  private static void dropLastLines(Path file, int n) throws Exception {
    List<String> lines = Files.readAllLines(file);
    Files.write(file, lines.subList(0, lines.size() - n), StandardCharsets.UTF_8);
  }
}
