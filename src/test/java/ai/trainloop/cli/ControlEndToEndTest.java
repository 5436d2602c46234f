package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The control and A/B test, and ties resolved by cost, through the command: a model saying "yes"
 * scores 1, one saying "no" 0.5, as do the recorded replies ("r0", ..).
 */
class ControlEndToEndTest {
  @TempDir Path dir;

  /** Models whose name starts with "yes" answer "yes", the others "no". */
  private static final StubProvider.Script SCRIPT =
      call -> new StubProvider.Text(call.model().startsWith("yes") ? "yes" : "no", 10, 1);

  private static String labelled(String model, String label, String extra) {
    return StubbedProject.entry(
        "openai", model, "label: " + label + (extra.isEmpty() ? "" : ", " + extra));
  }

  @Test
  void given_control_recorded_then_a_better_model_is_deployed_and_an_equal_one_kept()
      throws Exception {
    try (StubbedProject p = new StubbedProject(dir, SCRIPT)) {
      p.config(
          20,
          List.of(
              "{provider: recorded}",
              StubbedProject.entry("openai", "yes-model", ""),
              StubbedProject.entry("openai", "no-model", "")),
          "");

      int code = p.cli.run("benchmark", "--ascii", "--control", "recorded");

      assertThat(code).as(p.cli.err).isZero();
      assertThat(p.cli.out).contains("A/B vs recorded (on the samples both models answered)");
      JsonNode ab = p.report().path("ab");
      assertThat(ab).hasSize(2);
      JsonNode better = ab.get(0);
      assertThat(better.path("model_id").asText()).isEqualTo("openai/yes-model");
      assertThat(better.path("control_id").asText()).isEqualTo("recorded");
      assertThat(better.path("samples").asInt()).isEqualTo(20);
      assertThat(better.path("test_score").asDouble()).isEqualTo(1.0);
      assertThat(better.path("control_score").asDouble()).isEqualTo(0.5);
      assertThat(better.path("improvement").asDouble()).isEqualTo(0.5);
      assertThat(better.path("p_adjusted").asDouble()).isLessThan(0.05);
      assertThat(better.path("verdict").asText()).isEqualTo("deploy");
      JsonNode same = ab.get(1);
      assertThat(same.path("improvement").asDouble()).isZero();
      assertThat(same.path("p_value").asDouble()).isEqualTo(1.0);
      assertThat(same.path("verdict").asText()).isEqualTo("keep_current");
      assertThat(p.report().path("recommendation").path("model_id").asText())
          .isEqualTo("openai/yes-model");
      assertThat(p.cli.out)
          .contains("Recommended model: openai/yes-model (A/B vs recorded: deploy");
    }
  }

  @Test
  void given_benchmark_control_as_a_label_and_a_worse_candidate_then_the_control_is_kept()
      throws Exception {
    try (StubbedProject p = new StubbedProject(dir, SCRIPT)) {
      p.config(
          20,
          List.of(labelled("yes-old", "prod", ""), labelled("no-new", "candidate", "")),
          "control: prod");

      int code = p.cli.run("benchmark", "--ascii");

      assertThat(code).as(p.cli.err).isZero();
      assertThat(p.cli.out).contains("A/B vs prod");
      JsonNode ab = p.report().path("ab");
      assertThat(ab)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.path("model_id").asText()).isEqualTo("candidate");
                assertThat(r.path("improvement").asDouble()).isEqualTo(-0.5);
                assertThat(r.path("significant").asBoolean()).isTrue();
                assertThat(r.path("verdict").asText()).isEqualTo("keep_current");
              });
      assertThat(p.cli.out)
          .contains(
              "Recommended model: prod (the control, kept: A/B vs prod: no model is significantly"
                  + " better at alpha 0.05)");
    }
  }

  @Test
  void given_the_control_as_a_provider_model_id_then_every_other_model_is_tested_against_it()
      throws Exception {
    try (StubbedProject p = new StubbedProject(dir, SCRIPT)) {
      p.config(
          12,
          List.of(
              StubbedProject.entry("openai", "no-old", ""),
              StubbedProject.entry("openai", "yes-new", ""),
              StubbedProject.entry("openai", "no-other", "")),
          "control: openai/no-old");

      int code = p.cli.run("benchmark", "--ascii");

      assertThat(code).as(p.cli.err).isZero();
      JsonNode ab = p.report().path("ab");
      assertThat(ab)
          .extracting(r -> r.path("model_id").asText())
          .containsExactly("openai/yes-new", "openai/no-other");
      assertThat(ab)
          .extracting(r -> r.path("verdict").asText())
          .containsExactly("deploy", "keep_current");
      assertThat(p.report().path("recommendation").path("model_id").asText())
          .isEqualTo("openai/yes-new");
    }
  }

  @Test
  void given_an_unknown_control_flag_then_exit_2_naming_the_flag_before_any_call()
      throws Exception {
    try (StubbedProject p = new StubbedProject(dir, SCRIPT)) {
      p.config(5, List.of(labelled("yes-a", "prod", "")), "");

      int code = p.cli.run("benchmark", "--ascii", "--control", "<img src=x>");

      assertThat(code).isEqualTo(2);
      assertThat(p.cli.err)
          .contains("--control")
          .contains("unknown model '<img src=x>'")
          .contains("prod");
      assertThat(p.stub.exchanges()).isEmpty();
    }
  }

  @Test
  void given_an_unknown_benchmark_control_then_exit_2_naming_file_line_and_key_before_any_call()
      throws Exception {
    try (StubbedProject p = new StubbedProject(dir, SCRIPT)) {
      p.config(5, List.of(labelled("yes-a", "prod", "")), "control: production");

      int code = p.cli.run("benchmark", "--ascii");

      assertThat(code).isEqualTo(2);
      assertThat(p.cli.err)
          .contains("trainloop.config.yaml:")
          .contains("control")
          .contains("unknown model 'production'");
      assertThat(p.stub.exchanges()).isEmpty();
    }
  }

  @Test
  void given_identical_replies_and_different_prices_then_the_cheaper_model_is_recommended()
      throws Exception {
    try (StubbedProject p = new StubbedProject(dir, SCRIPT)) {
      p.config(
          20,
          List.of(
              labelled("yes-1", "big", "pricing: {input_per_million: 10, output_per_million: 10}"),
              labelled("yes-2", "small", "pricing: {input_per_million: 1, output_per_million: 1}"),
              labelled(
                  "no-3",
                  "cheapest",
                  "pricing: {input_per_million: 0.1, output_per_million: 0.1}")),
          "");

      int code = p.cli.run("benchmark", "--ascii");

      assertThat(code).as(p.cli.err).isZero();
      // "cheapest" is a hundredth of the cost but significantly worse (0.5 against 1.0): not tied
      assertThat(p.report().path("recommendation").path("model_id").asText()).isEqualTo("small");
      assertThat(p.cli.out)
          .contains(
              "Recommended model: small (tied with big on quality (p = 1.000), a tenth of the"
                  + " cost; big has the highest Avg score, 1.00;");
    }
  }
}
