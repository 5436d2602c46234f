package ai.trainloop.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ContentPart;
import ai.trainloop.chat.Dialect;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.chat.ResponseFormat;
import ai.trainloop.chat.ToolCall;
import ai.trainloop.chat.ToolChoice;
import ai.trainloop.chat.ToolSpec;
import ai.trainloop.events.EventLineParser.MalformedLineException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading every request shape the SDKs record: OpenAI's chat format and Anthropic's Messages. */
class RecordedRequestParsingTest {
  private final EventLineParser parser = new EventLineParser();

  static final String OPENAI_LINE =
      """
      {"tag": "weather", "url": "https://api.openai.com/v1/chat/completions", "model": "gpt-4o",
       "input": [
         {"role": "system", "content": "You help travellers."},
         {"role": "user", "content": [
            {"type": "text", "text": "What is this city, and its weather?"},
            {"type": "image_url", "image_url": {"url": "https://example.com/paris.jpg", "detail": "low"}},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]},
         {"role": "assistant", "content": null, "tool_calls": [
            {"id": "call_1", "type": "function",
             "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}]},
         {"role": "tool", "tool_call_id": "call_1", "content": "18 C, sunny"}],
       "output": {"content": "Paris: 18 C and sunny."},
       "modelParams": {"temperature": 0.3, "max_completion_tokens": 300, "top_p": 0.9, "stop": "END",
         "seed": 7, "presence_penalty": 0.5, "frequency_penalty": 0, "reasoning_effort": "low",
         "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "strict": true,
           "schema": {"type": "object", "properties": {"city": {"type": "string"}}}}},
         "tools": [{"type": "function", "function": {"name": "get_weather", "description": "Weather now",
           "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}],
         "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
         "parallel_tool_calls": false, "stream": true, "user": "u-42", "logprobs": null,
         "logit_bias": {"50256": -100}}}""";

  static final String ANTHROPIC_LINE =
      """
      {"tag": "weather", "url": "https://api.anthropic.com/v1/messages", "model": "claude-sonnet-4-5",
       "input": [
         {"role": "user", "content": [
            {"type": "text", "text": "Weather in the city on this photo?"},
            {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "/9j/4AAQ"}}]},
         {"role": "assistant", "content": [
            {"type": "thinking", "thinking": "hmm", "signature": "x"},
            {"type": "text", "text": "Let me look."},
            {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Paris"}}]},
         {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_1", "content": "18 C", "is_error": false},
            {"type": "text", "text": "And tomorrow?"}]}],
       "modelParams": {"max_tokens": 500, "system": [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}}],
         "stop_sequences": ["\\n\\nHuman:"], "top_k": 40, "metadata": {"user_id": "u-1"},
         "tools": [{"name": "get_weather", "input_schema": {"type": "object"}}],
         "tool_choice": {"type": "any", "disable_parallel_tool_use": true}}}""";

  private RecordedCall parse(String line) throws MalformedLineException {
    return parser.parse(line.replace("\n", " "), "f.jsonl:1");
  }

  private String problem(String line) {
    return catchThrowableOfType(MalformedLineException.class, () -> parse(line)).getMessage();
  }

  @Test
  void should_read_an_openai_call_with_parts_tool_calls_and_a_tool_result() throws Exception {
    RecordedCall call = parse(OPENAI_LINE);

    assertThat(call.input())
        .containsExactly(
            new ChatMessage("system", "You help travellers."),
            ChatMessage.of(
                "user",
                List.of(
                    new ContentPart.Text("What is this city, and its weather?"),
                    new ContentPart.Image("https://example.com/paris.jpg", null, null, "low"),
                    ContentPart.Image.ofBase64("image/png", "iVBORw0KGgo="))),
            ChatMessage.assistant(
                List.of(), List.of(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"))),
            ChatMessage.toolResult("call_1", List.of(new ContentPart.Text("18 C, sunny")), false));
    assertThat(call.input().get(1).content()).isEqualTo("What is this city, and its weather?");
  }

  @Test
  void should_read_every_replayed_parameter_of_an_openai_call() throws Exception {
    RequestParams p = parse(OPENAI_LINE).params();

    assertThat(p.dialect()).isEqualTo(Dialect.OPENAI);
    assertThat(p.temperature()).isEqualTo(0.3);
    assertThat(p.maxTokens()).isEqualTo(300);
    assertThat(p.topP()).isEqualTo(0.9);
    assertThat(p.stop()).containsExactly("END");
    assertThat(p.seed()).isEqualTo(7L);
    assertThat(p.presencePenalty()).isEqualTo(0.5);
    assertThat(p.frequencyPenalty()).isEqualTo(0.0);
    assertThat(p.reasoningEffort()).isEqualTo("low");
    assertThat(p.responseFormat().type()).isEqualTo(ResponseFormat.Type.JSON_SCHEMA);
    assertThat(p.responseFormat().name()).isEqualTo("answer");
    assertThat(p.responseFormat().schema()).containsKey("properties");
    assertThat(p.tools()).extracting(ToolSpec::name).containsExactly("get_weather");
    assertThat(p.tools().get(0).parameters()).containsEntry("required", List.of("city"));
    assertThat(p.toolChoice()).isEqualTo(new ToolChoice(ToolChoice.Mode.TOOL, "get_weather"));
    assertThat(p.parallelToolCalls()).isFalse();
    assertThat(p.stream()).isTrue();
    assertThat(p.dropped()).containsExactly("user");
    assertThat(p.extra()).containsOnlyKeys("logit_bias");
  }

  @Test
  void should_read_an_anthropic_call_by_its_url_with_system_blocks_and_tool_blocks()
      throws Exception {
    RecordedCall call = parse(ANTHROPIC_LINE);

    assertThat(call.input())
        .containsExactly(
            new ChatMessage("system", "Be brief."),
            ChatMessage.of(
                "user",
                List.of(
                    new ContentPart.Text("Weather in the city on this photo?"),
                    ContentPart.Image.ofBase64("image/jpeg", "/9j/4AAQ"))),
            ChatMessage.assistant(
                List.of(new ContentPart.Text("Let me look.")),
                List.of(new ToolCall("toolu_1", "get_weather", "{\"city\":\"Paris\"}"))),
            ChatMessage.toolResult("toolu_1", List.of(new ContentPart.Text("18 C")), false),
            new ChatMessage("user", "And tomorrow?"));
    RequestParams p = call.params();
    assertThat(p.dialect()).isEqualTo(Dialect.ANTHROPIC);
    assertThat(p.maxTokens()).isEqualTo(500);
    assertThat(p.stop()).containsExactly("\n\nHuman:");
    assertThat(p.topK()).isEqualTo(40);
    assertThat(p.tools())
        .containsExactly(new ToolSpec("get_weather", null, Map.of("type", "object"), null));
    assertThat(p.toolChoice()).isEqualTo(new ToolChoice(ToolChoice.Mode.REQUIRED, null));
    assertThat(p.parallelToolCalls()).isFalse();
    assertThat(p.dropped()).containsExactly("metadata");
    assertThat(p.extra()).isEmpty();
  }

  @Test
  void should_give_a_call_with_an_image_another_id_than_its_text_alone() throws Exception {
    List<ChatMessage> withImage = parse(OPENAI_LINE).input().subList(0, 2);
    List<ChatMessage> textOnly =
        withImage.stream().map(m -> new ChatMessage(m.role(), m.content())).toList();

    assertThat(SampleIds.of("weather", withImage)).isNotEqualTo(SampleIds.of("weather", textOnly));
  }

  @Test
  void should_name_the_key_of_content_that_is_a_number_or_parts_that_are_not_objects() {
    assertThat(problem("{\"input\": [{\"role\": \"user\", \"content\": 42}]}"))
        .isEqualTo("input[0].content is neither a string nor a list of parts");
    assertThat(problem("{\"input\": [{\"role\": \"user\", \"content\": [\"hi\"]}]}"))
        .isEqualTo("input[0].content[0]: expected an object, got \"hi\"");
    assertThat(problem("{\"input\": [{\"role\": \"user\", \"content\": [{\"type\": \"video\"}]}]}"))
        .isEqualTo(
            "input[0].content[0].type: 'video' is not a content part of OpenAI's chat format");
    assertThat(
            problem(
                "{\"input\": [{\"role\": \"user\", \"content\": [{\"type\": \"image_url\","
                    + " \"image_url\": {\"url\": \"data:image/png,abc\"}}]}]}"))
        .isEqualTo(
            "input[0].content[0].image_url.url: a data URL must be data:<media type>;base64,<data>");
  }

  @Test
  void should_refuse_a_tool_message_without_its_call_id_or_without_an_earlier_call() {
    assertThat(problem("{\"input\": [{\"role\": \"tool\", \"content\": \"18 C\"}]}"))
        .isEqualTo("input[0].tool_call_id: a tool message needs the id of the call it answers");
    assertThat(
            problem(
                "{\"input\": [{\"role\": \"user\", \"content\": \"hi\"},"
                    + " {\"role\": \"tool\", \"tool_call_id\": \"call_9\", \"content\": \"18 C\"}]}"))
        .isEqualTo(
            "input[1] is the result of tool call 'call_9', which no earlier assistant message makes");
  }

  @Test
  void should_name_the_parameter_whose_value_has_the_wrong_type() {
    String line = "{\"input\": [{\"role\": \"user\", \"content\": \"hi\"}], \"modelParams\": %s}";

    assertThat(problem(line.formatted("{\"temperature\": \"hot\"}")))
        .isEqualTo("modelParams.temperature: expected a number, got \"hot\"");
    assertThat(problem(line.formatted("{\"tools\": {\"name\": \"x\"}}")))
        .isEqualTo("modelParams.tools: expected a list, got {\"name\":\"x\"}");
    assertThat(
            problem(
                line.formatted(
                    "{\"tools\": [{\"type\": \"web_search_20250305\", \"name\": \"w\"}]}")))
        .isEqualTo(
            "modelParams.tools[0].type: only function tools can be replayed, not 'web_search_20250305'");
    assertThat(problem(line.formatted("{\"max_tokens\": -1}")))
        .isEqualTo("modelParams.max_tokens: expected a whole number from 0 to 2147483647, got -1");
    assertThat(problem(line.formatted("[1]")))
        .isEqualTo("modelParams: expected an object, got [1]");
  }

  @Test
  void should_refuse_anthropic_blocks_out_of_place_and_unknown_sources() {
    String anthropic =
        "{\"url\": \"https://api.anthropic.com/v1/messages\", \"input\": [{\"role\": \"user\","
            + " \"content\": [%s]}]}";

    assertThat(
            problem(
                anthropic.formatted("{\"type\": \"tool_use\", \"id\": \"t\", \"name\": \"f\"}")))
        .isEqualTo("input[0].content[0]: a tool_use block belongs in an assistant message");
    assertThat(
            problem(
                anthropic.formatted(
                    "{\"type\": \"image\", \"source\": {\"type\": \"file\", \"file_id\": \"f\"}}")))
        .isEqualTo(
            "input[0].content[0].source.type: a source of type 'file' cannot be replayed (base64 or url)");
    assertThat(problem(anthropic.formatted("{\"type\": \"tool_result\", \"tool_use_id\": \"t\"}")))
        .isEqualTo(
            "input[0] is the result of tool call 't', which no earlier assistant message makes");
  }

  @Test
  void should_make_base64_data_beyond_the_json_string_limit_a_line_problem() {
    String huge = "A".repeat(20_000_001);
    String line =
        "{\"input\": [{\"role\": \"user\", \"content\": [{\"type\": \"image_url\", \"image_url\":"
            + " {\"url\": \"data:image/png;base64,"
            + huge
            + "\"}}]}]}";

    assertThat(problem(line)).startsWith("invalid JSON").contains("String value length");
  }
}
