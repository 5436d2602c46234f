package ai.trainloop.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.render.PairwiseRenderer;
import ai.trainloop.render.TextTable;
import ai.trainloop.results.ReportFormatException;
import ai.trainloop.results.ResultsJsonl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairwiseComparatorTest {
  @TempDir Path dir;

  @Test
  void should_find_a_clearly_better_model_and_no_difference_between_equal_ones() {
    // given 100 samples: a and b pass the same 90, c passes 50 of them; c also misses one sample
    // (error)
    ReportFixture run = ReportFixture.run("2026-01-01_00-00-00");
    for (int i = 0; i < 100; i++) {
      run.pass("s" + i, "a", i < 90).pass("s" + i, "b", i < 90);
      if (i == 99) {
        run.error("s" + i, "c", "timeout");
      } else {
        run.pass("s" + i, "c", i < 50);
      }
    }

    // when
    List<PairComparison> pairs = new PairwiseComparator(0.05).compare(run.report().results());

    // then
    assertThat(pairs)
        .extracting(p -> p.modelA() + "-" + p.modelB())
        .containsExactly("a-b", "a-c", "b-c");
    PairComparison ab = pairs.get(0);
    assertThat(ab.significant()).isFalse();
    assertThat(ab.conclusion()).isEqualTo(PairComparison.NO_DIFFERENCE);
    PairComparison ac = pairs.get(1);
    assertThat(ac.result().n()).isEqualTo(99);
    assertThat(ac.result().method()).isEqualTo("McNemar exact");
    assertThat(ac.significant()).isTrue();
    assertThat(ac.conclusion()).isEqualTo("a better by 0.404");
    assertThat(ac.pAdjusted()).isGreaterThanOrEqualTo(ac.result().pValue());
  }

  @Test
  void should_read_results_jsonl_and_render_table_and_json() throws Exception {
    // given a results.jsonl written line by line, with a blank line and a last line cut short
    ObjectMapper mapper = new ObjectMapper();
    ReportFixture run = ReportFixture.run("2026-01-01_00-00-00");
    for (int i = 0; i < 20; i++) {
      run.pass("s" + i, "a", i < 18).pass("s" + i, "b", i < 17);
    }
    StringBuilder lines = new StringBuilder();
    for (JsonNode row : run.tree().get("results")) {
      lines.append(mapper.writeValueAsString(row)).append('\n');
    }
    lines.append("\n{\"sample_id\": \"s20\", \"mod");
    Path file = Files.writeString(dir.resolve("results.jsonl"), lines);

    // when
    List<PairComparison> pairs = new PairwiseComparator(0.05).compare(ResultsJsonl.read(file));
    StringWriter table = new StringWriter();
    PairwiseRenderer.render(pairs, table, TextTable.Style.ASCII);
    JsonNode json = PairwiseRenderer.toJson(pairs);

    // then
    assertThat(pairs)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.result().n()).isEqualTo(20);
              assertThat(p.conclusion()).isEqualTo(PairComparison.NO_DIFFERENCE);
            });
    assertThat(table.toString())
        .contains("| a       | b       |      20 | 0.900 | 0.850 |      +0.050 |")
        .contains("no significant difference");
    assertThat(json.get(0).get("model_a").asText()).isEqualTo("a");
    assertThat(json.get(0).get("delta").asDouble())
        .isEqualTo(0.05, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(json.get(0).get("significant").asBoolean()).isFalse();
    assertThat(json.get(0).get("ci95")).hasSize(2);
  }

  @Test
  void should_name_the_line_of_a_bad_results_jsonl_line() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("results.jsonl"), "{\"sample_id\": 1, \"model_id\": \"a\"}\n{}\n");

    assertThatThrownBy(() -> ResultsJsonl.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("line 1.sample_id: expected a string");
  }

  @Test
  void should_say_not_compared_when_two_models_share_no_sample() {
    ReportFixture run = ReportFixture.run("r").pass("s1", "a", true).pass("s2", "b", true);

    List<PairComparison> pairs = new PairwiseComparator(0.05).compare(run.report().results());

    assertThat(pairs.get(0).conclusion()).isEqualTo("not compared: no sample answered by both");
    assertThat(PairwiseRenderer.toJson(pairs).get(0).get("p_value").isNull()).isTrue();
  }
}
