package ai.trainloop.provider.openai;

import static ai.trainloop.provider.ReplayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ContentPart;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ReplayHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recorded calls, OpenAI's and Anthropic's, as OpenAI's chat completions get them. */
class OpenAiReplayTest {
  private static final String REPLY =
      """
      {"choices": [{"message": {"content": "ok"}, "finish_reason": "stop"}],
       "usage": {"prompt_tokens": 1, "completion_tokens": 1}}""";

  private final ReplayHarness harness = new ReplayHarness();
  private final ChatProvider openai = harness.provider("openai", "gpt-4o");
  @TempDir Path dir;

  @AfterEach
  void close() {
    harness.close();
  }

  private static ChatRequest replay(String model, RecordedCall call) {
    return new ChatRequest(model, call.input(), call.params(), null);
  }

  @Test
  void should_send_an_openai_call_as_recorded_without_the_fields_that_do_not_change_the_task()
      throws Exception {
    RecordedCall call = ReplayHarness.read(dir, ReplayHarness.OPENAI_CALL);

    assertThat(harness.sent(openai, replay("gpt-4o", call), REPLY))
        .isEqualTo(
            json(
                """
        {"model": "gpt-4o",
         "messages": [
           {"role": "system", "content": "You help travellers."},
           {"role": "user", "content": [
             {"type": "text", "text": "Weather where this photo was taken?"},
             {"type": "image_url", "image_url": {"url": "https://example.com/paris.jpg"}},
             {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]},
           {"role": "assistant", "tool_calls": [{"id": "call_1", "type": "function",
             "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}]},
           {"role": "tool", "tool_call_id": "call_1", "content": "{\\"temp_c\\":18}"},
           {"role": "user", "content": "And in Fahrenheit?"}],
         "temperature": 0.3, "max_tokens": 300, "top_p": 0.9, "stop": ["END"], "seed": 7,
         "response_format": {"type": "json_schema", "json_schema": {"name": "answer",
           "schema": {"type": "object", "properties": {"temp_f": {"type": ["number", "null"]}},
                      "required": ["temp_f"], "additionalProperties": false}, "strict": true}},
         "tools": [{"type": "function", "function": {"name": "get_weather", "description": "Weather now",
           "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                          "required": ["city"], "additionalProperties": false}}}],
         "tool_choice": "auto"}"""));
  }

  @Test
  void should_send_a_call_recorded_against_anthropic_in_openai_shapes() throws Exception {
    RecordedCall call = ReplayHarness.read(dir, ReplayHarness.ANTHROPIC_CALL);

    assertThat(harness.sent(openai, replay("gpt-4o", call), REPLY))
        .isEqualTo(
            json(
                """
        {"model": "gpt-4o",
         "messages": [
           {"role": "system", "content": "Be brief."},
           {"role": "user", "content": [
             {"type": "text", "text": "Weather in the city on this photo?"},
             {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,/9j/4AAQ"}}]},
           {"role": "assistant", "content": "Let me check.", "tool_calls": [{"id": "toolu_1",
             "type": "function", "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}]},
           {"role": "tool", "tool_call_id": "toolu_1", "content": "18 C"}],
         "temperature": 0.5, "max_tokens": 500, "stop": ["STOP"],
         "tools": [{"type": "function", "function": {"name": "get_weather", "description": "Weather now",
           "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}],
         "tool_choice": {"type": "function", "function": {"name": "get_weather"}}}"""));
  }

  @Test
  void should_pass_fields_it_does_not_model_as_recorded_to_openai_but_refuse_anthropic_ones()
      throws Exception {
    RecordedCall call = ReplayHarness.read(dir, ReplayHarness.OPENAI_CALL);
    RequestParams withBias =
        call.params().toBuilder().extra(Map.of("logit_bias", Map.of("50256", -100))).build();

    assertThat(
            harness
                .sent(openai, new ChatRequest("gpt-4o", call.input(), withBias, null), REPLY)
                .get("logit_bias"))
        .isEqualTo(json("{\"50256\": -100}"));

    RecordedCall anthropic = ReplayHarness.read(dir, ReplayHarness.ANTHROPIC_CALL);
    RequestParams thinking =
        anthropic.params().toBuilder().extra(Map.of("thinking", Map.of("type", "enabled"))).build();
    ChatProvider fresh = harness.provider("openai", "gpt-4o");
    assertThat(
            catchThrowable(
                () -> fresh.complete(new ChatRequest("gpt-4o", anthropic.input(), thinking, null))))
        .hasMessage("openai cannot take thinking");
    assertThat(
            catchThrowable(
                () ->
                    fresh.complete(
                        new ChatRequest(
                            "gpt-4o",
                            anthropic.input(),
                            anthropic.params().toBuilder().topK(40).build(),
                            null))))
        .hasMessage("openai cannot take top_k");
  }

  @Test
  void should_leave_a_recorded_temperature_out_for_a_reasoning_model_and_say_so() throws Exception {
    RecordedCall call = ReplayHarness.read(dir, ReplayHarness.OPENAI_CALL);
    ChatProvider o3 = harness.provider("openai", "o3-mini");

    var body = harness.sent(o3, replay("o3-mini", call), REPLY);

    assertThat(body.has("temperature")).isFalse();
    assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(300);
    assertThat(o3.dropped(replay("o3-mini", call))).containsExactly("temperature");
  }

  @Test
  void should_send_audio_and_files_as_openai_parts() throws Exception {
    ChatRequest request =
        new ChatRequest(
            "gpt-4o",
            List.of(
                ChatMessage.of(
                    "user",
                    List.of(
                        new ContentPart.Audio("UklGRg==", "wav"),
                        new ContentPart.File("JVBERi0=", "application/pdf", null, null, "a.pdf")))),
            RequestParams.NONE,
            null);

    assertThat(harness.sent(openai, request, REPLY).get("messages"))
        .isEqualTo(
            json(
                """
        [{"role": "user", "content": [
           {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
           {"type": "file", "file": {"file_data": "data:application/pdf;base64,JVBERi0=", "filename": "a.pdf"}}]}]"""));
  }
}
