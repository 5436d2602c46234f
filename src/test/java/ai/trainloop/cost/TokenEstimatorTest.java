package ai.trainloop.cost;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.Usage;
import com.knuddels.jtokkit.api.EncodingType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenEstimatorTest {

  private final TokenEstimator estimator = new TokenEstimator();

  private static final List<ChatMessage> CHAT =
      List.of(
          new ChatMessage("system", "You are a helpful assistant."),
          new ChatMessage("user", "Hello world"));

  private static RecordedCall call(List<ChatMessage> input, String output) {
    return new RecordedCall(
        "id", "tag", input, output, "gpt-4o-mini", Map.of(), null, "events/1.jsonl:1");
  }

  private static ProviderEntry entry(String provider, String model, Integer maxTokens) {
    return ProviderEntry.builder().provider(provider).model(model).maxTokens(maxTokens).build();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      nullValues = "-",
      value = {
        "gpt-4o, O200K_BASE",
        "gpt-4o-mini-2024-07-18, O200K_BASE",
        "chatgpt-4o-latest, O200K_BASE",
        "gpt-4.1-nano, O200K_BASE",
        "gpt-5, O200K_BASE",
        "gpt-5.1-mini, O200K_BASE",
        "o1, O200K_BASE",
        "o3-mini, O200K_BASE",
        "o4-mini-2025-04-16, O200K_BASE",
        "openai/gpt-4o, O200K_BASE",
        "gpt-4, CL100K_BASE",
        "gpt-4-turbo, CL100K_BASE",
        "gpt-3.5-turbo, CL100K_BASE",
        "gpt-35-turbo, CL100K_BASE",
        "claude-3-haiku-20240307, -",
        "gemini-2.5-pro, -",
        "llama3.2, -",
        "ollama, -",
        "gpt-4x, -",
      })
  void should_choose_the_openai_encoding_by_model_name(String model, EncodingType expected) {
    assertThat(estimator.encodingFor(model)).isEqualTo(Optional.ofNullable(expected));
    assertThat(estimator.isExact(model)).isEqualTo(expected != null);
  }

  @Test
  void should_count_hello_world_as_two_tokens_with_real_tokenizers() {
    // "Hello" + " world" in both o200k_base and cl100k_base
    assertThat(estimator.countText("gpt-4o", "Hello world")).isEqualTo(2);
    assertThat(estimator.countText("gpt-4", "Hello world")).isEqualTo(2);
  }

  @Test
  void should_count_text_differently_per_encoding() {
    // a non-English sentence shows the two vocabularies apart (o200k_base is denser on it)
    String text = "Привет, как дела? Это тест токенизатора.";
    assertThat(estimator.countText("gpt-4o", text)).isLessThan(estimator.countText("gpt-4", text));
  }

  @Test
  void should_add_cookbook_chat_overhead_to_openai_input() {
    // system: 3 + "system" (1) + "You are a helpful assistant." (6: You/ are/ a/ helpful/
    // assistant/.) = 10
    // user:   3 + "user" (1) + "Hello world" (2) = 6
    // reply priming: 3 → 19
    assertThat(estimator.countText("gpt-4o", "You are a helpful assistant.")).isEqualTo(6);
    assertThat(estimator.inputTokens("gpt-4o", CHAT)).isEqualTo(19);
  }

  @Test
  void should_approximate_other_vendors_as_four_characters_per_token_plus_overhead() {
    // system: 3 + ceil("system" 6 / 4) 2 + ceil("You are a helpful assistant." 28 / 4) 7 = 12
    // user:   3 + ceil("user" 4 / 4) 1 + ceil("Hello world" 11 / 4) 3 = 7
    // reply priming: 3 → 22
    assertThat(estimator.inputTokens("claude-3-haiku-20240307", CHAT)).isEqualTo(22);
    assertThat(estimator.countText("gemini-2.5-pro", "")).isZero();
    // code points, not UTF-16 units: four emoji are 8 chars but 4 code points → 1 token
    assertThat(estimator.countText("gemini-2.5-pro", "😀😀😀😀")).isEqualTo(1);
  }

  @Test
  void should_estimate_output_from_recorded_reply_capped_at_max_tokens() {
    String reply = "Hello world. ".repeat(50);
    long uncapped = estimator.outputTokens("gpt-4o-mini", reply, null);
    assertThat(uncapped).isGreaterThan(100);
    assertThat(estimator.outputTokens("gpt-4o-mini", reply, 100)).isEqualTo(100);
    assertThat(estimator.outputTokens("gpt-4o-mini", reply, 100_000)).isEqualTo(uncapped);
    assertThat(estimator.outputTokens("gpt-4o-mini", "Hello world", 1000)).isEqualTo(2);
  }

  @Test
  void should_estimate_usage_of_a_recorded_call_for_an_entry() {
    // given the recorded chat (19 input tokens for gpt-4o-mini) and a long recorded reply,
    // max_tokens 5
    RecordedCall recorded = call(CHAT, "Hello world. ".repeat(20));
    // when
    Usage usage = estimator.estimateUsage(entry("openai", "gpt-4o-mini", 5), recorded);
    // then
    assertThat(usage).isEqualTo(new Usage(19L, 5L, 0L, 0L, 0L));
  }

  @Test
  void should_estimate_dry_run_cost_with_the_calculator() {
    // given gpt-4o-mini at 0.15 / 0.60: 19 input tokens and the reply capped at max_tokens 5
    ModelPrice mini =
        new PriceResolver(PriceTable.bundled(), Map.of())
            .resolve(ProviderEntry.of("openai", "gpt-4o-mini"))
            .orElseThrow();
    RecordedCall recorded = call(CHAT, "x ".repeat(500));
    BigDecimal cost = estimator.estimateCost(entry("openai", "gpt-4o-mini", 5), recorded, mini);
    // then 19 × 0.15 = 2.85; 5 × 0.60 = 3.00; 5.85 per 1M → 0.00000585
    assertThat(cost).isEqualByComparingTo("0.00000585");
  }

  @Test
  void should_estimate_approximate_cost_for_claude() {
    // given claude-3-haiku (0.25 / 1.25): 22 approximated input tokens, reply "Hello world" =
    // ceil(11/4) = 3
    ModelPrice haiku =
        new PriceResolver(PriceTable.bundled(), Map.of())
            .resolve(ProviderEntry.of("anthropic", "claude-3-haiku"))
            .orElseThrow();
    BigDecimal cost =
        estimator.estimateCost(
            entry("anthropic", "claude-3-haiku", 1000), call(CHAT, "Hello world"), haiku);
    // then 22 × 0.25 = 5.5; 3 × 1.25 = 3.75; 9.25 per 1M → 0.00000925
    assertThat(cost).isEqualByComparingTo("0.00000925");
  }

  @Test
  void should_count_the_same_from_many_threads() {
    String text = "The quick brown fox jumps over the lazy dog. ".repeat(40);
    long expected = new TokenEstimator().countText("gpt-4o", text);
    List<Long> counts =
        IntStream.range(0, 64)
            .parallel()
            .mapToObj(i -> new TokenEstimator().countText(i % 2 == 0 ? "gpt-4o" : "o3-mini", text))
            .toList();
    assertThat(counts).containsOnly(expected);
  }
}
