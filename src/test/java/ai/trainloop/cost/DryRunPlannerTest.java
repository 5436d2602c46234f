package ai.trainloop.cost;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.events.RecordedCall;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

public class DryRunPlannerTest {

  private final DryRunPlanner planner =
      new DryRunPlanner(new PriceResolver(PriceTable.bundled(), Map.of()), new TokenEstimator());

  public static final List<RecordedCall> SAMPLES =
      List.of(
          call(
              "s1",
              "greeting",
              List.of(new ChatMessage("user", "Hello world")),
              "Hello there friend"),
          call(
              "s2",
              "greeting",
              List.of(new ChatMessage("system", "Be brief."), new ChatMessage("user", "Hi")),
              "Hey"),
          call("s3", "qa", List.of(new ChatMessage("user", "What is 2+2?")), "4"));

  public static final List<ProviderEntry> ENTRIES =
      List.of(
          ProviderEntry.of("openai", "gpt-4o"),
          ProviderEntry.builder()
              .provider("anthropic")
              .model("claude-3-haiku-20240307")
              .maxTokens(4)
              .build(),
          ProviderEntry.of("ollama", "llama3.2"),
          ProviderEntry.of("recorded", "recorded"));

  private static RecordedCall call(String id, String tag, List<ChatMessage> input, String output) {
    return new RecordedCall(
        id, tag, input, output, "gpt-4o-mini", Map.of(), 500L, "events/a.jsonl:1");
  }

  @Test
  void should_count_samples_per_tag_and_one_call_per_sample_for_every_model() {
    DryRunPlan plan = planner.plan(SAMPLES, ENTRIES);

    assertThat(plan.samples()).isEqualTo(3);
    assertThat(plan.perTag()).containsExactly(Map.entry("greeting", 2), Map.entry("qa", 1));
    assertThat(plan.models()).extracting(ModelPlan::calls).containsExactly(3L, 3L, 3L, 3L);
    assertThat(plan.totalCalls()).isEqualTo(12);
  }

  @Test
  void should_count_openai_tokens_with_its_tokenizer_and_price_them() {
    ModelPlan gpt4o = planner.plan(SAMPLES, ENTRIES).models().get(0);

    // o200k_base: "user" 1, "system" 1, "Hello world" 2, "Be brief." 3, "Hi" 1, "What is 2+2?" 7;
    // input = 3 per message + role + content, plus 3 for the reply:
    //   s1 3 + (3+1+2) = 9; s2 3 + (3+1+3) + (3+1+1) = 15; s3 3 + (3+1+7) = 14 → 38
    // output = the recorded replies, no max_tokens: "Hello there friend" 3, "Hey" 1, "4" 1 → 5
    // cost = (38 × $2.50 + 5 × $10.00) / 1M = $0.000145
    assertThat(gpt4o.modelId()).isEqualTo("openai/gpt-4o");
    assertThat(gpt4o.tokenizerCounted()).isTrue();
    assertThat(gpt4o.inputTokens()).isEqualTo(38);
    assertThat(gpt4o.outputTokens()).isEqualTo(5);
    assertThat(gpt4o.estimatedCostUsd()).isEqualByComparingTo("0.000145");
    assertThat(gpt4o.priceSource()).startsWith("bundled table as of");
  }

  @Test
  void should_approximate_other_vendors_and_cap_output_at_max_tokens() {
    ModelPlan haiku = planner.plan(SAMPLES, ENTRIES).models().get(1);

    // ceil(code points / 4): s1 3 + (3 + 1 + 3) = 10; s2 3 + (3 + 2 + 3) + (3 + 1 + 1) = 16; s3 3 +
    // (3 + 1 + 3) = 10
    // output: "Hello there friend" 18 chars → 5, capped at max_tokens 4; "Hey" 1; "4" 1 → 6
    // cost = (36 × $0.25 + 6 × $1.25) / 1M = $0.0000165
    assertThat(haiku.tokenizerCounted()).isFalse();
    assertThat(haiku.inputTokens()).isEqualTo(36);
    assertThat(haiku.outputTokens()).isEqualTo(6);
    assertThat(haiku.estimatedCostUsd()).isEqualByComparingTo("0.0000165");
  }

  @Test
  void should_leave_an_unpriced_models_cost_unknown_and_out_of_the_total_with_a_warning() {
    DryRunPlan plan = planner.plan(SAMPLES, ENTRIES);

    ModelPlan llama = plan.models().get(2);
    assertThat(llama.estimatedCostUsd()).isNull();
    assertThat(llama.unpriced()).isTrue();
    assertThat(llama.inputTokens()).isPositive();
    assertThat(plan.unpricedModels()).containsExactly("ollama/llama3.2");
    assertThat(plan.totalIsPartial()).isTrue();
    assertThat(plan.totalEstimatedCostUsd())
        .isEqualByComparingTo(new BigDecimal("0.000145").add(new BigDecimal("0.0000165")));
    assertThat(plan.warnings())
        .singleElement()
        .asString()
        .startsWith("no price for ollama/llama3.2");
  }

  @Test
  void should_count_no_tokens_or_cost_for_the_recorded_provider() {
    ModelPlan recorded = planner.plan(SAMPLES, ENTRIES).models().get(3);

    assertThat(recorded.replay()).isTrue();
    assertThat(recorded.unpriced()).isFalse();
    assertThat(recorded.inputTokens()).isNull();
    assertThat(recorded.outputTokens()).isNull();
    assertThat(recorded.estimatedCostUsd()).isNull();
  }

  @Test
  void should_have_no_total_when_no_model_is_priced() {
    DryRunPlan plan = planner.plan(SAMPLES, List.of(ProviderEntry.of("ollama", "llama3.2")));

    assertThat(plan.totalEstimatedCostUsd()).isNull();
  }

  @Test
  void should_read_the_samples_once() {
    AtomicInteger iterations = new AtomicInteger();
    Iterable<RecordedCall> once =
        () -> {
          if (iterations.incrementAndGet() > 1) {
            throw new IllegalStateException("samples iterated twice");
          }
          Iterator<RecordedCall> it = SAMPLES.iterator();
          return it;
        };

    assertThat(planner.plan(once, ENTRIES).samples()).isEqualTo(3);
    assertThat(iterations).hasValue(1);
  }
}
