package ai.trainloop.eval.javac;

import static ai.trainloop.eval.javac.MetricSources.write;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.eval.JudgedMetric;
import ai.trainloop.eval.Sample;
import ai.trainloop.eval.Score;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java metrics that ask the judge, or give reasons, compile and load as plain metrics do. */
class JudgeMetricLoaderTest {
  @TempDir Path project;

  private JavaMetricLoader.Result load() {
    return new JavaMetricLoader(new JavaMetricCompiler())
        .load(
            project.resolve("eval/metrics"),
            List.of(),
            project.resolve(".trainloop-cache/metrics"));
  }

  @Test
  void should_load_a_judge_metric_and_a_reasoned_metric_from_eval_metrics() throws Exception {
    write(
        project,
        "eval/metrics/IsPolite.java",
        """
        import ai.trainloop.eval.Judge;
        import ai.trainloop.eval.JudgeMetric;
        import ai.trainloop.eval.Sample;

        public class IsPolite implements JudgeMetric {
          public double score(Sample sample, Judge judge) {
            return judge.assertTrue("polite: " + sample.output(), "rude: " + sample.output());
          }
        }
        """);
    write(
        project,
        "eval/metrics/LengthWithReason.java",
        """
        import ai.trainloop.eval.Judge;
        import ai.trainloop.eval.ReasonedMetric;
        import ai.trainloop.eval.Sample;
        import ai.trainloop.eval.Score;

        public class LengthWithReason implements ReasonedMetric {
          public Score evaluate(Sample sample, Judge judge) {
            int n = sample.output().length();
            return new Score(n < 20 ? 1 : 0, n + " characters");
          }
        }
        """);

    JavaMetricLoader.Result result = load();

    assertThat(result.metrics()).containsOnlyKeys("is_polite", "length_with_reason");
    JudgedMetric polite = (JudgedMetric) result.metrics().get("is_polite");
    assertThat(polite.needsJudge()).isTrue();
    assertThat(polite.origin().getName()).isEqualTo("IsPolite");
    JudgedMetric length = (JudgedMetric) result.metrics().get("length_with_reason");
    assertThat(length.needsJudge()).isFalse();
    Score score =
        length.evaluate(new Sample("s", "t", List.of(), "short", "m", ""), /* judge */ null);
    assertThat(score).isEqualTo(new Score(1, "5 characters"));
  }
}
