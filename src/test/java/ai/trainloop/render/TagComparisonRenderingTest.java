package ai.trainloop.render;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.compare.BaselineComparator;
import ai.trainloop.compare.Comparison;
import ai.trainloop.compare.ReportFixture;
import ai.trainloop.config.CompareConfig;
import ai.trainloop.testing.Golden;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code tag:<tag>} rows of "Changes vs baseline", in the table and in report.json. */
class TagComparisonRenderingTest {

  @Test
  void should_render_tag_rows_under_the_model_starring_a_regression_that_does_not_gate() {
    StringWriter out = new StringWriter();

    ComparisonRenderer.render(comparison(List.of("score")), out, TextTable.Style.ASCII);

    Golden.assertMatches("ai/trainloop/report/compare/changes-by-tag-ascii.txt", out.toString());
  }

  @Test
  void should_write_tag_rows_with_kind_tag_and_gating_as_fail_on_says() {
    JsonNode scoreOnly = rows(ComparisonJson.toJson(comparison(List.of("score"))));
    JsonNode withTags = rows(ComparisonJson.toJson(comparison(List.of("score", "tag_score"))));

    JsonNode untagged = row(scoreOnly, "tag:(untagged)");
    assertThat(untagged.get("kind").asText()).isEqualTo("tag_score");
    assertThat(untagged.get("tag").asText()).isEmpty();
    assertThat(row(scoreOnly, "tag:alpha").get("tag").asText()).isEqualTo("alpha");
    assertThat(row(scoreOnly, "tag:alpha").get("gating").asBoolean()).isFalse();
    assertThat(row(withTags, "tag:alpha").get("gating").asBoolean()).isTrue();
    assertThat(row(scoreOnly, "Avg").has("tag")).isFalse();
  }

  /** alpha drops from 20 of 20 to 5 of 20; the untagged samples rise from 5 of 20 to 20 of 20. */
  private static Comparison comparison(List<String> failOn) {
    ReportFixture before = ReportFixture.run("2026-01-01_02-00-00");
    ReportFixture now = ReportFixture.run("2026-01-02_02-00-00");
    before.tag("alpha");
    now.tag("alpha");
    for (int i = 0; i < 20; i++) {
      before.pass("a" + i, "openai/gpt-4o", true);
      now.pass("a" + i, "openai/gpt-4o", i < 5);
    }
    before.tag("");
    now.tag("");
    for (int i = 0; i < 20; i++) {
      before.pass("u" + i, "openai/gpt-4o", i < 5);
      now.pass("u" + i, "openai/gpt-4o", true);
    }
    return new BaselineComparator(new CompareConfig(0.05, 0.02, failOn, 0.2, 0.2))
        .compare(now.report(), before.report());
  }

  private static JsonNode rows(JsonNode json) {
    return json.get("models").get(0).get("rows");
  }

  private static JsonNode row(JsonNode rows, String name) {
    for (JsonNode r : rows) {
      if (r.get("metric").asText().equals(name)) {
        return r;
      }
    }
    throw new AssertionError("no row " + name);
  }
}
