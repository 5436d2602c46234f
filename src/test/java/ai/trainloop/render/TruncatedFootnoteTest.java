package ai.trainloop.render;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.aggregate.RunAggregator;
import ai.trainloop.eval.FinishReason;
import ai.trainloop.results.ModelRef;
import ai.trainloop.results.ModelStatus;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ResultRow;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Model Performance table notes the replies cut at the token limit. */
class TruncatedFootnoteTest {
  private static final ModelRef GPT = new ModelRef("openai/gpt-4o", "openai", "gpt-4o");

  private static ResultRow reply(String sample, FinishReason reason) {
    return ResultRow.builder()
        .sampleId(sample)
        .tag("t")
        .modelId(GPT.id())
        .score(1.0)
        .metrics(Map.of("quality", 1.0))
        .latencyMs(100L)
        .inputTokens(10L)
        .outputTokens(5L)
        .costUsd(new BigDecimal("0.001"))
        .attempts(1)
        .finishReason(reason)
        .build();
  }

  private static String tables(int truncated, int total) throws IOException {
    RunAggregator aggregator = new RunAggregator(List.of(GPT));
    for (int i = 0; i < total; i++) {
      aggregator.add(reply("s" + i, i < truncated ? FinishReason.LENGTH : FinishReason.STOP));
    }
    ModelSummary m = aggregator.summary(GPT.id(), ModelStatus.ok(Duration.ofSeconds(1), null));
    StringWriter out = new StringWriter();
    new Tables(TableOptions.defaults()).render(List.of(m), out);
    return out.toString();
  }

  @Test
  void should_note_how_many_replies_were_cut_at_the_token_limit() throws IOException {
    assertThat(tables(3, 40))
        .contains("* openai/gpt-4o: 3 of 40 replies were cut at the token limit");
    assertThat(tables(1, 40))
        .contains("* openai/gpt-4o: 1 of 40 replies was cut at the token limit");
  }

  @Test
  void should_say_nothing_when_no_reply_was_cut() throws IOException {
    assertThat(tables(0, 5)).doesNotContain("token limit");
  }
}
