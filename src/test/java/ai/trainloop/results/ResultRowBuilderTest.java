package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultRowBuilderTest {

  @Test
  void unsetComponentsAreNullEmptyOrZero() {
    ResultRow row = ResultRow.builder().sampleId("s").modelId("m").build();

    assertThat(row)
        .isEqualTo(
            new ResultRow(
                "s", null, "m", null, Map.of(), Map.of(), null, null, null, null, null, null, null,
                0, 0, null, null, 0, null, Map.of(), Map.of(), null, null, false, List.of(), null,
                null, false, null, null));
  }

  @Test
  void namedComponentsLandWhereTheRecordHasThem() {
    ResultRow row = full();

    assertThat(row.sampleId()).isEqualTo("s1");
    assertThat(row.tag()).isEqualTo("t");
    assertThat(row.modelId()).isEqualTo("m");
    assertThat(row.score()).isEqualTo(0.5);
    assertThat(row.metrics()).containsExactly(Map.entry("x", 0.5));
    assertThat(row.metricErrors()).containsExactly(Map.entry("y", "threw"));
    assertThat(row.latencyMs()).isEqualTo(10L);
    assertThat(row.inputTokens()).isEqualTo(1L);
    assertThat(row.outputTokens()).isEqualTo(2L);
    assertThat(row.cachedInputTokens()).isEqualTo(3L);
    assertThat(row.reasoningTokens()).isEqualTo(4L);
    assertThat(row.costUsd()).isEqualByComparingTo("0.01");
    assertThat(row.error()).isNull();
    assertThat(row.attempts()).isEqualTo(2);
    assertThat(row.waitMs()).isEqualTo(7L);
    assertThat(row.response()).isEqualTo("hi");
  }

  @Test
  void toBuilderCopiesEveryComponent() {
    ResultRow row = full();

    assertThat(row.toBuilder().build()).isEqualTo(row);
    assertThat(row.withoutResponse()).isEqualTo(row.toBuilder().response(null).build());
    assertThat(row.withTokenDetails(null, 9L).reasoningTokens()).isEqualTo(9L);
    assertThat(row.withTokenDetails(null, 9L).cachedInputTokens()).isNull();
  }

  private static ResultRow full() {
    return ResultRow.builder()
        .sampleId("s1")
        .tag("t")
        .modelId("m")
        .score(0.5)
        .metrics(Map.of("x", 0.5))
        .metricErrors(Map.of("y", "threw"))
        .latencyMs(10L)
        .inputTokens(1L)
        .outputTokens(2L)
        .cachedInputTokens(3L)
        .reasoningTokens(4L)
        .costUsd(new BigDecimal("0.01"))
        .attempts(2)
        .waitMs(7)
        .response("hi")
        .build();
  }
}
