package ai.trainloop.results;

import ai.trainloop.aggregate.RunAggregator;
import ai.trainloop.cost.Price;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small fixed run for golden files: five models — one clean, one with 15% errors and tiny costs,
 * the recorded replies (no cost, no latency), one whose key was rejected, one skipped for a missing
 * key.
 */
public final class SampleRun {
  static final ModelRef GPT = new ModelRef("openai/gpt-4o", "openai", "gpt-4o");
  static final ModelRef MINI = new ModelRef("openai/gpt-4o-mini", "openai", "gpt-4o-mini");
  static final ModelRef RECORDED = new ModelRef("recorded", "recorded", "recorded");
  static final ModelRef GEMINI =
      new ModelRef("google/gemini-2.0-flash", "google", "gemini-2.0-flash");
  public static final ModelRef HAIKU =
      new ModelRef("anthropic/claude-3-haiku", "anthropic", "claude-3-haiku");
  static final List<ModelRef> MODELS = List.of(GPT, MINI, RECORDED, GEMINI, HAIKU);
  static final Price GPT_PRICE =
      new Price(
          new BigDecimal("2.5"),
          new BigDecimal("10"),
          new BigDecimal("1.25"),
          null,
          "bundled price table (as of 2026-11-01)");

  private SampleRun() {}

  /** The rows, in a fixed order. */
  static List<ResultRow> rows() {
    List<ResultRow> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String id = String.format("s%02d", i);
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("has_greeting_word", i % 5 == 0 ? 0.0 : 1.0);
      m.put("is_short", i % 4 == 0 ? 0.5 : 1.0);
      rows.add(TestRows.ok(id, GPT.id(), m, 600 + 40L * i, 25, 12, "0.0001825"));
      if (i >= 17) {
        rows.add(TestRows.failed(id, MINI.id(), 3, 2000));
      } else {
        Map<String, Double> mm = new LinkedHashMap<>();
        mm.put("has_greeting_word", i % 3 == 0 ? 0.0 : 1.0);
        mm.put("is_short", 1.0);
        rows.add(TestRows.ok(id, MINI.id(), mm, 300 + 10L * i, 25, 12, "0.0000105"));
      }
      Map<String, Double> rm = new LinkedHashMap<>();
      rm.put("has_greeting_word", i % 2 == 0 ? 1.0 : 0.0);
      rm.put("is_short", 1.0);
      rows.add(
          ResultRow.builder()
              .sampleId(id)
              .tag("greeting-generation")
              .modelId(RECORDED.id())
              .score((rm.get("has_greeting_word") + 1.0) / 2)
              .metrics(rm)
              .attempts(1)
              .waitMs(0)
              .response("Hi " + id)
              .build());
      rows.add(TestRows.failed(id, GEMINI.id(), 1, 0));
    }
    return rows;
  }

  public static Map<String, ModelStatus> statuses() {
    return Map.of(
        GPT.id(), ModelStatus.ok(Duration.ofSeconds(8), GPT_PRICE),
        MINI.id(), ModelStatus.ok(Duration.ofMillis(6400), null),
        RECORDED.id(), ModelStatus.ok(null, null),
        GEMINI.id(),
            new ModelStatus(
                ModelState.FAILED, "key rejected (HTTP 401)", Duration.ofSeconds(1), null),
        HAIKU.id(), ModelStatus.skipped("set ANTHROPIC_API_KEY"));
  }

  public static List<ModelSummary> summaries() {
    RunAggregator aggregator = new RunAggregator(MODELS);
    rows().forEach(aggregator::add);
    return aggregator.summaries(statuses());
  }
}
