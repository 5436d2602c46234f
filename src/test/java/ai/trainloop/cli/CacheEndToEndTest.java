package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The response cache through the command, against the local stub: an identical rerun with the cache
 * sends nothing, its rows are marked, cost nothing and are left out of the latency figures.
 */
class CacheEndToEndTest {
  @TempDir Path dir;

  private final AtomicBoolean failing = new AtomicBoolean(false);

  private final StubProvider.Script script =
      call -> {
        int i = StubbedProject.index(call);
        if (failing.get() && i == 3) {
          return new StubProvider.Fault(400, Map.of(), "{\"error\": {\"message\": \"bad\"}}");
        }
        return new StubProvider.Text(i % 2 == 0 ? "yes" : "no", 100, 10);
      };

  private StubbedProject project(String benchmarkExtra) throws Exception {
    StubbedProject p = new StubbedProject(dir, script);
    p.config(5, List.of(StubbedProject.entry("openai", "gpt-4o", "")), benchmarkExtra);
    return p;
  }

  @Test
  void should_send_nothing_on_an_identical_rerun_and_mark_the_cached_rows() throws Exception {
    try (StubbedProject p = project("cache: true")) {
      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();
      int first = p.stub.requests.get();
      assertThat(first).isEqualTo(5);

      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();

      assertThat(p.stub.requests.get()).isEqualTo(first);
      assertThat(p.cli.out)
          .contains(
              "* openai/gpt-4o: 5 replies came from the response cache: left out of the latency"
                  + " figures, $0 in Total Cost (they saved $");
      List<JsonNode> rows = rows(latestRun());
      assertThat(rows).hasSize(5);
      for (JsonNode row : rows) {
        assertThat(row.path("cached").asBoolean()).as(row.toString()).isTrue();
        assertThat(row.path("cost_usd").decimalValue()).isZero();
        assertThat(row.path("saved_usd").decimalValue()).isPositive();
        assertThat(row.path("latency_ms").isNull()).isTrue();
      }
      JsonNode model = StubbedProject.model(report(latestRun()), "openai/gpt-4o");
      assertThat(model.path("cost").path("total_usd").decimalValue()).isZero();
      assertThat(model.path("latency").path("p50").isNumber()).as(model.toString()).isFalse();
      assertThat(model.path("mean_score").asDouble())
          .isEqualTo(
              StubbedProject.model(report(firstRun()), "openai/gpt-4o")
                  .path("mean_score")
                  .asDouble());
    }
  }

  @Test
  void should_not_charge_the_budget_for_cached_replies_so_a_spent_budget_still_finishes_the_rerun()
      throws Exception {
    try (StubbedProject p = project("cache: true")) {
      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();
      int first = p.stub.requests.get();
      JsonNode paid = StubbedProject.model(report(latestRun()), "openai/gpt-4o");
      assertThat(paid.path("cost").path("total_usd").decimalValue()).isPositive();

      // a budget far below one call: only replies that cost nothing can be admitted
      int code = p.cli.run("benchmark", "--quiet", "--max-cost", "0.0000001");

      assertThat(code).as(p.cli.err).isZero();
      assertThat(p.stub.requests.get()).isEqualTo(first);
      JsonNode rerun = report(latestRun());
      assertThat(rerun.path("complete").asBoolean()).as(rerun.toString()).isTrue();
      JsonNode model = StubbedProject.model(rerun, "openai/gpt-4o");
      assertThat(model.path("samples").asInt()).isEqualTo(5);
      assertThat(model.path("cost").path("total_usd").decimalValue()).isZero();
      assertThat(model.path("saved_usd").decimalValue())
          .isEqualByComparingTo(paid.path("cost").path("total_usd").decimalValue());
    }
  }

  @Test
  void should_send_again_with_no_cache_and_never_cache_an_error() throws Exception {
    try (StubbedProject p = project("cache: true")) {
      failing.set(true);
      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();
      failing.set(false);
      int before = p.stub.requests.get();

      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();
      assertThat(p.stub.requests.get() - before)
          .as("only the failed call is sent again")
          .isEqualTo(1);

      assertThat(p.cli.run("benchmark", "--quiet", "--no-cache")).as(p.cli.err).isZero();
      assertThat(p.stub.requests.get() - before).isEqualTo(6);
    }
  }

  @Test
  void should_refuse_a_bad_cache_ttl_naming_file_line_and_key() throws Exception {
    try (StubbedProject p = project("cache_ttl: 2 weeks")) {
      assertThat(p.cli.run("benchmark", "--quiet")).isEqualTo(ExitCodes.USAGE);
      assertThat(p.cli.err).contains("trainloop.config.yaml", "benchmark.cache_ttl", "14d");
      assertThat(p.stub.requests.get()).isZero();
    }
  }

  @Test
  void should_show_stats_and_clear_only_expired_entries_then_all() throws Exception {
    try (StubbedProject p = project("cache: true")) {
      assertThat(p.cli.run("benchmark", "--quiet")).as(p.cli.err).isZero();
      Path folder = dir.resolve("data/.cache/responses");
      List<Path> entries;
      try (var s = Files.list(folder)) {
        entries = s.sorted().toList();
      }
      assertThat(entries).hasSize(5);
      // one entry stored long ago, one corrupt
      String old = Files.readString(entries.get(0));
      Files.writeString(
          entries.get(0),
          old.replaceFirst("\"stored_at\":\"[^\"]+\"", "\"stored_at\":\"2000-01-01T00:00:00Z\""));
      Files.writeString(entries.get(1), "{not json");

      assertThat(p.cli.run("cache", "stats")).as(p.cli.err).isZero();
      assertThat(p.cli.out)
          .contains(
              "entries:    4",
              "expired:    1",
              "unreadable: 1",
              "oldest:     2000-01-01T00:00:00Z");

      assertThat(p.cli.run("cache", "clear", "--expired")).as(p.cli.err).isZero();
      assertThat(p.cli.out).contains("deleted 2 expired cached replies");
      assertThat(p.cli.run("cache", "clear")).as(p.cli.err).isZero();
      assertThat(p.cli.out).contains("deleted 3 cached replies");
      assertThat(p.cli.run("cache", "stats")).isZero();
      assertThat(p.cli.out).contains("entries:    0");
    }
  }

  private Path firstRun() throws Exception {
    return runs().get(0);
  }

  private Path latestRun() throws Exception {
    List<Path> runs = runs();
    return runs.get(runs.size() - 1);
  }

  private List<Path> runs() throws Exception {
    try (var s = Files.list(dir.resolve("data/benchmarks"))) {
      return s.sorted().toList();
    }
  }

  private static JsonNode report(Path run) throws Exception {
    return StubbedProject.JSON.readTree(run.resolve("report.json").toFile());
  }

  private static List<JsonNode> rows(Path run) throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(run.resolve("results.jsonl"))) {
      rows.add(StubbedProject.JSON.readTree(line));
    }
    return rows;
  }
}
