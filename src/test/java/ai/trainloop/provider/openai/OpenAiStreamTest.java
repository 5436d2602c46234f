package ai.trainloop.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.provider.http.HttpSetup;
import ai.trainloop.provider.http.StreamAssembler.Seen;
import ai.trainloop.provider.http.StreamAssembler.StreamError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** OpenAI chunks built back into a chat.completion: text, tool calls by index, errors. */
class OpenAiStreamTest {

  private final OpenAiStream stream = new OpenAiStream(HttpSetup.newMapper());

  @Test
  void should_gather_tool_call_deltas_by_index_and_join_their_arguments() throws Exception {
    // given two tool calls streamed in pieces, interleaved
    assertThat(
            stream.take(
                null,
                """
                {"choices": [{"index": 0, "delta": {"role": "assistant", "tool_calls": [
                  {"index": 0, "id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": ""}}]}}]}"""))
        .isEqualTo(Seen.CONTENT);
    stream.take(
        null,
        """
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": "{\\"city\\":"}}]}}]}""");
    stream.take(
        null,
        """
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 1, "id": "call_2", "function": {"name": "now", "arguments": "{}"}}]}}]}""");
    stream.take(
        null,
        """
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": "\\"Paris\\"}"}}]}}]}""");
    stream.take(
        null,
        """
        {"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}],
         "usage": {"prompt_tokens": 9, "completion_tokens": 12}}""");

    // when
    Seen last = stream.take(null, "[DONE]");
    JsonNode whole = stream.reply();

    // then each call has its id, its name, and its arguments joined
    assertThat(last).isEqualTo(Seen.END);
    JsonNode message = whole.path("choices").path(0).path("message");
    JsonNode calls = message.path("tool_calls");
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0).path("id").asText()).isEqualTo("call_1");
    assertThat(calls.get(0).path("function").path("name").asText()).isEqualTo("get_weather");
    assertThat(calls.get(0).path("function").path("arguments").asText())
        .isEqualTo("{\"city\":\"Paris\"}");
    assertThat(calls.get(1).path("id").asText()).isEqualTo("call_2");
    assertThat(calls.get(1).path("function").path("arguments").asText()).isEqualTo("{}");
    assertThat(message.path("content").isNull()).isTrue();
    assertThat(whole.path("choices").path(0).path("finish_reason").asText())
        .isEqualTo("tool_calls");
    assertThat(whole.path("usage").path("completion_tokens").asLong()).isEqualTo(12);
  }

  @Test
  void should_not_count_a_role_or_an_empty_delta_as_the_first_token() throws Exception {
    // when / then
    assertThat(
            stream.take(
                null,
                "{\"choices\": [{\"index\": 0, \"delta\": {\"role\": \"assistant\", \"content\": \"\"}}]}"))
        .isEqualTo(Seen.OTHER);
    assertThat(
            stream.take(null, "{\"choices\": [{\"index\": 0, \"delta\": {\"content\": \"H\"}}]}"))
        .isEqualTo(Seen.CONTENT);
  }

  @Test
  void should_make_an_error_chunk_the_calls_error_and_a_broken_line_unreadable() {
    // when
    StreamError error =
        catchThrowableOfType(
            StreamError.class,
            () ->
                stream.take(
                    null,
                    "{\"error\": {\"message\": \"The server had an error\", \"type\": \"server_error\"}}"));
    Throwable broken =
        catchThrowableOfType(
            JsonProcessingException.class,
            () -> stream.take(null, "{\"choices\": [{\"index\": 0, \"delta\": {\"cont"));

    // then a server error without a status reads as a 500; a cut line is not JSON
    assertThat(error.status()).isEqualTo(500);
    assertThat(error.body()).contains("server_error");
    assertThat(broken).isNotNull();
  }
}
