package ai.trainloop.run;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.eval.MetricScore;
import ai.trainloop.provider.Usage;
import ai.trainloop.run.CallResult.ErrorKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallResultBuilderTest {

  @Test
  void should_give_an_unset_result_unknown_usage_no_wait_and_no_metrics() {
    CallResult r = CallResult.builder().sampleId("s").modelId("m").error("not sent").build();

    assertThat(r)
        .isEqualTo(
            new CallResult("s", null, "m", null, null, null, 0, null, "not sent", null, null));
    assertThat(r.usage()).isEqualTo(Usage.UNKNOWN);
    assertThat(r.waited()).isEqualTo(Duration.ZERO);
    assertThat(r.metrics()).isEmpty();
    assertThat(r.ok()).isFalse();
  }

  @Test
  void should_put_each_named_component_where_the_record_has_it_and_copy_it_back() {
    List<MetricScore> metrics = List.of(new MetricScore("m", 1, null));
    CallResult r =
        CallResult.builder()
            .sampleId("s1")
            .tag("t")
            .modelId("openai/gpt-4o")
            .response("hi")
            .usage(Usage.of(1, 2))
            .latency(Duration.ofMillis(5))
            .attempts(2)
            .waited(Duration.ofMillis(7))
            .error("scoring threw")
            .errorKind(ErrorKind.SCORING)
            .metrics(metrics)
            .build();

    assertThat(r)
        .isEqualTo(
            new CallResult(
                "s1",
                "t",
                "openai/gpt-4o",
                "hi",
                Usage.of(1, 2),
                Duration.ofMillis(5),
                2,
                Duration.ofMillis(7),
                "scoring threw",
                ErrorKind.SCORING,
                metrics));
    assertThat(r.toBuilder().build()).isEqualTo(r);
    assertThat(r.toBuilder().response(null).build().response()).isNull();
    assertThat(r.response()).isEqualTo("hi");
  }
}
