package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java metric that calls System.exit(0), through reflection so that the compile-time check does
 * not see it, in a real trainloop process: the run ends with exit 3, a partial report and a message
 * naming the metric — never with exit 0 and no report.
 */
class MetricExitEndToEndTest {
  @TempDir Path dir;

  @Test
  void should_write_a_partial_report_name_the_metric_and_exit_3_when_a_metric_exits_the_process()
      throws Exception {
    CliHarness project =
        new CliHarness(dir)
            .events("qa", 6)
            .file(
                "trainloop.config.yaml",
                """
        trainloop:
          data_folder: data
          benchmark:
            providers:
              - provider: recorded
            max_concurrent_requests: 1
          eval:
            metrics:
              short: {type: max_words, value: 5}
            suites:
              - {tag: qa, metrics: [short, quits_on_third]}
        """)
            .file(
                "eval/metrics/QuitsOnThird.java",
                """
        import ai.trainloop.eval.Metric;
        import ai.trainloop.eval.Sample;

        public class QuitsOnThird implements Metric {
          @Override
          public double score(Sample sample) throws Exception {
            if (sample.input().get(sample.input().size() - 1).content().equals("q2")) {
              Class.forName("java.lang.Sys" + "tem").getMethod("ex" + "it", int.class).invoke(null, 0);
            }
            return 1;
          }
        }
        """);

    JvmProcess trainloop = JvmProcess.start(dir, Map.of(), "benchmark", "--quiet");

    int code = trainloop.waitFor(120);
    String err = trainloop.err();
    assertThat(code).as(err).isEqualTo(3);
    assertThat(err).contains("metric quits_on_third tried to exit the process");
    Path report = project.onlyRun().resolve("report.json");
    assertThat(report).exists();
    JsonNode json = StubbedProject.JSON.readTree(Files.readString(report));
    assertThat(json.path("complete").asBoolean()).isFalse();
    assertThat(json.path("exit_code").asInt()).isEqualTo(3);
    assertThat(json.path("exit_reason").asText()).isEqualTo("metric_exited");
    assertThat(json.path("incomplete_reason").asText())
        .contains("quits_on_third tried to exit the process");
    assertThat(json.path("results").size()).as("the samples scored before it").isBetween(1, 5);
  }
}
