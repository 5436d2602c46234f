package ai.trainloop.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.provider.http.HttpSetup;
import ai.trainloop.provider.http.StreamAssembler.Seen;
import ai.trainloop.provider.http.StreamAssembler.StreamError;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Anthropic events built back into a message: text and tool_use blocks, usage, errors. */
class AnthropicStreamTest {

  private final AnthropicStream stream = new AnthropicStream(HttpSetup.newMapper());

  @Test
  void should_build_a_tool_use_block_from_its_joined_input_json_deltas() throws Exception {
    // given a text block and a tool_use block whose input comes in pieces
    stream.take(
        "message_start",
        """
        {"type": "message_start", "message": {"id": "msg_1", "type": "message", "role": "assistant",
         "content": [], "stop_reason": null, "usage": {"input_tokens": 30, "output_tokens": 1,
         "cache_read_input_tokens": 5}}}""");
    stream.take(
        "content_block_start",
        "{\"type\": \"content_block_start\", \"index\": 0, \"content_block\": {\"type\": \"text\", \"text\": \"\"}}");
    Seen text =
        stream.take(
            "content_block_delta",
            "{\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"text_delta\", \"text\": \"Let me check.\"}}");
    stream.take("content_block_stop", "{\"type\": \"content_block_stop\", \"index\": 0}");
    stream.take(
        "content_block_start",
        """
        {"type": "content_block_start", "index": 1, "content_block": {"type": "tool_use",
         "id": "toolu_1", "name": "get_weather", "input": {}}}""");
    Seen empty =
        stream.take(
            "content_block_delta",
            "{\"type\": \"content_block_delta\", \"index\": 1, \"delta\": {\"type\": \"input_json_delta\", \"partial_json\": \"\"}}");
    stream.take(
        "content_block_delta",
        "{\"type\": \"content_block_delta\", \"index\": 1, \"delta\": {\"type\": \"input_json_delta\", \"partial_json\": \"{\\\"city\\\": \"}}");
    stream.take(
        "content_block_delta",
        "{\"type\": \"content_block_delta\", \"index\": 1, \"delta\": {\"type\": \"input_json_delta\", \"partial_json\": \"\\\"Paris\\\"}\"}}");
    stream.take("content_block_stop", "{\"type\": \"content_block_stop\", \"index\": 1}");
    stream.take(
        "message_delta",
        "{\"type\": \"message_delta\", \"delta\": {\"stop_reason\": \"tool_use\"}, \"usage\": {\"output_tokens\": 42}}");

    // when
    Seen end = stream.take("message_stop", "{\"type\": \"message_stop\"}");
    JsonNode whole = stream.reply();

    // then
    assertThat(text).isEqualTo(Seen.CONTENT);
    assertThat(empty).isEqualTo(Seen.OTHER);
    assertThat(end).isEqualTo(Seen.END);
    assertThat(whole.path("content").get(0).path("text").asText()).isEqualTo("Let me check.");
    JsonNode tool = whole.path("content").get(1);
    assertThat(tool.path("type").asText()).isEqualTo("tool_use");
    assertThat(tool.path("name").asText()).isEqualTo("get_weather");
    assertThat(tool.path("input").path("city").asText()).isEqualTo("Paris");
    assertThat(whole.path("stop_reason").asText()).isEqualTo("tool_use");
    // output from message_delta, the rest kept from message_start
    assertThat(whole.path("usage").path("output_tokens").asLong()).isEqualTo(42);
    assertThat(whole.path("usage").path("input_tokens").asLong()).isEqualTo(30);
    assertThat(whole.path("usage").path("cache_read_input_tokens").asLong()).isEqualTo(5);
  }

  @Test
  void should_give_an_overloaded_error_event_the_status_529_it_has_unstreamed() {
    // when
    StreamError e =
        catchThrowableOfType(
            StreamError.class,
            () ->
                stream.take(
                    "error",
                    "{\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}"));

    // then
    assertThat(e.status()).isEqualTo(529);
  }

  @Test
  void should_refuse_a_tool_input_that_is_not_json_and_a_stop_before_the_start() throws Exception {
    // given a tool_use block whose joined input is cut
    stream.take(
        "message_start",
        "{\"type\": \"message_start\", \"message\": {\"content\": [], \"usage\": {\"input_tokens\": 1}}}");
    stream.take(
        "content_block_start",
        "{\"type\": \"content_block_start\", \"index\": 0, \"content_block\": {\"type\": \"tool_use\", \"name\": \"f\", \"input\": {}}}");
    stream.take(
        "content_block_delta",
        "{\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"input_json_delta\", \"partial_json\": \"{\\\"a\\\": \"}}");

    // when / then
    assertThat(
            catchThrowableOfType(
                IOException.class,
                () ->
                    stream.take(
                        "content_block_stop", "{\"type\": \"content_block_stop\", \"index\": 0}")))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                IOException.class,
                () ->
                    new AnthropicStream(HttpSetup.newMapper())
                        .take("message_stop", "{\"type\": \"message_stop\"}")))
        .hasMessageContaining("before message_start");
  }
}
