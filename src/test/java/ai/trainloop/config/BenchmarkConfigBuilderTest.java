package ai.trainloop.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkConfigBuilderTest {

  @Test
  void unsetKeysTakeTheirDefaults() {
    assertThat(BenchmarkConfig.builder().build())
        .isEqualTo(
            new BenchmarkConfig(
                List.of(),
                null,
                null,
                5,
                true,
                false,
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                null,
                RetryConfig.DEFAULT,
                null,
                CompareConfig.DEFAULT,
                null,
                null,
                BenchmarkConfig.DEFAULT_STOP_GRACE,
                BenchmarkConfig.DEFAULT_MAX_ERROR_RATE,
                ReplayParams.RECORDED,
                false,
                SpeedMeasure.TOTAL,
                false,
                BenchmarkConfig.DEFAULT_CACHE_TTL,
                1,
                RepeatReducer.MEAN,
                null,
                false))
        .isEqualTo(BenchmarkConfig.empty());
  }

  @Test
  void namedKeysLandWhereTheRecordHasThem() {
    BenchmarkConfig c =
        BenchmarkConfig.builder()
            .maxSamples(40)
            .maxConcurrentRequests(3)
            .trackCosts(false)
            .trackResponseTimes(true)
            .performanceThreshold(0.7)
            .costThreshold(0.01)
            .maxResponseTimeSeconds(9.0)
            .accuracyWeight(0.6)
            .costWeight(0.4)
            .priorities(Map.of("accuracy", 1.0))
            .requestDelaySeconds(0.5)
            .maxCost(new BigDecimal("2.50"))
            .seed(42L)
            .envPath(Path.of("/p/.env"))
            .stopGrace(Duration.ofSeconds(1))
            .maxErrorRate(0.1)
            .build();

    assertThat(c.maxSamples()).isEqualTo(40);
    assertThat(c.maxConcurrentRequests()).isEqualTo(3);
    assertThat(c.trackCosts()).isFalse();
    assertThat(c.trackResponseTimes()).isTrue();
    assertThat(c.performanceThreshold()).isEqualTo(0.7);
    assertThat(c.costThreshold()).isEqualTo(0.01);
    assertThat(c.maxResponseTimeSeconds()).isEqualTo(9.0);
    assertThat(c.accuracyWeight()).isEqualTo(0.6);
    assertThat(c.costWeight()).isEqualTo(0.4);
    assertThat(c.priorities()).containsExactly(Map.entry("accuracy", 1.0));
    assertThat(c.requestDelaySeconds()).isEqualTo(0.5);
    assertThat(c.maxCost()).isEqualByComparingTo("2.50");
    assertThat(c.seed()).isEqualTo(42L);
    assertThat(c.envPath()).isEqualTo(Path.of("/p/.env"));
    assertThat(c.stopGrace()).isEqualTo(Duration.ofSeconds(1));
    assertThat(c.maxErrorRate()).isEqualTo(0.1);
    assertThat(c.retry()).isEqualTo(RetryConfig.DEFAULT);
    assertThat(c.compare()).isEqualTo(CompareConfig.DEFAULT);
  }
}
