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

  private static String renderAt(List<ModelSummary> models, int width, TextTable.Style style)
      throws Exception {
    StringWriter out = new StringWriter();
    TagTable.render(
        models, false, new TableOptions(style, java.util.Set.of(), 0).fittedTo(width), out);
    return out.toString();
  }

  private static List<ModelSummary> twelveTags(String... ids) {
    Map<String, TagSummary> byTag = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      byTag.put(String.format("tag-%02d-support", i), tag(0.5 + i / 100.0, 0.4, 0.6 + i / 50.0));
    }
    return java.util.Arrays.stream(ids).map(id -> model(id, byTag)).toList();
  }

  @Test
  void given_12_tags_at_width_100_when_rendered_then_every_line_fits_and_every_tag_shows_once()
      throws Exception {
    for (TextTable.Style style : TextTable.Style.values()) {
      String text =
          renderAt(twelveTags("openai/gpt-4o-mini", "anthropic/claude-3-haiku"), 100, style);

      assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
      for (int i = 0; i < 12; i++) {
        String tag = String.format("tag-%02d-support", i);
        assertThat(text.split(java.util.regex.Pattern.quote(" " + tag + " "), -1))
            .as(tag + " in\n" + text)
            .hasSize(2);
      }
      // several tables, each with the Model column and both models, titled by the tags they hold
      long tables = text.lines().filter(l -> l.startsWith("By Tag")).count();
      assertThat(tables).isGreaterThan(1);
      assertThat(text.lines().filter(l -> l.contains(" Model ")).count()).isEqualTo(tables);
      assertThat(text.lines().filter(l -> l.contains(" openai/gpt-4o-mini ")).count())
          .isEqualTo(tables);
      assertThat(text).contains("By Tag (Avg, 95% interval), tags 1-").contains(" of 12:");
    }
  }

  @Test
  void given_model_ids_wider_than_the_terminal_when_rendered_then_ids_are_shortened_not_overflowed()
      throws Exception {
    String id = "openrouter/" + "very-long-model-name-".repeat(6) + "end";

    String text = renderAt(twelveTags(id), 60, TextTable.Style.BOX);

    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
    assertThat(text).contains("…").contains("tag-11-support");
  }

  @Test
  void given_no_width_limit_when_rendered_then_all_tags_stay_in_one_table() throws Exception {
    String text = renderAt(twelveTags("big"), 0, TextTable.Style.BOX);

    assertThat(text.lines().filter(l -> l.startsWith("By Tag")))
        .containsExactly("By Tag (Avg, 95% interval):");
  }
}
