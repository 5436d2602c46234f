package ai.trainloop.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every vendor's finish reasons, in the five words results.jsonl uses. */
class FinishReasonTest {

  @ParameterizedTest
  @CsvSource({
    "stop, STOP",
    "length, LENGTH",
    "tool_calls, TOOL_CALLS",
    "function_call, TOOL_CALLS",
    "content_filter, CONTENT_FILTER",
    "end_turn, STOP",
    "stop_sequence, STOP",
    "max_tokens, LENGTH",
    "tool_use, TOOL_CALLS",
    "refusal, CONTENT_FILTER",
    "pause_turn, OTHER",
    "STOP, STOP",
    "MAX_TOKENS, LENGTH",
    "SAFETY, CONTENT_FILTER",
    "RECITATION, CONTENT_FILTER",
    "BLOCKLIST, CONTENT_FILTER",
    "PROHIBITED_CONTENT, CONTENT_FILTER",
    "SPII, CONTENT_FILTER",
    "MALFORMED_FUNCTION_CALL, OTHER",
    "OTHER, OTHER",
    "FINISH_REASON_UNSPECIFIED, OTHER",
    "something_new, OTHER",
  })
  void should_normalise_each_vendor_word(String raw, FinishReason expected) {
    assertThat(FinishReason.fromVendor(raw, false)).isEqualTo(expected);
  }

  @Test
  void should_say_tool_calls_for_a_reply_that_stopped_normally_after_calling_tools() {
    assertThat(FinishReason.fromVendor("STOP", true)).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(FinishReason.fromVendor(null, true)).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(FinishReason.fromVendor("max_tokens", true)).isEqualTo(FinishReason.LENGTH);
  }

  @Test
  void should_say_nothing_when_the_vendor_said_nothing() {
    assertThat(FinishReason.fromVendor(null, false)).isNull();
    assertThat(FinishReason.fromVendor(" ", false)).isNull();
  }

  @Test
  void should_read_its_own_words_back() {
    for (FinishReason r : FinishReason.values()) {
      assertThat(FinishReason.parse(r.json())).isEqualTo(r);
    }
    assertThat(FinishReason.parse(null)).isNull();
    assertThat(FinishReason.parse("future_word")).isEqualTo(FinishReason.OTHER);
    assertThat(FinishReason.LENGTH.truncated()).isTrue();
    assertThat(FinishReason.STOP.truncated()).isFalse();
  }
}
