package ai.trainloop.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.TagSummary;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagBreakdownTest {
  private static final String M = "openai/gpt-4o";

  private static ResultRow ok(String id, String tag, double a, Double b, long ms, String usd) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    metrics.put("a", a);
    if (b == null) {
      errors.put("b", "not measurable: x");
    } else {
      metrics.put("b", b);
    }
    double score = b == null ? a : (a + b) / 2;
    return ResultRow.builder()
        .sampleId(id)
        .tag(tag)
        .modelId(M)
        .score(score)
        .metrics(metrics)
        .metricErrors(errors)
        .latencyMs(ms)
        .costUsd(new BigDecimal(usd))
        .attempts(1)
        .build();
  }

  private static ResultRow failed(String id, String tag) {
    return ResultRow.builder()
        .sampleId(id)
        .tag(tag)
        .modelId(M)
        .error("HTTP 500")
        .attempts(3)
        .build();
  }

  @Test
  void should_compute_each_tags_figures_by_the_overall_rules_when_one_tag_has_an_error() {
    TagBreakdown b = new TagBreakdown(null);
    // weather: scores (1+0)/2 = 0.5 and 1.0 (b failed, left out: score is a's 1.0); one call failed
    b.add(ok("w1", "weather", 1.0, 0.0, 100, "0.001"));
    b.add(ok("w2", "weather", 1.0, null, 300, "0.002"));
    b.add(failed("w3", "weather"));
    // greeting: 1.0 and 0.5
    b.add(ok("g1", "greeting", 1.0, 1.0, 50, "0.0005"));
    b.add(ok("g2", "greeting", 0.5, 0.5, 70, "0.0005"));

    Map<String, TagSummary> tags = b.compute().get(M);

    assertThat(tags).containsOnlyKeys("greeting", "weather");
    TagSummary w = tags.get("weather");
    assertThat(w.samples()).isEqualTo(2);
    assertThat(w.errors()).isEqualTo(1);
    assertThat(w.score().mean()).isCloseTo(0.75, within(1e-12));
    assertThat(w.score().min()).isEqualTo(0.5);
    assertThat(w.score().max()).isEqualTo(1.0);
    assertThat(w.score().ci95()).isNotNull();
    assertThat(w.score().ci95().lo()).isBetween(0.5, 0.75);
    assertThat(w.score().ci95().hi()).isBetween(0.75, 1.0);
    // metric b: one score (0.0) and one failed evaluation, never a 0 for the failure
    ModelSummary.MetricStats mb = w.metrics().get("b");
    assertThat(mb.samples()).isEqualTo(1);
    assertThat(mb.errors()).isEqualTo(1);
    assertThat(mb.score()).isEqualTo(0.0);
    assertThat(w.metrics().get("a").score()).isEqualTo(1.0);
    assertThat(w.costUsd()).isEqualByComparingTo("0.003");
    assertThat(w.latencyP50()).isEqualTo(100L);
    assertThat(w.latencyP95()).isEqualTo(300L);

    TagSummary g = tags.get("greeting");
    assertThat(g.samples()).isEqualTo(2);
    assertThat(g.errors()).isZero();
    assertThat(g.score().mean()).isCloseTo(0.75, within(1e-12));
    assertThat(g.metrics().get("b").score()).isCloseTo(0.75, within(1e-12));
    assertThat(g.costUsd()).isEqualByComparingTo("0.001");
  }

  @Test
  void should_leave_a_tags_cost_unknown_when_one_of_its_calls_has_no_price() {
    TagBreakdown b = new TagBreakdown(null);
    b.add(ok("w1", "weather", 1.0, 1.0, 100, "0.001"));
    b.add(
        ResultRow.builder()
            .sampleId("w2")
            .tag("weather")
            .modelId(M)
            .score(1.0)
            .attempts(1)
            .build());

    assertThat(b.compute().get(M).get("weather").costUsd()).isNull();
  }
}
