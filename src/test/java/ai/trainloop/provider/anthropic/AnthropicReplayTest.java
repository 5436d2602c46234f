package ai.trainloop.provider.anthropic;

import static ai.trainloop.provider.ReplayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ContentPart;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.chat.ResponseFormat;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ReplayHarness;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recorded calls, OpenAI's and Anthropic's, as Anthropic's Messages API gets them. */
class AnthropicReplayTest {
  private static final String MODEL = "claude-3-5-haiku-20241022";
  private static final String REPLY =
      """
      {"content": [{"type": "text", "text": "ok"}], "stop_reason": "end_turn",
       "usage": {"input_tokens": 1, "output_tokens": 1}}""";

  private final ReplayHarness harness = new ReplayHarness();
  private final ChatProvider anthropic = harness.provider("anthropic", MODEL);
  @TempDir Path dir;

  @AfterEach
  void close() {
    harness.close();
  }

  private static ChatRequest replay(RecordedCall call) {
    return new ChatRequest(MODEL, call.input(), call.params(), null);
  }

  @Test
  void should_send_an_openai_call_with_images_tools_and_history_as_anthropic_blocks()
      throws Exception {
    RecordedCall call = ReplayHarness.read(dir, ReplayHarness.OPENAI_CALL);

    JsonNode body = harness.sent(anthropic, replay(call), REPLY);

    String schema =
        "{\"type\":\"object\",\"properties\":{\"temp_f\":{\"type\":[\"number\",\"null\"]}},"
            + "\"required\":[\"temp_f\"],\"additionalProperties\":false}";
    assertThat(body.get("system").asText())
        .isEqualTo(
            "You help travellers.\n\nAnswer with a single JSON object and nothing else: no prose,"
                + " no code fences. The object must match this JSON schema:\n"
                + schema);
    ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("system");
    assertThat(body)
        .isEqualTo(
            json(
                """
        {"model": "claude-3-5-haiku-20241022", "max_tokens": 300,
         "messages": [
           {"role": "user", "content": [
             {"type": "text", "text": "Weather where this photo was taken?"},
             {"type": "image", "source": {"type": "url", "url": "https://example.com/paris.jpg"}},
             {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}}]},
           {"role": "assistant", "content": [
             {"type": "tool_use", "id": "call_1", "name": "get_weather", "input": {"city": "Paris"}}]},
           {"role": "user", "content": [
             {"type": "tool_result", "tool_use_id": "call_1", "content": "{\\"temp_c\\":18}"},
             {"type": "text", "text": "And in Fahrenheit?"}]}],
         "temperature": 0.3, "top_p": 0.9, "stop_sequences": ["END"],
         "tools": [{"name": "get_weather", "description": "Weather now",
                    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}},
                                     "required": ["city"], "additionalProperties": false}}],
         "tool_choice": {"type": "auto"}}"""));
    assertThat(anthropic.dropped(replay(call))).containsExactly("seed");
  }

  @Test
  void should_send_a_call_recorded_against_anthropic_back_as_recorded() throws Exception {
    RecordedCall call = ReplayHarness.read(dir, ReplayHarness.ANTHROPIC_CALL);

    assertThat(harness.sent(anthropic, replay(call), REPLY))
        .isEqualTo(
            json(
                """
        {"model": "claude-3-5-haiku-20241022", "max_tokens": 500, "system": "Be brief.",
         "messages": [
           {"role": "user", "content": [
             {"type": "text", "text": "Weather in the city on this photo?"},
             {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "/9j/4AAQ"}}]},
           {"role": "assistant", "content": [
             {"type": "text", "text": "Let me check."},
             {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Paris"}}]},
           {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "18 C"}]}],
         "temperature": 0.5, "stop_sequences": ["STOP"],
         "tools": [{"name": "get_weather", "description": "Weather now",
                    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}],
         "tool_choice": {"type": "tool", "name": "get_weather"}}"""));
  }

  @Test
  void should_fail_the_sample_naming_input_audio_without_sending() {
    ChatRequest audio =
        new ChatRequest(
            MODEL,
            List.of(
                ChatMessage.of(
                    "user",
                    List.of(
                        new ContentPart.Text("Transcribe this"),
                        new ContentPart.Audio("UklGRg==", "wav")))),
            RequestParams.NONE,
            null);

    assertThat(harness.refused(anthropic, audio))
        .hasMessage("anthropic cannot take input_audio parts");
  }

  @Test
  void should_refuse_a_tool_result_without_its_call_without_sending() {
    ChatRequest orphan =
        new ChatRequest(
            MODEL,
            List.of(
                new ChatMessage("user", "Weather?"),
                ChatMessage.toolResult("toolu_9", List.of(new ContentPart.Text("18 C")), false)),
            RequestParams.NONE,
            null);

    assertThat(harness.refused(anthropic, orphan))
        .hasMessage(
            "anthropic: input[1] is the result of tool call 'toolu_9', which no earlier assistant"
                + " message makes");
  }

  @Test
  void should_never_send_an_empty_text_block_or_an_empty_turn() throws Exception {
    ChatRequest blanks =
        new ChatRequest(
            MODEL,
            List.of(
                ChatMessage.of(
                    "user",
                    List.of(
                        new ContentPart.Text(""), ContentPart.Image.ofUrl("https://x.io/a.png"))),
                new ChatMessage("assistant", ""),
                ChatMessage.of(
                    "user", List.of(new ContentPart.Text("  "), new ContentPart.Text("Hi")))),
            RequestParams.NONE,
            null);

    assertThat(harness.sent(anthropic, blanks, REPLY).get("messages"))
        .isEqualTo(
            json(
                """
        [{"role": "user", "content": [
           {"type": "image", "source": {"type": "url", "url": "https://x.io/a.png"}},
           {"type": "text", "text": "Hi"}]}]"""));
  }

  @Test
  void should_ask_for_json_by_instruction_and_forbid_parallel_calls_through_tool_choice()
      throws Exception {
    RecordedCall call = ReplayHarness.read(dir, ReplayHarness.OPENAI_CALL);
    RequestParams params =
        call.params().toBuilder()
            .responseFormat(new ResponseFormat(ResponseFormat.Type.JSON_OBJECT, null, null, null))
            .parallelToolCalls(false)
            .build();

    JsonNode body =
        harness.sent(anthropic, new ChatRequest(MODEL, call.input(), params, null), REPLY);

    assertThat(body.get("system").asText())
        .endsWith("Answer with a single JSON object and nothing else: no prose, no code fences.");
    assertThat(body.get("tool_choice"))
        .isEqualTo(json("{\"type\": \"auto\", \"disable_parallel_tool_use\": true}"));
  }

  @Test
  void should_fail_the_sample_naming_fields_only_openai_takes() {
    RecordedCall call = ReplayHarness.read(dir, ReplayHarness.OPENAI_CALL);

    assertThat(
            harness.refused(
                anthropic,
                new ChatRequest(
                    MODEL,
                    call.input(),
                    call.params().toBuilder().extra(Map.of("logit_bias", Map.of())).build(),
                    null)))
        .hasMessage("anthropic cannot take logit_bias");
    assertThat(
            harness.refused(
                anthropic,
                new ChatRequest(
                    MODEL,
                    call.input(),
                    call.params().toBuilder().reasoningEffort("high").build(),
                    null)))
        .hasMessageStartingWith("anthropic cannot take reasoning_effort");
  }
}
