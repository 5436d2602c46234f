package ai.trainloop.config;

import static ai.trainloop.config.ConfigFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.ProviderRegistry;
import org.junit.jupiter.api.Test;

/** The configs users copy from benchmarking-tutorial.md load as written. */
class TutorialConfigsTest {
  private final ConfigLoader loader = new ConfigLoader(ProviderRegistry.builtIn());

  @Test
  void should_load_the_tutorials_full_example() {
    TrainloopConfig cfg = loader.load(resource("tutorial-full.yaml"));

    BenchmarkConfig b = cfg.benchmark();
    assertThat(cfg.dataFolder()).isEqualTo(cfg.baseDir().resolve("data"));
    assertThat(b.providers())
        .extracting(ProviderEntry::id)
        .containsExactly(
            "openai/gpt-4o",
            "openai/gpt-4o-mini",
            "anthropic/claude-3-5-sonnet-20241022",
            "anthropic/claude-3-haiku-20240307");
    assertThat(b.providers())
        .allSatisfy(
            p -> {
              assertThat(p.temperature()).isEqualTo(0.7);
              assertThat(p.maxTokens()).isEqualTo(1000);
            });
    assertThat(b.maxSamples()).isEqualTo(100);
    assertThat(b.maxConcurrentRequests()).isEqualTo(5);
    assertThat(b.trackCosts()).isTrue();
  }

  @Test
  void should_load_the_cost_optimisation_scenario() {
    BenchmarkConfig b = loader.load(resource("scenario-cost.yaml")).benchmark();

    assertThat(b.providers())
        .extracting(ProviderEntry::id)
        .containsExactly(
            "openai/gpt-4o-mini", "anthropic/claude-3-haiku-20240307", "google/gemini-pro");
    assertThat(b.costThreshold()).isEqualTo(0.01);
    assertThat(b.performanceThreshold()).isEqualTo(0.75);
  }

  @Test
  void should_load_the_accuracy_optimisation_scenario() {
    BenchmarkConfig b = loader.load(resource("scenario-accuracy.yaml")).benchmark();

    assertThat(b.providers())
        .extracting(ProviderEntry::id)
        .containsExactly("openai/gpt-4o", "anthropic/claude-3-5-sonnet-20241022");
    assertThat(b.providers()).extracting(ProviderEntry::temperature).containsExactly(0.1, 0.1);
    assertThat(b.accuracyWeight()).isEqualTo(0.8);
    assertThat(b.costWeight()).isEqualTo(0.2);
  }

  @Test
  void should_load_the_speed_optimisation_scenario() {
    BenchmarkConfig b = loader.load(resource("scenario-speed.yaml")).benchmark();

    assertThat(b.providers()).extracting(ProviderEntry::maxTokens).containsExactly(500, 500);
    assertThat(b.trackResponseTimes()).isTrue();
    assertThat(b.maxResponseTimeSeconds()).isEqualTo(3.0);
  }
}
