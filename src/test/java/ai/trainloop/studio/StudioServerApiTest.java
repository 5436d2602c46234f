package ai.trainloop.studio;

import static ai.trainloop.studio.StudioFixtures.FULL_RUN;
import static ai.trainloop.studio.StudioFixtures.OLD_RUN;
import static ai.trainloop.studio.StudioFixtures.PARTIAL_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The studio's HTTP API over the fixture data folder, without a browser. */
class StudioServerApiTest {
  private static StudioServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    server = new StudioServer(StudioFixtures.dataFolder(), "127.0.0.1", 0).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(server.url().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    return StudioJson.MAPPER.readTree(response.body());
  }

  @Test
  void should_bind_loopback_and_give_its_url() {
    assertThat(server.url().toString()).startsWith("http://127.0.0.1:").endsWith("/");
    assertThat(server.url().getPort()).isPositive();
  }

  @Test
  void should_list_runs_newest_first_with_their_summary() throws Exception {
    JsonNode runs = json("api/runs").get("runs");

    assertThat(runs)
        .extracting(r -> r.get("run_id").asText())
        .containsExactly(PARTIAL_RUN, FULL_RUN, OLD_RUN);
    JsonNode partial = runs.get(0);
    assertThat(partial.get("complete").asBoolean()).isFalse();
    assertThat(partial.get("incomplete_reason").asText()).isEqualTo("interrupted");
    JsonNode full = runs.get(1);
    assertThat(full.get("models")).hasSize(4);
    assertThat(full.get("samples").asInt()).isEqualTo(12);
    assertThat(full.get("tags"))
        .extracting(JsonNode::asText)
        .containsExactly("greeting-generation", "simple-qa");
    assertThat(full.get("recommended").asText()).isNotBlank();
    JsonNode report =
        StudioJson.MAPPER.readTree(
            StudioFixtures.dataFolder()
                .resolve("benchmarks/" + FULL_RUN + "/report.json")
                .toFile());
    double bestScore = 0;
    for (JsonNode m : report.get("models")) {
      bestScore = Math.max(bestScore, m.at("/score/mean").asDouble());
    }
    assertThat(full.at("/best_model/score").asDouble()).isEqualTo(bestScore);
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    for (JsonNode m : report.get("models")) {
      total = total.add(m.at("/cost/total_usd").decimalValue());
    }
    assertThat(full.get("total_cost_usd").decimalValue()).isEqualByComparingTo(total);
  }

  @Test
  void should_send_the_report_without_its_results_array() throws Exception {
    JsonNode report = json("api/runs/" + FULL_RUN);

    assertThat(report.has("results")).isFalse();
    assertThat(report.get("run_id").asText()).isEqualTo(FULL_RUN);
    assertThat(report.get("models")).hasSize(4);
    assertThat(report.at("/baseline/changes")).hasSize(2);
  }

  @Test
  void should_page_samples_with_every_models_result_in_model_order() throws Exception {
    JsonNode page = json("api/runs/" + FULL_RUN + "/samples?limit=5&offset=10");

    assertThat(page.get("total").asInt()).isEqualTo(12);
    assertThat(page.get("samples")).hasSize(2);
    assertThat(page.get("models"))
        .extracting(JsonNode::asText)
        .containsExactly(
            "openai/gpt-4o",
            "anthropic/claude-3-5-haiku",
            "openai/gpt-4o-mini",
            "gemini/gemini-2.0-flash");
    JsonNode sample = page.get("samples").get(0);
    assertThat(sample.get("input").get(1).get("role").asText()).isEqualTo("user");
    assertThat(sample.get("results")).hasSize(4);
    assertThat(sample.get("results").get(2).get("model_id").asText())
        .isEqualTo("openai/gpt-4o-mini");
    assertThat(sample.get("results").get(0).get("response").asText()).isNotBlank();
  }

  @Test
  void should_filter_samples_by_tag_model_failed_and_search() throws Exception {
    JsonNode qa = json("api/runs/" + FULL_RUN + "/samples?tag=simple-qa");
    assertThat(qa.get("total").asInt()).isEqualTo(6);
    assertThat(qa.get("samples"))
        .allSatisfy(s -> assertThat(s.get("tag").asText()).isEqualTo("simple-qa"));

    JsonNode geminiFailed =
        json("api/runs/" + FULL_RUN + "/samples?model=gemini/gemini-2.0-flash&failed=1");
    assertThat(geminiFailed.get("samples"))
        .allSatisfy(
            s -> {
              JsonNode r = s.get("results").get(3);
              boolean failed =
                  !r.get("error").isNull()
                      || iterable(r.get("metrics")).stream().anyMatch(v -> v.asDouble() < 1.0);
              assertThat(failed).isTrue();
            });
    assertThat(geminiFailed.get("samples"))
        .anySatisfy(s -> assertThat(s.get("results").get(3).get("error").asText()).contains("503"));

    JsonNode pwned = json("api/runs/" + FULL_RUN + "/samples?q=PWNED");
    assertThat(pwned.get("total").asInt()).isEqualTo(1);
    assertThat(pwned.get("samples").get(0).get("results").get(1).get("response").asText())
        .isEqualTo(StudioFixtures.INJECTION);
  }

  @Test
  void should_find_samples_where_models_disagree_or_a_metric_threw() throws Exception {
    JsonNode disagree = json("api/runs/" + FULL_RUN + "/samples?disagree=1&metric=is_concise");
    assertThat(disagree.get("total").asInt()).isPositive();
    assertThat(disagree.get("samples"))
        .allSatisfy(
            s -> {
              List<String> verdicts = new ArrayList<>();
              for (JsonNode r : s.get("results")) {
                if (!r.isNull() && r.get("error").isNull()) {
                  JsonNode v = r.at("/metrics/is_concise");
                  verdicts.add(
                      r.at("/metric_errors/is_concise").isMissingNode() ? v.asText() : "error");
                }
              }
              assertThat(verdicts.stream().distinct().count()).isGreaterThan(1);
            });
    JsonNode threw =
        json(
            "api/runs/"
                + FULL_RUN
                + "/samples?metric=is_concise&failed=1&model=openai/gpt-4o-mini");
    assertThat(threw.get("samples"))
        .anySatisfy(
            s ->
                assertThat(s.get("results").get(2).at("/metric_errors/is_concise").asText())
                    .contains("ValueError"));
  }

  @Test
  void should_give_latency_histograms_over_shared_bins() throws Exception {
    JsonNode hist = json("api/runs/" + FULL_RUN + "/latency");

    assertThat(hist.get("edges_ms")).hasSize(LatencyHistogram.BINS + 1);
    JsonNode gemini = hist.get("models").get(3);
    assertThat(gemini.get("id").asText()).isEqualTo("gemini/gemini-2.0-flash");
    assertThat(gemini.get("calls").asInt()).isEqualTo(11); // 12 samples, one failed call
    int sum = 0;
    for (JsonNode c : gemini.get("counts")) {
      sum += c.asInt();
    }
    assertThat(sum).isEqualTo(11);
  }

  @Test
  void should_give_history_per_model_for_all_tags_and_for_one_tag() throws Exception {
    JsonNode all = json("api/history");
    assertThat(all.get("runs"))
        .extracting(r -> r.get("run_id").asText())
        .containsExactly(OLD_RUN, FULL_RUN, PARTIAL_RUN);
    assertThat(all.get("tags"))
        .extracting(JsonNode::asText)
        .containsExactly("greeting-generation", "simple-qa");

    JsonNode qa = json("api/history?tag=simple-qa");
    JsonNode gpt4o = qa.get("runs").get(1).get("models").get(0);
    assertThat(gpt4o.get("id").asText()).isEqualTo("openai/gpt-4o");
    assertThat(gpt4o.get("samples").asInt()).isEqualTo(6);
    assertThat(gpt4o.get("p95_ms").asLong()).isPositive();
    assertThat(gpt4o.get("cost_per_sample_usd").decimalValue()).isPositive();
  }

  @Test
  void should_answer_404_for_unknown_runs_and_paths() throws Exception {
    assertThat(get("api/runs/2020-01-01_00-00-00").statusCode()).isEqualTo(404);
    assertThat(get("api/runs/" + FULL_RUN + "/report.json").statusCode()).isEqualTo(404);
    assertThat(get("benchmarks/" + FULL_RUN + "/report.json").statusCode()).isEqualTo(404);
    assertThat(get("assets/../pom.xml").statusCode()).isIn(400, 404);
    assertThat(get("assets/StudioServer.class").statusCode()).isEqualTo(404);
  }

  @Test
  void should_serve_the_page_with_a_content_security_policy() throws Exception {
    HttpResponse<String> page = get("");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("script-src 'self'")
        .contains("default-src 'none'");
    assertThat(page.body()).contains("assets/vendor/chart.umd.js");
    assertThat(get("assets/vendor/chart.umd.js").body()).contains("Chart.js v4");
    assertThat(get("assets/vendor/chart.js.LICENSE.md").body()).contains("MIT");
  }

  @Test
  void should_refuse_other_methods() throws Exception {
    HttpResponse<String> post =
        CLIENT.send(
            HttpRequest.newBuilder(server.url().resolve("api/runs"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }

  private static List<JsonNode> iterable(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    node.forEach(out::add);
    return out;
  }
}
