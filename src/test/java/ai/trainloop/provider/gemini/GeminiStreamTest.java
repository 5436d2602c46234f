package ai.trainloop.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.http.HttpSetup;
import ai.trainloop.provider.http.StreamAssembler.Seen;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Gemini chunks built back into one response: parts joined, function calls kept, the end. */
class GeminiStreamTest {

  private final GeminiStream stream = new GeminiStream(HttpSetup.newMapper());

  @Test
  void should_keep_function_calls_and_the_last_finish_reason_and_usage() throws Exception {
    // given text, then a function call with the finish reason
    Seen text =
        stream.take(
            null,
            """
            {"candidates": [{"content": {"role": "model", "parts": [{"text": "Checking"}]}}],
             "usageMetadata": {"promptTokenCount": 4}}""");
    assertThat(stream.completeAtEnd()).isFalse();
    stream.take(
        null,
        """
        {"candidates": [{"content": {"role": "model", "parts": [
          {"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}}]}, "finishReason": "STOP"}],
         "usageMetadata": {"promptTokenCount": 4, "candidatesTokenCount": 7}}""");

    // when
    JsonNode whole = stream.reply();

    // then
    assertThat(text).isEqualTo(Seen.CONTENT);
    assertThat(stream.completeAtEnd()).isTrue();
    JsonNode parts = whole.path("candidates").get(0).path("content").path("parts");
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).path("text").asText()).isEqualTo("Checking");
    assertThat(parts.get(1).path("functionCall").path("name").asText()).isEqualTo("get_weather");
    assertThat(whole.path("candidates").get(0).path("finishReason").asText()).isEqualTo("STOP");
    assertThat(whole.path("usageMetadata").path("candidatesTokenCount").asLong()).isEqualTo(7);
  }

  @Test
  void should_be_complete_after_a_blocked_prompt_and_not_after_text_alone() throws Exception {
    // given
    GeminiStream blocked = new GeminiStream(HttpSetup.newMapper());

    // when
    blocked.take(null, "{\"promptFeedback\": {\"blockReason\": \"SAFETY\"}}");
    stream.take(null, "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Hal\"}]}}]}");

    // then a blocked prompt ends its stream; text without a finish reason is cut off
    assertThat(blocked.completeAtEnd()).isTrue();
    assertThat(blocked.reply().has("candidates")).isFalse();
    assertThat(stream.completeAtEnd()).isFalse();
  }
}
