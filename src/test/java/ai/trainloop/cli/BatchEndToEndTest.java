package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trainloop benchmark --batch} against both vendors' batch APIs on a local server: nothing
 * sent synchronously, exact figures at half price, results matched by custom id, a killed run
 * collected by {@code --resume} without creating its batches again, errors resent alone.
 */
class BatchEndToEndTest {
  @TempDir Path dir;
  private MockWebServer server;
  private final BatchVendorStub vendor = new BatchVendorStub();
  private CliHarness cli;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    vendor.serve(server);
    server.start();
    cli = new CliHarness(dir);
    cli.env.put("OPENAI_API_KEY", StubbedProject.OPENAI_KEY);
    cli.env.put("ANTHROPIC_API_KEY", StubbedProject.ANTHROPIC_KEY);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Both vendors' models at $1 / $2 a million tokens, n samples, these benchmark lines. */
  private void project(int samples, String openaiExtra, String benchmarkExtra) throws Exception {
    String openai = server.url("/v1").toString();
    String anthropic = server.url("/").toString().replaceAll("/$", "");
    String price = "pricing: {input_per_million: 1, output_per_million: 2}";
    cli.events("qa", samples)
        .file(
            "trainloop.config.yaml",
            """
            trainloop:
              data_folder: data
              benchmark:
                providers:
                  - {provider: openai, model: gpt-4o-mini, base_url: "%s", %s%s}
                  - {provider: anthropic, model: claude-haiku-4-5, base_url: "%s", %s}
            %s
              eval:
                metrics:
                  says_yes: {type: contains, any: ["yes"]}
                suites:
                  - {tag: qa, metrics: [says_yes]}
            """
                .formatted(
                    openai,
                    price,
                    openaiExtra.isEmpty() ? "" : ", " + openaiExtra,
                    anthropic,
                    price,
                    benchmarkExtra.indent(4).stripTrailing()));
  }

  private JsonNode report() throws Exception {
    return StubbedProject.JSON.readTree(cli.onlyRun().resolve("report.json").toFile());
  }

  private List<JsonNode> rows() throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(cli.onlyRun().resolve("results.jsonl"))) {
      rows.add(StubbedProject.JSON.readTree(line));
    }
    return rows;
  }

  /** Sample id to its prompt ("q3"), from samples.jsonl. */
  private Map<String, String> prompts() throws Exception {
    Map<String, String> prompts = new HashMap<>();
    for (String line : Files.readAllLines(cli.onlyRun().resolve("samples.jsonl"))) {
      JsonNode input = StubbedProject.JSON.readTree(line).path("input");
      prompts.put(
          StubbedProject.JSON.readTree(line).path("sample_id").asText(),
          input.path(input.size() - 1).path("content").asText());
    }
    return prompts;
  }

  private static String expected(String prompt) {
    return Integer.parseInt(prompt.substring(1)) % 2 == 0 ? "yes" : "no";
  }

  @Test
  void should_send_every_call_through_the_batch_apis_at_half_price_matched_by_custom_id()
      throws Exception {
    project(4, "", "");

    int code = cli.run("benchmark", "--quiet", "--batch", "--batch-poll", "1", "--detailed");

    assertThat(code).as(cli.err).isZero();
    assertThat(vendor.anySynchronous()).as(vendor.calls.toString()).isFalse();
    assertThat(cli.out).contains("n/a for a batched model (--batch)");
    assertThat(vendor.created()).isEqualTo(2);
    // --quiet: what was submitted is said, each poll is not; a model is named once, as its id
    assertThat(cli.err)
        .contains("openai/gpt-4o-mini: submitted batch")
        .doesNotContain("openai/openai/")
        .doesNotContainPattern("(?m)^\\S+ batch \\S+: ");
    JsonNode report = report();
    for (String id : List.of("openai/gpt-4o-mini", "anthropic/claude-haiku-4-5")) {
      JsonNode m = StubbedProject.model(report, id);
      // 4 × (100 in × $0.50 + 10 out × $1.00) / 1M at the batch price
      assertThat(new BigDecimal(m.path("cost").path("total_usd").asText()))
          .isEqualByComparingTo("0.00024");
      // the reversed results land on their own samples: even prompts say yes
      assertThat(m.path("score").path("mean").asDouble()).isEqualTo(0.5);
      assertThat(m.path("batch").asBoolean()).isTrue();
      assertThat(m.path("latency_ms").path("mean").isNull()).isTrue();
    }
    // read back by the report reader
    var saved = ai.trainloop.results.SavedRunReader.read(cli.onlyRun().resolve("report.json"));
    assertThat(saved.models()).allMatch(m -> m.latency().batch());
    assertThat(saved.results()).hasSize(8).allMatch(r -> r.batch() && r.latencyMs() == null);
    Map<String, String> prompts = prompts();
    assertThat(rows()).hasSize(8);
    for (JsonNode row : rows()) {
      assertThat(row.path("latency_ms").isNull()).as(row.toString()).isTrue();
      assertThat(row.path("batch").asBoolean()).as(row.toString()).isTrue();
      assertThat(row.path("response").asText())
          .as(row.toString())
          .isEqualTo(expected(prompts.get(row.path("sample_id").asText())));
    }
    assertThat(cli.onlyRun().resolve("batches.json")).exists();
  }

  @Test
  void should_give_each_repeat_its_own_custom_id_and_its_own_result() throws Exception {
    project(3, "", "");

    int code = cli.run("benchmark", "--quiet", "--batch", "--batch-poll", "1", "--repeat", "2");

    assertThat(code).as(cli.err).isZero();
    assertThat(vendor.anySynchronous()).isFalse();
    for (List<String[]> batch : vendor.batches.values()) {
      assertThat(batch.stream().map(r -> r[0]))
          .containsExactlyInAnyOrder("s0-r0", "s0-r1", "s1-r0", "s1-r1", "s2-r0", "s2-r1");
    }
    List<JsonNode> rows = rows();
    assertThat(rows).hasSize(12);
    assertThat(rows).noneMatch(r -> r.hasNonNull("error"));
    Map<String, String> prompts = prompts();
    for (JsonNode row : rows) {
      assertThat(row.path("response").asText())
          .isEqualTo(expected(prompts.get(row.path("sample_id").asText())));
    }
  }

  @Test
  void should_keep_an_entry_with_batch_false_synchronous_at_the_listed_price() throws Exception {
    project(2, "batch: false", "batch: true");

    int code = cli.run("benchmark", "--quiet", "--batch-poll", "1");

    assertThat(code).as(cli.err).isZero();
    assertThat(vendor.calls).filteredOn(c -> c.equals("POST /v1/chat/completions")).hasSize(2);
    assertThat(vendor.calls).doesNotContain("POST /v1/files", "POST /v1/batches");
    assertThat(vendor.calls).contains("POST /v1/messages/batches");
    JsonNode report = report();
    // 2 × (100 × $1 + 10 × $2) / 1M, the listed price
    assertThat(
            new BigDecimal(
                StubbedProject.model(report, "openai/gpt-4o-mini")
                    .path("cost")
                    .path("total_usd")
                    .asText()))
        .isEqualByComparingTo("0.00024");
    assertThat(
            new BigDecimal(
                StubbedProject.model(report, "anthropic/claude-haiku-4-5")
                    .path("cost")
                    .path("total_usd")
                    .asText()))
        .isEqualByComparingTo("0.00012");
  }

  @Test
  void should_refuse_a_batch_past_max_cost_before_any_request_is_made() throws Exception {
    project(4, "", "");

    int code = cli.run("benchmark", "--quiet", "--batch", "--max-cost", "0");

    assertThat(code).as(cli.err).isEqualTo(ExitCodes.RUN_FAILURE);
    assertThat(vendor.calls).noneMatch(c -> c.startsWith("POST"));
    assertThat(cli.err).contains("budget of $0", "nothing of it was submitted");
    assertThat(cli.onlyRun().resolve("batches.json")).doesNotExist();
  }

  @Test
  void should_collect_the_batches_of_a_killed_run_on_resume_without_creating_them_again()
      throws Exception {
    project(4, "", "");
    assertThat(cli.run("benchmark", "--quiet", "--batch", "--batch-poll", "1"))
        .as(cli.err)
        .isZero();
    JsonNode uninterrupted = report();
    // as after SIGKILL once the batches were created: batches.json on disk, no result, no report
    Path run = cli.onlyRun();
    Files.writeString(run.resolve("results.jsonl"), "");
    Files.delete(run.resolve("report.json"));
    long created = vendor.created();
    int uploads = (int) vendor.calls.stream().filter("POST /v1/files"::equals).count();

    int code = cli.run("benchmark", "--quiet", "--resume", "latest", "--batch-poll", "1");

    assertThat(code).as(cli.err).isZero();
    assertThat(vendor.created()).isEqualTo(created);
    assertThat(vendor.calls.stream().filter("POST /v1/files"::equals).count()).isEqualTo(uploads);
    assertThat(vendor.anySynchronous()).isFalse();
    assertThat(cli.err).contains("collecting 1 batch(es) submitted before");
    assertThat(rows()).hasSize(8);
    for (String id : List.of("openai/gpt-4o-mini", "anthropic/claude-haiku-4-5")) {
      assertThat(StubbedProject.model(report(), id).path("cost"))
          .isEqualTo(StubbedProject.model(uninterrupted, id).path("cost"));
    }
  }

  @Test
  void should_finish_a_process_killed_with_sigkill_while_its_batches_run_without_resubmitting()
      throws Exception {
    project(4, "", "");
    vendor.neverEnd = true; // the batches stay in progress until the process is killed
    // both models' batches are submitted at once, neither waiting for the other to end
    JvmProcess trainloop =
        JvmProcess.start(
            dir,
            Map.of(
                "OPENAI_API_KEY", StubbedProject.OPENAI_KEY,
                "ANTHROPIC_API_KEY", StubbedProject.ANTHROPIC_KEY),
            "benchmark",
            "--quiet",
            "--batch",
            "--batch-poll",
            "1");
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (manifested() < 2 && trainloop.process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(trainloop.process.isAlive()).as("still polling: " + trainloop.err()).isTrue();
    assertThat(vendor.created()).isEqualTo(2);

    trainloop.process.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no report

    Path run = cli.onlyRun();
    assertThat(run.resolve("batches.json")).exists();
    assertThat(run.resolve("report.json")).doesNotExist();
    vendor.neverEnd = false;
    int uploads = (int) vendor.calls.stream().filter("POST /v1/files"::equals).count();

    int code = cli.run("benchmark", "--quiet", "--resume", "latest", "--batch-poll", "1");

    assertThat(code).as(cli.err).isZero();
    assertThat(vendor.created()).isEqualTo(2);
    assertThat(vendor.calls.stream().filter("POST /v1/files"::equals).count()).isEqualTo(uploads);
    assertThat(vendor.anySynchronous()).isFalse();
    assertThat(rows()).hasSize(8).allMatch(r -> r.path("error").isNull());
    assertThat(report().path("complete").asBoolean()).isTrue();
  }

  /** The batches the run's batches.json records (0 before it is written). */
  private int manifested() throws Exception {
    Path benchmarks = dir.resolve("data/benchmarks");
    if (!Files.isDirectory(benchmarks)) {
      return 0;
    }
    try (var runs = Files.list(benchmarks)) {
      for (Path run : runs.toList()) {
        Path manifest = run.resolve("batches.json");
        if (Files.isRegularFile(manifest)) {
          String text = Files.readString(manifest);
          return text.split("\"batch_id\"", -1).length - 1;
        }
      }
    }
    return 0;
  }

  @Test
  void should_make_failed_lines_errors_with_the_reason_and_resend_only_them_with_retry_errors()
      throws Exception {
    project(3, "", "");
    vendor.failing.add("s1-r0");
    assertThat(cli.run("benchmark", "--quiet", "--batch", "--batch-poll", "1"))
        .as(cli.err)
        .isZero();
    List<JsonNode> errors = rows().stream().filter(r -> r.hasNonNull("error")).toList();
    assertThat(errors).hasSize(2);
    assertThat(errors)
        .extracting(r -> r.path("error").asText())
        .anyMatch(e -> e.contains("prompt refused"))
        .anyMatch(e -> e.contains("expired"));
    vendor.failing.clear();
    List<String> before = List.copyOf(vendor.batches.keySet());

    int code =
        cli.run(
            "benchmark", "--quiet", "--resume", "latest", "--retry-errors", "--batch-poll", "1");

    assertThat(code).as(cli.err).isZero();
    assertThat(vendor.created()).isEqualTo(4);
    vendor.batches.forEach(
        (id, reqs) -> {
          if (!before.contains(id)) {
            assertThat(reqs.stream().map(r -> r[0])).containsExactly("s1-r0");
          }
        });
    assertThat(vendor.anySynchronous()).isFalse();
    assertThat(rows().stream().filter(r -> r.hasNonNull("error"))).isEmpty();
  }

  @Test
  void should_exit_2_naming_file_line_and_key_when_benchmark_batch_is_not_a_boolean()
      throws Exception {
    project(2, "", "batch: sometimes");

    int code = cli.run("benchmark", "--quiet");

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).contains("trainloop.config.yaml:", "batch", "true or false");
    assertThat(vendor.calls).isEmpty();
  }

  @Test
  void should_show_the_batch_cost_in_a_dry_run_and_send_nothing() throws Exception {
    project(4, "batch: false", "");

    int code = cli.run("benchmark", "--dry-run", "--batch", "--format", "json");

    assertThat(code).as(cli.err).isZero();
    assertThat(vendor.calls).isEmpty();
    assertThat(cli.out).contains("batch: half price");
    assertThat(cli.err).doesNotContain("runs synchronously");
  }

  /** Ctrl-C at the first poll, batches never ending: the run stops polling. */
  private void interruptAtFirstPoll() {
    java.util.concurrent.atomic.AtomicReference<java.util.function.Consumer<StopSignal>> handler =
        new java.util.concurrent.atomic.AtomicReference<>();
    cli.interrupts =
        onFirst -> {
          handler.set(onFirst);
          return () -> handler.set(null);
        };
    vendor.neverEnd = true;
    vendor.onPoll =
        () -> {
          var h = handler.getAndSet(null);
          if (h != null) {
            h.accept(StopSignal.INT);
          }
        };
  }

  @Test
  void should_leave_the_batches_running_on_ctrl_c_and_print_the_command_that_collects_them()
      throws Exception {
    project(2, "", "");
    interruptAtFirstPoll();

    cli.run("benchmark", "--quiet", "--batch", "--batch-poll", "1");

    String runId = cli.onlyRun().getFileName().toString();
    assertThat(cli.err).contains("collect them with: trainloop benchmark --resume " + runId);
    assertThat(vendor.calls).noneMatch(c -> c.endsWith("/cancel"));
    // the models submit at once: the second may or may not have submitted before the stop came
    assertThat(vendor.created()).isBetween(1L, 2L);
    assertThat(vendor.anySynchronous()).isFalse();
    assertThat(cli.onlyRun().resolve("report.json")).exists();
    assertThat(rows()).isEmpty();
  }

  @Test
  void should_cancel_the_running_batches_on_ctrl_c_with_cancel_batches() throws Exception {
    project(2, "", "");
    interruptAtFirstPoll();

    cli.run("benchmark", "--quiet", "--batch", "--batch-poll", "1", "--cancel-batches");

    assertThat(vendor.calls).anyMatch(c -> c.matches("POST /v1/batches/batch_\\d+/cancel"));
    assertThat(cli.err).contains("cancelled batch").doesNotContain("collect them with");
    assertThat(vendor.anySynchronous()).isFalse();
  }

  @Test
  void should_exit_2_naming_the_entry_key_when_an_entry_batch_is_not_a_boolean() throws Exception {
    project(2, "batch: 3", "");

    int code = cli.run("benchmark", "--quiet", "--batch");

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).contains("trainloop.config.yaml:", "batch", "true or false");
    assertThat(vendor.calls).isEmpty();
  }
}
