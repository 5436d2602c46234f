package ai.trainloop.run.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.RetryConfig;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Usage;
import ai.trainloop.provider.batch.BatchItem;
import ai.trainloop.provider.batch.BatchOutcome;
import ai.trainloop.run.ModelTarget;
import ai.trainloop.run.PairFilter;
import ai.trainloop.run.RunOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchedProviderTest {
  private static final ChatProvider SENDS_NOTHING =
      new ChatProvider() {
        @Override
        public ChatResponse complete(ChatRequest request) {
          throw new AssertionError("a batched model sent a call synchronously");
        }

        @Override
        public String name() {
          return "openai";
        }
      };

  private static final ModelTarget TARGET =
      new ModelTarget(ProviderEntry.of("openai", "gpt-4o-mini"), SENDS_NOTHING, "k");

  private static RecordedCall sample(String id, String prompt) {
    return new RecordedCall(
        id,
        "qa",
        List.of(new ChatMessage("user", prompt)),
        "out",
        "gpt-4o-mini",
        Map.of(),
        RequestParams.builder().build(),
        null,
        "f:1");
  }

  private static final List<RecordedCall> SAMPLES =
      // two samples with the same prompt: the same request, told apart only by their ids
      List.of(sample("a", "same"), sample("b", "same"));

  private static BatchPlan plan() {
    return new BatchPlan(
        TARGET,
        SAMPLES,
        new RunOptions(1, Duration.ZERO, new RetryConfig(1, Duration.ofSeconds(1)), null, 1L),
        PairFilter.ALL,
        2);
  }

  private static ChatResponse reply(String text) {
    return new ChatResponse(text, Usage.of(1, 1), "stop");
  }

  private static ChatResponse call(BatchedProvider p, String sampleId, int repeat)
      throws ProviderException {
    CallCancel cancel = new CallCancel();
    cancel.trace().sampleId(sampleId);
    cancel.trace().repeat(repeat);
    ChatResponse r = p.complete(plan().items().get(0).request(), cancel);
    assertThat(cancel.trace().batched()).isTrue();
    return r;
  }

  @Test
  void should_answer_each_repeat_of_each_sample_by_its_own_custom_id_when_requests_are_equal()
      throws Exception {
    BatchPlan plan = plan();
    List<BatchItem> items = plan.items();
    assertThat(items)
        .extracting(BatchItem::customId)
        .containsExactly("s0-r0", "s0-r1", "s1-r0", "s1-r1");
    assertThat(items.stream().map(BatchItem::request).distinct()).hasSize(1);
    BatchedProvider p =
        new BatchedProvider(
            SENDS_NOTHING,
            plan,
            Map.of(
                "s1-r1", BatchOutcome.ok("s1-r1", reply("b1")),
                "s0-r0", BatchOutcome.ok("s0-r0", reply("a0")),
                "s1-r0", BatchOutcome.ok("s1-r0", reply("b0")),
                "s0-r1", BatchOutcome.ok("s0-r1", reply("a1"))));

    assertThat(call(p, "a", 0).text()).isEqualTo("a0");
    assertThat(call(p, "a", 1).text()).isEqualTo("a1");
    assertThat(call(p, "b", 0).text()).isEqualTo("b0");
    assertThat(call(p, "b", 1).text()).isEqualTo("b1");
  }

  @Test
  void should_fail_the_call_with_the_vendor_reason_and_never_retry_a_batch_error()
      throws Exception {
    BatchPlan plan = plan();
    ProviderException overloaded =
        new ProviderException(ProviderException.Kind.RETRYABLE, 529, "overloaded");
    BatchedProvider p =
        new BatchedProvider(
            SENDS_NOTHING, plan, Map.of("s0-r1", BatchOutcome.failed("s0-r1", overloaded)));

    assertThatThrownBy(() -> call(p, "a", 1))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProviderException.Kind.SAMPLE_ERROR);
              assertThat(e.getMessage()).contains("overloaded");
            });
    assertThatThrownBy(() -> call(p, "b", 0))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("no batch result for s1-r0");
    assertThatThrownBy(() -> p.complete(plan.items().get(0).request()))
        .isInstanceOf(ProviderException.class);
  }
}
