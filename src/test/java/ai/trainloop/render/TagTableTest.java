package ai.trainloop.render;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.results.ModelState;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.TagSummary;
import ai.trainloop.stats.Interval;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagTableTest {

  private static TagSummary tag(double mean, double lo, double hi) {
    return new TagSummary(
        4,
        0,
        new ModelSummary.Score(mean, lo, hi, mean * 4, null, new Interval(lo, hi)),
        Map.of(),
        null,
        null,
        null);
  }

  private static ModelSummary model(String id, Map<String, TagSummary> byTag) {
    return new ModelSummary(
            id,
            "p",
            id,
            ModelState.OK,
            null,
            8,
            0,
            0,
            0.0,
            new ModelSummary.Score(0.8, 0.5, 1.0, 6.4, null, null),
            Map.of(),
            new ModelSummary.Tokens(null, null, null, null),
            null,
            new ModelSummary.Latency(null, null, null, null, null),
            new ModelSummary.Retries(8, 0),
            null)
        .withByTag(byTag);
  }

  private static String render(List<ModelSummary> models) throws Exception {
    StringWriter out = new StringWriter();
    TagTable.render(models, false, TableOptions.defaults(), out);
    return out.toString();
  }

  @Test
  void should_show_each_models_avg_and_interval_tag_by_tag_when_the_run_has_two_tags()
      throws Exception {
    String text =
        render(
            List.of(
                model("big", Map.of("qa", tag(0.9, 0.8, 1.0), "weather", tag(0.5, 0.3, 0.7))),
                model("small", Map.of("qa", tag(0.7, 0.6, 0.8)))));

    assertThat(text)
        .isEqualTo(
            "\n"
                + "By Tag (Avg, 95% interval):\n"
                + "┌───────┬────────────┬────────────┐\n"
                + "│ Model │ qa         │ weather    │\n"
                + "├───────┼────────────┼────────────┤\n"
                + "│ big   │ 0.90 ±0.10 │ 0.50 ±0.20 │\n"
                + "│ small │ 0.70 ±0.10 │        n/a │\n"
                + "└───────┴────────────┴────────────┘\n");
  }

  @Test
  void should_show_nothing_when_the_run_has_one_tag() throws Exception {
    assertThat(render(List.of(model("big", Map.of("qa", tag(0.9, 0.8, 1.0)))))).isEmpty();
  }

  @Test
  void should_print_an_asymmetric_tag_interval_as_its_bounds_within_zero_and_one()
      throws Exception {
    String text =
        render(
            List.of(
                model("big", Map.of("qa", tag(0.9, 0.8, 1.0), "weather", tag(0.67, 0.0, 1.2)))));

    assertThat(text).contains("│ big   │ 0.90 ±0.10 │ 0.67 [0.00, 1.00] │");
  }
}
