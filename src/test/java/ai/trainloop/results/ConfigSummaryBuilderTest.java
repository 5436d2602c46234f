package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigSummaryBuilderTest {

  @Test
  void should_leave_unset_settings_null_zero_or_empty() {
    assertThat(ConfigSummary.builder().configFile("c.yaml").build())
        .isEqualTo(
            new ConfigSummary(
                "c.yaml", null, null, null, 0, null, null, false, null, null, null, Map.of(),
                List.of(), null, false, null, 1, null, null));
  }

  @Test
  void should_put_each_named_setting_where_the_record_has_it() {
    assertThat(full())
        .isEqualTo(
            new ConfigSummary(
                "/p/c.yaml",
                "/p/data",
                50,
                7L,
                4,
                0.5,
                0.2,
                true,
                0.8,
                0.01,
                3.0,
                Map.of("accuracy", 1.0),
                List.of(new ProviderSummary("a/b", "a", "b", null, null, null, null)),
                null,
                false,
                null,
                1,
                null,
                null));
    assertThat(full().toBuilder().build()).isEqualTo(full());
  }

  @Test
  void should_apply_only_the_overrides_given() {
    ConfigSummary c = full();

    assertThat(c.withOverrides(null, null, null, null, null)).isEqualTo(c);
    assertThat(c.withOverrides(10, null, 2, null, 0.0))
        .isEqualTo(
            c.toBuilder().maxSamples(10).maxConcurrentRequests(2).temperatureOverride(0.0).build());
  }

  private static ConfigSummary full() {
    return ConfigSummary.builder()
        .configFile("/p/c.yaml")
        .dataFolder("/p/data")
        .maxSamples(50)
        .seed(7L)
        .maxConcurrentRequests(4)
        .requestDelaySeconds(0.5)
        .temperatureOverride(0.2)
        .trackCosts(true)
        .performanceThreshold(0.8)
        .costThreshold(0.01)
        .maxResponseTimeSeconds(3.0)
        .priorities(Map.of("accuracy", 1.0))
        .providers(List.of(new ProviderSummary("a/b", "a", "b", null, null, null, null)))
        .build();
  }
}
