package ai.trainloop.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.eval.MetricScore;
import ai.trainloop.provider.Usage;
import ai.trainloop.results.ModelRef;
import ai.trainloop.results.ResultsJsonlWriter;
import ai.trainloop.run.CallResult;
import ai.trainloop.run.CallTimes;
import ai.trainloop.run.RunControl;
import ai.trainloop.run.RunListener;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultCollectorTest {
  @Test
  void should_stop_the_run_with_the_reason_when_results_jsonl_cannot_be_written() throws Exception {
    // given a results file on a full disk
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    RunControl control = new RunControl();
    List<String> warnings = new ArrayList<>();
    RunAggregator aggregator =
        new RunAggregator(List.of(ModelRef.of(ProviderEntry.of("openai", "gpt-4o"))));
    RunListener progress = result -> {};
    ResultCollector collector =
        new ResultCollector(
            Map.of(),
            new ResultsJsonlWriter(full),
            aggregator,
            progress,
            row -> {},
            warnings::add,
            control);

    // when a result arrives
    collector.onResult(
        new CallResult(
            "s1",
            "t",
            "openai/gpt-4o",
            "hi",
            Usage.of(1, 1),
            Duration.ofMillis(5),
            1,
            Duration.ZERO,
            null,
            null,
            List.of(new MetricScore("m", 1, null))));

    // then the run stops, saying why, instead of losing the result silently
    assertThat(control.stopped()).isTrue();
    assertThat(control.reason())
        .startsWith("cannot write results.jsonl")
        .contains("No space left on device");
    assertThat(warnings).singleElement().asString().contains("stopping the run");
  }

  @Test
  void should_warn_once_a_model_when_its_streamed_replies_report_no_usage() throws Exception {
    // given
    List<String> warnings = new ArrayList<>();
    RunAggregator aggregator =
        new RunAggregator(List.of(ModelRef.of(ProviderEntry.of("openai", "gpt-4o"))));
    ResultCollector collector =
        new ResultCollector(
            Map.of(),
            new ResultsJsonlWriter(OutputStream.nullOutputStream()),
            aggregator,
            result -> {},
            row -> {},
            warnings::add,
            new RunControl());
    CallResult noUsage =
        CallResult.builder()
            .sampleId("s1")
            .modelId("openai/gpt-4o")
            .response("hi")
            .usage(Usage.UNKNOWN)
            .latency(Duration.ofMillis(300))
            .attempts(1)
            .metrics(List.of(new MetricScore("m", 1, null)))
            .times(new CallTimes(null, 0, null, Duration.ofMillis(100), true))
            .build();

    // when two such replies arrive
    collector.onResult(noUsage);
    collector.onResult(noUsage.toBuilder().sampleId("s2").build());

    // then one warning says the tokens and cost are unknown, and no rate is made up
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("openai/gpt-4o", "report no usage", "cost are unknown");
    assertThat(collector.toRow(noUsage).outputTokensPerSecond()).isNull();
    assertThat(collector.toRow(noUsage).ttftMs()).isEqualTo(100L);
  }
}
