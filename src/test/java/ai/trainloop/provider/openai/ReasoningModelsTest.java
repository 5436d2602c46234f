package ai.trainloop.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReasoningModelsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "o1",
        "o1-mini",
        "o1-preview",
        "o3",
        "o3-mini",
        "o3-mini-2025-01-31",
        "o4-mini",
        "o4-mini-2025-04-16",
        "gpt-5",
        "gpt-5-mini",
        "gpt-5-nano",
        "gpt-5-2025-08-07",
        "gpt-5.1",
        "openai/o3-mini",
        "O3-MINI"
      })
  void should_recognise_reasoning_model_ids(String model) {
    assertThat(ReasoningModels.matches(model)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gpt-4o",
        "gpt-4o-mini",
        "gpt-4.1",
        "gpt-4.1-nano",
        "gpt-3.5-turbo",
        "omni-moderation-latest",
        "gpt-50",
        "o",
        "llama3.1:8b",
        "claude-3-haiku",
        ""
      })
  void should_leave_other_models_alone(String model) {
    assertThat(ReasoningModels.matches(model)).isFalse();
  }
}
