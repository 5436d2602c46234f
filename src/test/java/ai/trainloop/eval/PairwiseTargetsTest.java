package ai.trainloop.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.MetricSpec;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code against:} names recorded or a configured model, and becomes that model's id. */
class PairwiseTargetsTest {
  private static final SourceLocation AT =
      new SourceLocation(Path.of("trainloop.config.yaml"), 12, 7);
  private static final List<ProviderEntry> MODELS =
      List.of(
          ProviderEntry.of("recorded", null),
          ProviderEntry.of("openai", "gpt-4o-mini"),
          ProviderEntry.builder().provider("openai").model("gpt-4o").label("big").build(),
          ProviderEntry.of("openai-compatible", "llama"),
          ProviderEntry.of("ollama", "llama"));

  private static String resolved(String against) {
    MetricSpec spec = new MetricSpec("vs", "judge_pairwise", Map.of(), AT);
    Map<String, Metric> out =
        PairwiseTargets.resolve(
            Map.of("vs", new PairwiseMetric(against, "q?")), List.of(spec), MODELS);
    return ((PairwiseMetric) out.get("vs")).against();
  }

  @Test
  void should_take_an_id_a_label_or_a_bare_model_name_that_only_one_entry_has() {
    assertThat(resolved("openai/gpt-4o-mini")).isEqualTo("openai/gpt-4o-mini");
    assertThat(resolved("gpt-4o-mini")).isEqualTo("openai/gpt-4o-mini");
    assertThat(resolved("big")).isEqualTo("big");
    assertThat(resolved("recorded")).isEqualTo("recorded");
  }

  @Test
  void should_refuse_an_unknown_model_at_the_against_key_with_a_suggestion() {
    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> resolved("openai/gpt-4o-mni"));

    assertThat(e.location()).isEqualTo(AT);
    assertThat(e.keyPath()).isEqualTo("trainloop.eval.metrics.vs.against");
    assertThat(e.detail())
        .contains("'openai/gpt-4o-mni' is not a model of trainloop.benchmark.providers")
        .contains("did you mean 'openai/gpt-4o-mini'?")
        .contains("(give one of: recorded, openai/gpt-4o-mini, big, openai-compatible/llama,");
  }

  @Test
  void should_refuse_a_bare_model_name_that_several_entries_share() {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> resolved("llama"));

    assertThat(e.detail())
        .isEqualTo(
            "'llama' names several models (openai-compatible/llama, ollama/llama); write one of"
                + " them in full");
  }
}
