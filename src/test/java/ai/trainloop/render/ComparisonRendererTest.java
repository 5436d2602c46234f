package ai.trainloop.render;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.compare.BaselineComparator;
import ai.trainloop.compare.Comparison;
import ai.trainloop.compare.ReportFixture;
import ai.trainloop.config.CompareConfig;
import ai.trainloop.testing.Golden;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ComparisonRendererTest {

  @Test
  void should_render_changes_vs_baseline_as_ascii_table_with_footer() {
    StringWriter out = new StringWriter();

    ComparisonRenderer.render(sampleComparison(), out, TextTable.Style.ASCII);

    Golden.assertMatches(
        "ai/trainloop/report/compare/changes-vs-baseline-ascii.txt", out.toString());
  }

  @Test
  void should_render_changes_vs_baseline_with_box_drawing() {
    StringWriter out = new StringWriter();

    ComparisonRenderer.render(sampleComparison(), out, TextTable.Style.BOX);

    Golden.assertMatches("ai/trainloop/report/compare/changes-vs-baseline-box.txt", out.toString());
  }

  @Test
  void should_write_the_baseline_field_of_report_json() {
    // when
    ObjectNode json = ComparisonJson.toJson(sampleComparison());

    // then
    assertThat(json.get("regressed").asBoolean()).isTrue();
    assertThat(json.get("run_id").asText()).isEqualTo("2026-01-01_02-00-00");
    assertThat(json.get("fail_on")).hasSize(1);
    assertThat(json.get("models_only_in_baseline").get(0).asText()).isEqualTo("anthropic/claude");
    assertThat(json.get("models_only_in_current").get(0).asText()).isEqualTo("google/gemini");
    assertThat(json.get("samples_only_in_baseline")).hasSize(1);
    JsonNode avg = json.get("models").get(0).get("rows").get(0);
    assertThat(avg.get("metric").asText()).isEqualTo("Avg");
    assertThat(avg.get("kind").asText()).isEqualTo("score");
    assertThat(avg.get("verdict").asText()).isEqualTo("regressed");
    assertThat(avg.get("ci95")).hasSize(2);
    assertThat(avg.get("p_adjusted").asDouble()).isLessThan(0.05);
    JsonNode lost = json.get("models").get(1);
    assertThat(lost.get("coverage_lost").asBoolean()).isTrue();
    assertThat(lost.get("rows").get(0).get("current").isNull()).isTrue();
    assertThat(json.get("reasons")).hasSize(3);
  }

  /**
   * openai/gpt-4o drops from 90% to 60% on 40 samples, anthropic/claude is gone, google/gemini is
   * new.
   */
  static Comparison sampleComparison() {
    ReportFixture baseline = ReportFixture.run("2026-01-01_02-00-00");
    ReportFixture current = ReportFixture.run("2026-01-02_02-00-00");
    for (int i = 0; i < 40; i++) {
      baseline.pass("s" + i, "openai/gpt-4o", i < 36, 700 + 10 * i, "0.00012");
      if (i == 39) {
        current.error("s" + i, "openai/gpt-4o", "HTTP 503");
      } else {
        current.pass("s" + i, "openai/gpt-4o", i < 24, 720 + 10 * i, "0.00013");
      }
      baseline.pass("s" + i, "anthropic/claude", i % 2 == 0);
      current.pass("s" + i, "google/gemini", true);
    }
    baseline.pass("old-sample", "openai/gpt-4o", true);
    current.pass("new-sample", "openai/gpt-4o", true);
    return new BaselineComparator(CompareConfig.DEFAULT)
        .compare(current.report(), baseline.report());
  }
}
