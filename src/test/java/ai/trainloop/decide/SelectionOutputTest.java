package ai.trainloop.decide;

import static ai.trainloop.decide.DecisionMatrixTest.model;
import static ai.trainloop.decide.DecisionMatrixTest.weights;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.aggregate.RunAggregator;
import ai.trainloop.render.SelectionJson;
import ai.trainloop.render.SelectionTable;
import ai.trainloop.render.TextTable;
import ai.trainloop.results.ModelRef;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ReportSummary;
import ai.trainloop.results.ReportWriter;
import ai.trainloop.results.RunInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectionOutputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Priorities TUTORIAL =
      new Priorities(weights("accuracy", 0.4, "cost", 0.3, "speed", 0.2, "creativity", 0.1));

  private static Selection tutorialWithGate() {
    List<ModelFigures> models =
        List.of(
            model("GPT-4o", 0.85, 0.8, "0.008", 300.0),
            model("GPT-4o-mini", 0.82, 0.7, "0.001", 200.0),
            model("Claude-3-Haiku", 0.79, 0.6, "0.001", 100.0),
            model("reference", 0.50, 0.5, "0.010", 1000.0),
            model("unpriced", 0.90, 0.9, null, 150.0));
    return Selection.evaluate(models, Thresholds.from(Configs.gates(0.8, null, null)), TUTORIAL);
  }

  @Test
  void should_lay_out_the_decision_matrix_in_priority_order_with_marks_and_notes() {
    SelectionTable table = new SelectionTable(TextTable.Style.BOX);
    Selection s = tutorialWithGate();

    assertThat(table.headers(s))
        .containsExactly(
            "Model",
            "Accuracy (0.4)",
            "Cost (0.3)",
            "Speed (0.2)",
            "creativity (0.1)",
            "Composite",
            "Notes");
    assertThat(table.rows(s))
        .containsExactly(
            List.of("GPT-4o-mini", "0.82", "0.90", "0.80", "0.70", "0.83", ""),
            List.of("Claude-3-Haiku ✗", "0.79", "0.90", "0.90", "0.60", "0.83", "✗ avg 0.79 < 0.8"),
            List.of("GPT-4o", "0.85", "0.20", "0.70", "0.80", "0.62", ""),
            List.of("reference ✗", "0.50", "0.00", "0.00", "0.50", "0.25", "✗ avg 0.50 < 0.8"),
            List.of(
                "unpriced",
                "0.90",
                "n/a",
                "0.85",
                "0.90",
                "n/a",
                "composite n/a: cost unknown (no price)"));
    assertThat(table.footer(s))
        .containsExactly(
            "Recommended model: GPT-4o-mini (highest composite, 0.83, among "
                + "the 3 models that pass every gate; next: GPT-4o 0.62; not ranked: unpriced (cost unknown (no price)))");
  }

  @Test
  void should_use_plain_ascii_marks_with_ascii() {
    SelectionTable table = new SelectionTable(TextTable.Style.ASCII);
    Selection s = tutorialWithGate();

    assertThat(table.rows(s).get(1))
        .startsWith("Claude-3-Haiku [x]")
        .endsWith("[x] avg 0.79 < 0.8");
    assertThat(String.join("", table.headers(s)) + table.rows(s) + table.footer(s))
        .matches("\\p{ASCII}*");
  }

  @Test
  void should_have_no_matrix_table_without_priorities() {
    Selection s =
        Selection.evaluate(List.of(model("a", 0.8, 0.5, "0.001", 100.0)), Thresholds.none(), null);

    assertThat(new SelectionTable(TextTable.Style.BOX).headers(s)).isEmpty();
    assertThat(new SelectionTable(TextTable.Style.BOX).rows(s)).isEmpty();
    assertThat(new SelectionTable(TextTable.Style.BOX).footer(s)).hasSize(1);
  }

  @Test
  void should_write_gates_normalized_composite_and_recommendation_as_the_schema_says()
      throws Exception {
    Selection s = tutorialWithGate();

    JsonNode report = written(s, "GPT-4o");
    ObjectNode gpt4o = verdict(report);
    ObjectNode unpriced = verdict(written(s, "unpriced"));

    assertThat(gpt4o)
        .isEqualTo(
            JSON.readTree(
                """
        {"gates": {"performance_threshold": true},
         "normalized": {"accuracy": 0.85, "cost": 0.2, "speed": 0.7, "creativity": 0.8},
         "composite": 0.62}"""));
    assertThat(unpriced)
        .isEqualTo(
            JSON.readTree(
                """
        {"gates": {"performance_threshold": true},
         "normalized": {"accuracy": 0.9, "cost": null, "speed": 0.85, "creativity": 0.9},
         "composite": null}"""));
    assertThat(report.at("/recommendation/model_id").asText()).isEqualTo("GPT-4o-mini");
    assertThat(report.at("/recommendation/composite").asDouble()).isEqualTo(0.828);
    assertThat(SelectionJson.priorities(TUTORIAL))
        .isEqualTo(
            JSON.readTree(
                """
        {"accuracy": 0.4, "cost": 0.3, "speed": 0.2, "creativity": 0.1}"""));
    assertThat(SelectionJson.thresholds(s.thresholds()))
        .isEqualTo(
            JSON.readTree(
                """
        {"performance_threshold": 0.8, "cost_threshold": null, "max_response_time_s": null}"""));
  }

  @Test
  void should_write_a_null_model_and_the_sentence_when_nothing_can_be_recommended()
      throws Exception {
    Selection s =
        Selection.evaluate(
            List.of(model("a", 0.5, 0.5, "0.001", 100.0)),
            Thresholds.from(Configs.gates(0.8, null, null)),
            null);

    JsonNode report = written(s, "a");
    assertThat(report.get("recommendation"))
        .isEqualTo(
            JSON.readTree(
                """
        {"model_id": null, "composite": null, "reason": "No model passes every gate: a (avg 0.50 < 0.8)."}"""));
    assertThat(verdict(report))
        .isEqualTo(
            JSON.readTree(
                """
        {"gates": {"performance_threshold": false}, "normalized": null, "composite": null}"""));
  }

  /**
   * report.json as the writer writes it for one model with its verdict in {@code s}, and {@code
   * s}'s recommendation.
   */
  private static JsonNode written(Selection s, String modelId) throws IOException {
    ModelSummary model =
        new RunAggregator(List.of(new ModelRef(modelId, "p", "m")))
            .summaries(Map.of())
            .get(0)
            .withSelection(RunSelection.of(s.verdict(modelId).orElseThrow()));
    RunInfo run = new RunInfo("r", null, null, true, null, 0, "ok", List.of(), null, null);
    ReportSummary summary =
        new ReportSummary("t", run, List.of(model), RunSelection.recommendation(s), null, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.write(out, summary, null);
    return JSON.readTree(out.toByteArray());
  }

  /** The model's {@code gates}, {@code normalized} and {@code composite}. */
  private static ObjectNode verdict(JsonNode report) {
    ObjectNode fields = JSON.createObjectNode();
    for (String key : List.of("gates", "normalized", "composite")) {
      fields.set(key, report.at("/models/0").get(key));
    }
    return fields;
  }
}
