package ai.trainloop.provider.gemini;

import static ai.trainloop.provider.ReplayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.RequestParams;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ReplayHarness;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recorded calls, OpenAI's and Anthropic's, as Gemini's generateContent gets them. */
class GeminiReplayTest {
  private static final String MODEL = "gemini-2.0-flash";
  private static final String REPLY =
      """
      {"candidates": [{"content": {"parts": [{"text": "ok"}]}, "finishReason": "STOP"}],
       "usageMetadata": {"promptTokenCount": 1, "candidatesTokenCount": 1}}""";

  private final ReplayHarness harness = new ReplayHarness();
  private final ChatProvider gemini = harness.provider("google", MODEL);
  @TempDir Path dir;

  @AfterEach
  void close() {
    harness.close();
  }

  private static ChatRequest replay(RecordedCall call) {
    return new ChatRequest(MODEL, call.input(), call.params(), null);
  }

  @Test
  void should_send_an_openai_call_with_inline_and_file_data_function_parts_and_json_mode()
      throws Exception {
    RecordedCall call = ReplayHarness.read(dir, ReplayHarness.OPENAI_CALL);

    assertThat(harness.sent(gemini, replay(call), REPLY))
        .isEqualTo(
            json(
                """
        {"contents": [
           {"role": "user", "parts": [
             {"text": "Weather where this photo was taken?"},
             {"fileData": {"mimeType": "image/jpeg", "fileUri": "https://example.com/paris.jpg"}},
             {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}}]},
           {"role": "model", "parts": [{"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}}]},
           {"role": "user", "parts": [
             {"functionResponse": {"name": "get_weather", "response": {"output": {"temp_c": 18}}}},
             {"text": "And in Fahrenheit?"}]}],
         "systemInstruction": {"parts": [{"text": "You help travellers."}]},
         "tools": [{"functionDeclarations": [{"name": "get_weather", "description": "Weather now",
           "parameters": {"type": "OBJECT", "properties": {"city": {"type": "STRING"}}, "required": ["city"]}}]}],
         "toolConfig": {"functionCallingConfig": {"mode": "AUTO"}},
         "generationConfig": {"temperature": 0.3, "topP": 0.9, "maxOutputTokens": 300,
           "stopSequences": ["END"], "seed": 7, "responseMimeType": "application/json",
           "responseSchema": {"type": "OBJECT", "properties": {"temp_f": {"nullable": true, "type": "NUMBER"}},
                              "required": ["temp_f"]}}}"""));
  }

  @Test
  void should_send_a_call_recorded_against_anthropic_with_the_function_named_from_its_call()
      throws Exception {
    RecordedCall call = ReplayHarness.read(dir, ReplayHarness.ANTHROPIC_CALL);

    assertThat(harness.sent(gemini, replay(call), REPLY))
        .isEqualTo(
            json(
                """
        {"contents": [
           {"role": "user", "parts": [
             {"text": "Weather in the city on this photo?"},
             {"inlineData": {"mimeType": "image/jpeg", "data": "/9j/4AAQ"}}]},
           {"role": "model", "parts": [
             {"text": "Let me check."},
             {"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}}]},
           {"role": "user", "parts": [
             {"functionResponse": {"name": "get_weather", "response": {"output": "18 C"}}}]}],
         "systemInstruction": {"parts": [{"text": "Be brief."}]},
         "tools": [{"functionDeclarations": [{"name": "get_weather", "description": "Weather now",
           "parameters": {"type": "OBJECT", "properties": {"city": {"type": "STRING"}}}}]}],
         "toolConfig": {"functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": ["get_weather"]}},
         "generationConfig": {"temperature": 0.5, "maxOutputTokens": 500, "stopSequences": ["STOP"]}}"""));
  }

  @Test
  void should_send_reasoning_effort_as_a_thinking_budget() throws Exception {
    RecordedCall call = ReplayHarness.read(dir, ReplayHarness.ANTHROPIC_CALL);
    RequestParams effort = call.params().toBuilder().reasoningEffort("low").build();

    assertThat(
            harness
                .sent(gemini, new ChatRequest(MODEL, call.input(), effort, null), REPLY)
                .at("/generationConfig/thinkingConfig"))
        .isEqualTo(json("{\"thinkingBudget\": 1024}"));
  }

  @Test
  void should_fail_the_sample_naming_a_field_gemini_has_no_place_for() {
    RecordedCall call = ReplayHarness.read(dir, ReplayHarness.OPENAI_CALL);
    RequestParams bias =
        call.params().toBuilder().extra(Map.of("logit_bias", Map.of("1", 2))).build();

    assertThat(harness.refused(gemini, new ChatRequest(MODEL, call.input(), bias, null)))
        .hasMessage("google cannot take logit_bias");
  }
}
