package ai.trainloop.cli;

import static ai.trainloop.cli.StubbedProject.entry;
import static ai.trainloop.cli.StubbedProject.index;
import static ai.trainloop.cli.StubbedProject.model;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.http.RetryAfter;
import ai.trainloop.provider.stub.StubFaults;
import ai.trainloop.provider.stub.StubProvider;
import ai.trainloop.provider.stub.StubProvider.Call;
import ai.trainloop.provider.stub.StubProvider.Exchange;
import ai.trainloop.provider.stub.StubProvider.Fault;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same 16 prompts × 2 models run once against a clean stub and once against one that throttles,
 * fails, drops connections and never answers: the faulty run must end with the very same scores,
 * tokens and costs, every pair accounted for, and no retry sent sooner than the server asked.
 */
class FaultInjectionEndToEndTest {
  private static final int SAMPLES = 16;
  private static final List<String> MODELS =
      List.of("openai/gpt-4o-mini", "anthropic/claude-3-5-haiku");
  private static final String BENCHMARK =
      """
      max_concurrent_requests: 4
      max_response_time: 1.0
      retry: {max_attempts: 4, max_wait: 2}
      """;

  @TempDir Path cleanDir;
  @TempDir Path faultyDir;

  /**
   * gpt-4o-mini says "yes" to even prompts, claude to prompts divisible by 3; 20+i tokens in, 4+i%5
   * out.
   */
  private static StubProvider.Reply clean(Call call) {
    int i = index(call);
    boolean yes = call.format().equals("openai") ? i % 2 == 0 : i % 3 == 0;
    return new StubProvider.Text(yes ? "yes" : "no", 20 + i, 4 + i % 5);
  }

  /** One kind of fault per prompt q0..q7, on the first attempts; q8..q15 are clean. */
  private static StubProvider.Reply faulty(Call call) {
    String f = call.format();
    int a = call.attempt();
    return switch (index(call)) {
      case 0 -> a == 1 ? StubFaults.rateLimited(f, 1) : clean(call);
      case 1 -> a == 1 ? StubFaults.rateLimitedMillis(f, 400) : clean(call);
      case 2 -> a <= 2 ? StubFaults.serverError(f) : clean(call);
      case 3 -> a == 1 ? StubFaults.overloaded(f) : clean(call);
      case 4 -> a == 1 ? StubFaults.error(f, 503, "Service Unavailable", Map.of()) : clean(call);
      case 5 -> a == 1 ? new StubProvider.Drop() : clean(call);
      case 6 -> a == 1 ? new StubProvider.Stall() : clean(call);
      case 7 ->
          a == 1
              ? StubFaults.rateLimitedMillis(f, 300)
              : a == 2 ? new StubProvider.Drop() : clean(call);
      default -> clean(call);
    };
  }

  private static List<String> entries() {
    return List.of(entry("openai", "gpt-4o-mini", ""), entry("anthropic", "claude-3-5-haiku", ""));
  }

  @Test
  void should_end_with_the_figures_of_a_clean_run_despite_throttling_errors_drops_and_hangs()
      throws Exception {
    JsonNode cleanReport;
    try (StubbedProject clean = new StubbedProject(cleanDir, FaultInjectionEndToEndTest::clean)) {
      assertThat(clean.config(SAMPLES, entries(), BENCHMARK).cli.run("benchmark", "--quiet"))
          .as(clean.cli.err)
          .isZero();
      cleanReport = clean.report();
    }

    try (StubbedProject faulty =
        new StubbedProject(faultyDir, FaultInjectionEndToEndTest::faulty)) {
      int code = faulty.config(SAMPLES, entries(), BENCHMARK).cli.run("benchmark", "--quiet");

      assertThat(code).as(faulty.cli.err).isZero();
      JsonNode report = faulty.report();
      assertThat(report.path("complete").asBoolean()).isTrue();
      for (String id : MODELS) {
        assertThat(figures(model(report, id))).as(id).isEqualTo(figures(model(cleanReport, id)));
        assertThat(model(report, id).path("errors").asLong()).as(id).isZero();
      }
      assertThat(scoresBySample(report.path("results")))
          .isEqualTo(scoresBySample(cleanReport.path("results")));

      List<JsonNode> rows = faulty.resultsJsonl();
      assertThat(rows).hasSize(SAMPLES * MODELS.size());
      assertThat(
              rows.stream()
                  .map(r -> r.path("model_id").asText() + "|" + r.path("sample_id").asText())
                  .distinct())
          .hasSize(SAMPLES * MODELS.size());

      assertEveryFaultWasServed(faulty.stub.exchanges());
      assertNoRetryCameSoonerThanAsked(faulty.stub.exchanges());
      Map<String, String> prompts = faulty.prompts();
      Map<String, Long> requests =
          faulty.stub.exchanges().stream()
              .collect(
                  Collectors.groupingBy(
                      e -> e.call().model() + "|" + e.call().prompt(), Collectors.counting()));
      for (JsonNode row : rows) {
        String prompt = prompts.get(row.path("sample_id").asText());
        String model = row.path("model_id").asText().replaceAll(".*/", "");
        assertThat(row.path("attempts").asLong())
            .as("attempts of " + model + " " + prompt)
            .isEqualTo(requests.get(model + "|" + prompt));
        if (prompt.equals("q0")) {
          assertThat(row.path("wait_ms").asLong())
              .as("waited what Retry-After: 1 asked")
              .isGreaterThanOrEqualTo(1000);
        }
      }
    }
  }

  /**
   * The figures that must not depend on how the calls went: counts, scores, metrics, tokens and
   * cost.
   */
  private static Map<String, JsonNode> figures(JsonNode model) {
    Map<String, JsonNode> f = new LinkedHashMap<>();
    for (String field :
        List.of(
            "status", "samples", "errors", "error_rate", "score", "metrics", "tokens", "cost")) {
      f.put(field, model.path(field));
    }
    return f;
  }

  private static Map<String, String> scoresBySample(JsonNode results) {
    Map<String, String> scores = new TreeMap<>();
    results.forEach(
        r ->
            scores.put(
                r.path("model_id").asText() + "|" + r.path("sample_id").asText(),
                r.path("score").asText()
                    + " "
                    + r.path("input_tokens").asText()
                    + " "
                    + r.path("output_tokens").asText()
                    + " "
                    + r.path("cost_usd").asText()));
    return scores;
  }

  private static void assertEveryFaultWasServed(List<Exchange> exchanges) {
    Map<String, List<String>> served = new TreeMap<>();
    for (Exchange e : exchanges) {
      if (!(e.reply() instanceof StubProvider.Text)) {
        served
            .computeIfAbsent(e.call().format(), k -> new ArrayList<>())
            .add(
                e.call().prompt()
                    + ":"
                    + e.reply().getClass().getSimpleName()
                    + (e.reply() instanceof Fault fault ? fault.status() : ""));
      }
    }
    assertThat(served.get("openai"))
        .containsExactlyInAnyOrder(
            "q0:Fault429",
            "q1:Fault429",
            "q2:Fault500",
            "q2:Fault500",
            "q3:Fault503",
            "q4:Fault503",
            "q5:Drop",
            "q6:Stall",
            "q7:Fault429",
            "q7:Drop");
    assertThat(served.get("anthropic"))
        .containsExactlyInAnyOrder(
            "q0:Fault429",
            "q1:Fault429",
            "q2:Fault500",
            "q2:Fault500",
            "q3:Fault529",
            "q4:Fault503",
            "q5:Drop",
            "q6:Stall",
            "q7:Fault429",
            "q7:Drop");
  }

  /**
   * For every reply that asked for a wait, the next attempt at that prompt arrived at least that
   * much later.
   */
  private static void assertNoRetryCameSoonerThanAsked(List<Exchange> exchanges) {
    Map<String, List<Exchange>> byCall =
        exchanges.stream()
            .collect(
                Collectors.groupingBy(
                    e -> e.call().format() + "|" + e.call().model() + "|" + e.call().prompt()));
    int checked = 0;
    for (List<Exchange> attempts : byCall.values()) {
      attempts.sort(Comparator.comparingInt(e -> e.call().attempt()));
      for (int i = 0; i + 1 < attempts.size(); i++) {
        if (attempts.get(i).reply() instanceof Fault fault) {
          Duration asked = RetryAfter.fromHeaders(Headers.of(fault.headers()), Clock.systemUTC());
          if (asked != null) {
            long gap = attempts.get(i + 1).arrivedNanos() - attempts.get(i).arrivedNanos();
            assertThat(Duration.ofNanos(gap))
                .as(attempts.get(i).call() + " retried too early")
                .isGreaterThanOrEqualTo(asked);
            checked++;
          }
        }
      }
    }
    assertThat(checked).as("429s answered with a wait: q0, q1, q7 for two models").isEqualTo(6);
  }
}
