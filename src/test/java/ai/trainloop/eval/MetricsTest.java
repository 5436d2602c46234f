package ai.trainloop.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.config.ConfigException;
import ai.trainloop.config.MetricSpec;
import ai.trainloop.config.SourceLocation;
import ai.trainloop.config.SuiteSpec;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.eval.javac.JavaMetricCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {
  @TempDir Path project;

  private SourceLocation line(int n) {
    return new SourceLocation(project.resolve("trainloop.config.yaml"), n, 7);
  }

  private TrainloopConfig config(List<MetricSpec> metrics, List<SuiteSpec> suites) {
    return new TrainloopConfig(
        project.resolve("trainloop.config.yaml"),
        project,
        project.resolve("data"),
        BenchmarkConfig.empty(),
        metrics,
        suites,
        Map.of());
  }

  private Path cache() {
    return project.resolve(".trainloop-cache/metrics");
  }

  private void javaMetric(String simpleName, String body) throws Exception {
    Path file = project.resolve("eval/metrics/" + simpleName + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "public class "
            + simpleName
            + " implements ai.trainloop.eval.Metric {\n"
            + "  public double score(ai.trainloop.eval.Sample sample) { "
            + body
            + " }\n}\n");
  }

  @Test
  void should_score_with_built_in_and_java_metrics_from_one_call() throws Exception {
    javaMetric("MentionsName", "return sample.output().contains(\"Ada\") ? 1 : 0;");
    TrainloopConfig config =
        config(
            List.of(
                new MetricSpec("is_short", "max_words", Map.of("value", 5), line(4)),
                new MetricSpec(
                    "has_greeting_word",
                    "contains",
                    Map.of("any", List.of("hello", "hi"), "ignore_case", true, "whole_word", true),
                    line(5))),
            List.of(
                new SuiteSpec(
                    "greeting-generation",
                    List.of("has_greeting_word", "is_short", "mentions_name"),
                    line(9))));

    Scorer scorer = Metrics.load(config, List.of(), cache());
    List<MetricScore> scores =
        scorer.score(
            new Sample(
                "s1",
                "greeting-generation",
                List.of(new Message("user", "Greet Ada")),
                "Hi Ada, lovely to meet you today!",
                "openai/gpt-4o",
                ""));

    assertThat(scores)
        .containsExactly(
            new MetricScore("has_greeting_word", 1.0, null),
            new MetricScore("is_short", 0.0, null),
            new MetricScore("mentions_name", 1.0, null));
    assertThat(Scorer.sampleScore(scores)).isEqualTo(2.0 / 3);
  }

  @Test
  void should_report_whether_java_metrics_were_compiled_or_reused() throws Exception {
    javaMetric("AlwaysOne", "return 1;");
    TrainloopConfig config = config(List.of(), List.of());

    Metrics.Loaded first =
        Metrics.loadMetrics(config, List.of(), cache(), new JavaMetricCompiler());
    Metrics.Loaded second =
        Metrics.loadMetrics(config, List.of(), cache(), new JavaMetricCompiler());

    assertThat(first.compiled()).isTrue();
    assertThat(second.compiled()).isFalse();
    assertThat(second.metrics()).containsOnlyKeys("always_one");
  }

  @Test
  void should_reject_a_built_in_and_a_java_metric_with_one_name_naming_both() throws Exception {
    javaMetric("IsShort", "return 1;");
    TrainloopConfig config =
        config(
            List.of(new MetricSpec("is_short", "max_words", Map.of("value", 25), line(4))),
            List.of());

    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> Metrics.load(config, List.of(), cache()));

    assertThat(e.location()).isEqualTo(line(4));
    assertThat(e.keyPath()).isEqualTo("trainloop.eval.metrics.is_short");
    assertThat(e.detail())
        .isEqualTo(
            "two metrics are named 'is_short': the built-in max_words metric declared here"
                + " and the Java class IsShort ("
                + project.resolve("eval/metrics/IsShort.java")
                + "); rename one of them");
  }

  @Test
  void should_suggest_a_java_metric_for_a_misspelt_suite_entry() throws Exception {
    javaMetric("HasGreetingWord", "return 1;");
    TrainloopConfig config =
        config(
            List.of(),
            List.of(new SuiteSpec("greeting-generation", List.of("has_greetings_word"), line(9))));

    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> Metrics.load(config, List.of(), cache()));

    assertThat(e.getMessage())
        .isEqualTo(
            line(9)
                + ": trainloop.eval.suites[0].metrics[0]: unknown metric"
                + " 'has_greetings_word'; did you mean 'has_greeting_word'? (defined: has_greeting_word)");
  }
}
