package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.stats.Interval;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ByTagJsonTest {

  private static ModelSummary model(Map<String, TagSummary> byTag) {
    return new ModelSummary(
            "big",
            "p",
            "big",
            ModelState.OK,
            null,
            3,
            1,
            0,
            0.25,
            new ModelSummary.Score(0.8, 0.5, 1.0, 2.4, null, null),
            Map.of(),
            new ModelSummary.Tokens(null, null, null, null),
            null,
            new ModelSummary.Latency(null, null, null, null, null),
            new ModelSummary.Retries(4, 0),
            null)
        .withByTag(byTag);
  }

  @Test
  void should_write_by_tag_and_read_it_back() {
    TagSummary weather =
        new TagSummary(
            2,
            1,
            new ModelSummary.Score(0.75, 0.5, 1.0, 0, null, new Interval(0.5, 1.0)),
            Map.of("a", new ModelSummary.MetricStats(1.0, 1.0, 2, 0, 1, null, null, null)),
            new BigDecimal("0.003"),
            100L,
            300L);

    ObjectNode json = ModelJson.of(model(Map.of("weather", weather)), true);
    ModelSummary back = ModelJsonReader.read(json, "models[0]");

    assertThat(json.at("/by_tag/weather/score/ci95/0").asDouble()).isEqualTo(0.5);
    assertThat(json.at("/by_tag/weather/cost_usd").decimalValue()).isEqualByComparingTo("0.003");
    TagSummary read = back.byTag().get("weather");
    assertThat(read.samples()).isEqualTo(2);
    assertThat(read.errors()).isEqualTo(1);
    assertThat(read.score().mean()).isEqualTo(0.75);
    assertThat(read.score().ci95()).isEqualTo(new Interval(0.5, 1.0));
    assertThat(read.metrics().get("a").errors()).isEqualTo(1);
    assertThat(read.costUsd()).isEqualByComparingTo("0.003");
    assertThat(read.latencyP95()).isEqualTo(300L);
  }

  @Test
  void should_read_an_old_report_without_by_tag_as_no_tags() {
    ObjectNode json = ModelJson.of(model(Map.of()), true);

    assertThat(json.has("by_tag")).isFalse();
    assertThat(ModelJsonReader.read(json, "models[0]").byTag()).isEmpty();
  }
}
