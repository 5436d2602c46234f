package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --repeat N} through the command, against the local stub on loopback. */
class RepeatEndToEndTest {
  @TempDir Path dir;

  private final Map<Integer, AtomicInteger> calls = new ConcurrentHashMap<>();

  /** Prompt q1 answers yes, no, yes, ... on its successive calls; every other prompt says yes. */
  private final StubProvider.Script script =
      call -> {
        int i = StubbedProject.index(call);
        int n = calls.computeIfAbsent(i, k -> new AtomicInteger()).getAndIncrement();
        return new StubProvider.Text(i == 1 && n % 2 == 1 ? "no" : "yes", 100, 10);
      };

  private StubbedProject project() throws Exception {
    StubbedProject p = new StubbedProject(dir, script);
    p.config(4, List.of(StubbedProject.entry("openai", "gpt-4o", "")), "");
    return p;
  }

  @Test
  void should_call_each_pair_three_times_and_report_the_sample_whose_replies_differ_as_flaky()
      throws Exception {
    try (StubbedProject p = project()) {
      int code = p.cli.run("benchmark", "--quiet", "--repeat", "3");

      assertThat(code).as(p.cli.err).isZero();
      assertThat(p.cli.out)
          .contains(
              "* openai/gpt-4o: each sample counts once, its repeats reduced to one score;"
                  + " 1 sample scored differently between repeats (consistency 75%).");
      assertThat(p.stub.requests.get()).isEqualTo(12);
      List<JsonNode> rows = p.resultsJsonl();
      assertThat(rows).hasSize(12);
      Set<String> seen = new HashSet<>();
      rows.forEach(r -> seen.add(r.path("sample_id").asText() + "#" + r.path("repeat").asInt()));
      assertThat(seen).hasSize(12); // each sample with repeats 0, 1 and 2
      assertThat(rows).allMatch(r -> r.has("repeat"));
      String q1 =
          p.prompts().entrySet().stream()
              .filter(e -> e.getValue().equals("q1"))
              .findFirst()
              .orElseThrow()
              .getKey();
      JsonNode report = p.report();
      assertThat(report.path("repeats").asInt()).isEqualTo(3);
      assertThat(report.path("config").path("repeat_reducer").asText()).isEqualTo("mean");
      JsonNode m = StubbedProject.model(report, "openai/gpt-4o");
      assertThat(m.path("samples").asInt()).isEqualTo(4); // each sample once, not 12
      assertThat(m.path("flaky_samples").toString()).isEqualTo("[\"" + q1 + "\"]");
      assertThat(m.path("consistency").asDouble()).isEqualTo(0.75);
      // q1's says_yes is 2/3 under mean: (1 + 1 + 1 + 2/3) / 4
      assertThat(m.path("metrics").path("says_yes").path("score").asDouble())
          .isCloseTo((3 + 2.0 / 3) / 4, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void should_resume_a_repeated_run_cut_mid_line_sending_only_the_missing_repeats()
      throws Exception {
    try (StubbedProject p = project()) {
      assertThat(p.cli.run("benchmark", "--quiet", "--repeat", "2")).as(p.cli.err).isZero();
      Path run = p.cli.onlyRun();
      List<String> lines = Files.readAllLines(run.resolve("results.jsonl"));
      assertThat(lines).hasSize(8);
      String torn = String.join("\n", lines.subList(0, 5)) + "\n" + lines.get(5).substring(0, 30);
      Files.writeString(run.resolve("results.jsonl"), torn);
      Files.delete(run.resolve("report.json"));
      int before = p.stub.requests.get();

      int code = p.cli.run("benchmark", "--quiet", "--resume", "latest");

      assertThat(code).as(p.cli.err).isZero();
      assertThat(p.stub.requests.get() - before).isEqualTo(3);
      assertThat(p.cli.err).contains("5 results kept, sending 3");
      Set<String> seen = new HashSet<>();
      p.resultsJsonl()
          .forEach(r -> seen.add(r.path("sample_id").asText() + "#" + r.path("repeat").asInt()));
      assertThat(seen).hasSize(8);
      assertThat(p.resultsJsonl()).hasSize(8);
      assertThat(p.report().path("models").path(0).path("samples").asInt()).isEqualTo(4);
    }
  }

  @Test
  void should_refuse_repeat_zero_with_exit_2_naming_the_flag_before_any_call() throws Exception {
    try (StubbedProject p = project()) {
      int code = p.cli.run("benchmark", "--quiet", "--repeat", "0");

      assertThat(code).isEqualTo(2);
      assertThat(p.cli.err).contains("--repeat");
      assertThat(p.stub.requests.get()).isZero();
    }
  }
}
