package ai.trainloop.compare;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.render.HistoryJson;
import ai.trainloop.render.HistoryRenderer;
import ai.trainloop.render.TextTable;
import ai.trainloop.testing.Golden;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryBuilderTest {
  @TempDir Path data;

  @BeforeEach
  void three_runs_and_one_unreadable_report() throws Exception {
    // run 1: a passes 90 of 100 "qa" samples, b 50; run 2: a drops to 60, b 52; run 3: a 62, b 52,
    // plus 10 "chat"
    run("2026-01-01_09-00-00", 90, 50, false);
    run("2026-01-02_09-00-00", 60, 52, false);
    run("2026-01-03_09-00-00", 62, 52, true);
    Path bad = data.resolve("benchmarks/2026-01-02_12-00-00/report.json");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, "{\"schema_version\": 2, \"models\": [], \"results\": []}");
  }

  @Test
  void should_list_runs_oldest_first_with_avg_interval_cost_latency_and_significant_arrows() {
    // when
    History history = new HistoryBuilder(0.05).read(data, HistoryQuery.all());

    // then
    assertThat(history.runs())
        .extracting(History.Run::runId)
        .containsExactly("2026-01-01_09-00-00", "2026-01-02_09-00-00", "2026-01-03_09-00-00");
    History.Point first = history.runs().get(0).models().get(0);
    assertThat(first.modelId()).isEqualTo("a");
    assertThat(first.samples()).isEqualTo(100);
    assertThat(first.mean()).isEqualTo(0.9);
    assertThat(first.ci95().contains(0.9)).isTrue();
    assertThat(first.costUsd()).isEqualByComparingTo(new BigDecimal("0.0100"));
    assertThat(first.costPerSample()).isEqualByComparingTo(new BigDecimal("0.0001"));
    assertThat(first.latencyP95Ms()).as("nearest-rank p95 of 800..899").isEqualTo(894.0);
    assertThat(first.change()).isNull();
    History.Point aDropped = history.runs().get(1).models().get(0);
    assertThat(aDropped.change().significant()).isTrue();
    assertThat(aDropped.change().direction()).isEqualTo("down");
    assertThat(aDropped.change().paired()).isEqualTo(100);
    History.Point bSteady = history.runs().get(1).models().get(1);
    assertThat(bSteady.change().significant()).isFalse();
    assertThat(bSteady.change().direction()).isNull();
    assertThat(history.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.file())
                  .endsWith(
                      "2026-01-02_12-00-00/report.json".replace('/', java.io.File.separatorChar));
              assertThat(s.reason()).contains("newer trainloop");
            });
  }

  @Test
  void should_filter_by_tag_models_and_last_n() {
    History byTag = new HistoryBuilder(0.05).read(data, new HistoryQuery("chat", List.of(), null));
    History byModel = new HistoryBuilder(0.05).read(data, new HistoryQuery(null, List.of("b"), 2));

    assertThat(byTag.runs())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.runId()).isEqualTo("2026-01-03_09-00-00");
              assertThat(r.models().get(0).samples()).isEqualTo(10);
              assertThat(r.models().get(0).change()).isNull();
            });
    assertThat(byModel.runs())
        .extracting(History.Run::runId)
        .containsExactly("2026-01-02_09-00-00", "2026-01-03_09-00-00");
    assertThat(byModel.runs())
        .allSatisfy(
            r -> assertThat(r.models()).extracting(History.Point::modelId).containsExactly("b"));
    assertThat(byModel.runs().get(0).models().get(0).change().previousRunId())
        .isEqualTo("2026-01-01_09-00-00");
  }

  @Test
  void should_render_history_as_table_with_arrows() {
    History history = new HistoryBuilder(0.05).read(data, new HistoryQuery("qa", List.of(), null));
    StringWriter box = new StringWriter();
    StringWriter ascii = new StringWriter();

    HistoryRenderer.render(history, box, TextTable.Style.BOX);
    HistoryRenderer.render(history, ascii, TextTable.Style.ASCII);

    String skipped = data.resolve("benchmarks/2026-01-02_12-00-00/report.json").toString();
    Golden.assertMatches(
        "ai/trainloop/report/history/history-box.txt", box.toString().replace(skipped, "<file>"));
    Golden.assertMatches(
        "ai/trainloop/report/history/history-ascii.txt",
        ascii.toString().replace(skipped, "<file>"));
  }

  @Test
  void should_render_history_as_json_for_scripts() {
    History history =
        new HistoryBuilder(0.05).read(data, new HistoryQuery(null, List.of("a"), null));

    JsonNode json = HistoryJson.toJson(history);

    assertThat(json.get("query").get("models").get(0).asText()).isEqualTo("a");
    assertThat(json.get("runs")).hasSize(3);
    JsonNode point = json.get("runs").get(1).get("models").get(0);
    assertThat(point.get("score").get("mean").asDouble()).isEqualTo(0.6);
    assertThat(point.get("score").get("ci95")).hasSize(2);
    assertThat(point.get("cost_usd").decimalValue()).isEqualByComparingTo("0.0100");
    assertThat(point.get("change").get("direction").asText()).isEqualTo("down");
    assertThat(json.get("runs").get(0).get("models").get(0).get("change").isNull()).isTrue();
    assertThat(json.get("skipped")).hasSize(1);
  }

  @Test
  void should_say_when_there_are_no_runs() throws Exception {
    StringWriter out = new StringWriter();

    HistoryRenderer.render(
        new HistoryBuilder(0.05).read(data.resolve("empty"), HistoryQuery.all()),
        out,
        TextTable.Style.ASCII);

    assertThat(out).hasToString("No runs found.\n");
  }

  @Test
  void should_order_runs_by_started_at_and_skip_a_truncated_report() throws Exception {
    // given: folder names in the local time of two machines, sorting the other way round from
    // started_at
    Path other = data.resolve("other");
    ReportFixture.run("2026-03-29_03-10-00")
        .set("started_at", "2026-03-29T01:10:00Z")
        .pass("q", "a", true)
        .writeTo(other);
    ReportFixture.run("2026-03-29_02-40-00")
        .set("started_at", "2026-03-29T02:40:00Z")
        .pass("q", "a", false)
        .writeTo(other);
    Path cut = ReportFixture.run("2026-03-29_04-00-00").pass("q", "a", true).writeTo(other);
    Files.writeString(cut, Files.readString(cut).substring(0, 120));

    // when
    History history = new HistoryBuilder(0.05).read(other, HistoryQuery.all());

    // then
    assertThat(history.runs())
        .extracting(History.Run::runId)
        .containsExactly("2026-03-29_03-10-00", "2026-03-29_02-40-00");
    assertThat(history.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.file()).isEqualTo(cut.toString());
              assertThat(s.reason()).contains(cut.toString()).contains("not valid JSON");
            });
  }

  private void run(String runId, int aPasses, int bPasses, boolean withChat) {
    ReportFixture run = ReportFixture.run(runId);
    for (int i = 0; i < 100; i++) {
      run.pass("q" + i, "a", i < aPasses, 800 + i, "0.0001")
          .pass("q" + i, "b", i < bPasses, 400 + i, "0.00005");
    }
    if (withChat) {
      run.tag("chat");
      for (int i = 0; i < 10; i++) {
        run.pass("c" + i, "a", true, 900, "0.0002");
      }
    }
    run.writeTo(data);
  }
}
