package ai.trainloop.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.SourceLocation;
import ai.trainloop.events.EventReader;
import ai.trainloop.events.RecordedCall;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Test helper for replays: recorded lines read as the benchmark reads them, one vendor imitated on
 * loopback, and the request body it got.
 */
public final class ReplayHarness implements AutoCloseable {
  public static final ObjectMapper JSON = new ObjectMapper();

  /** A call the app made to OpenAI: parameters, images, a tool and a tool-call history. */
  public static final String OPENAI_CALL =
      """
      {"tag": "weather", "url": "https://api.openai.com/v1/chat/completions", "model": "gpt-4o",
       "input": [
         {"role": "system", "content": "You help travellers."},
         {"role": "user", "content": [
           {"type": "text", "text": "Weather where this photo was taken?"},
           {"type": "image_url", "image_url": {"url": "https://example.com/paris.jpg"}},
           {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]},
         {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function",
           "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}]},
         {"role": "tool", "tool_call_id": "call_1", "content": "{\\"temp_c\\":18}"},
         {"role": "user", "content": "And in Fahrenheit?"}],
       "output": {"content": "64 F"},
       "modelParams": {"temperature": 0.3, "max_tokens": 300, "top_p": 0.9, "stop": ["END"], "seed": 7,
         "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "strict": true,
           "schema": {"type": "object", "properties": {"temp_f": {"type": ["number", "null"]}},
                      "required": ["temp_f"], "additionalProperties": false}}},
         "tools": [{"type": "function", "function": {"name": "get_weather", "description": "Weather now",
           "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                          "required": ["city"], "additionalProperties": false}}}],
         "tool_choice": "auto", "user": "u-42", "stream": true}}""";

  /** A call the app made to Anthropic: system apart, an image block, tool_use and tool_result. */
  public static final String ANTHROPIC_CALL =
      """
      {"tag": "weather", "url": "https://api.anthropic.com/v1/messages", "model": "claude-3-5-haiku-20241022",
       "input": [
         {"role": "user", "content": [
           {"type": "text", "text": "Weather in the city on this photo?"},
           {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "/9j/4AAQ"}}]},
         {"role": "assistant", "content": [
           {"type": "text", "text": "Let me check."},
           {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Paris"}}]},
         {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "18 C"}]}],
       "output": {"content": "[{'type': 'text', 'text': 'Sunny, 18 C.'}]"},
       "modelParams": {"max_tokens": 500, "system": "Be brief.", "stop_sequences": ["STOP"], "temperature": 0.5,
         "tools": [{"name": "get_weather", "description": "Weather now",
                    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}],
         "tool_choice": {"type": "tool", "name": "get_weather"}, "metadata": {"user_id": "u-1"}}}""";

  private final MockWebServer server = new MockWebServer();

  public ReplayHarness() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The recorded call on {@code line}, read as the benchmark reads events files. */
  public static RecordedCall read(Path dir, String line) {
    try {
      Path events = Files.createDirectories(dir.resolve("events"));
      Files.writeString(events.resolve("1.jsonl"), line.replace("\n", " ") + "\n");
      List<RecordedCall> calls = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      new EventReader(events, warnings::add).forEach(calls::add);
      assertThat(warnings).isEmpty();
      return calls.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A ready adapter of {@code provider} (openai, anthropic, google) calling this server. */
  public ChatProvider provider(String provider, String model) {
    String base = server.url(provider.equals("openai") ? "/v1" : "/").toString();
    ProviderEntry entry =
        new ProviderEntry(
            provider,
            model,
            null,
            null,
            base,
            null,
            null,
            null,
            null,
            null,
            null,
            new SourceLocation(Path.of("trainloop.config.yaml"), 1, 1));
    Map<String, String> keys =
        Map.of(
            "OPENAI_API_KEY",
            "sk-test",
            "ANTHROPIC_API_KEY",
            "sk-ant-test",
            "GOOGLE_API_KEY",
            "g-test");
    Resolution r =
        new Providers(Providers.defaultClient(2), keys, Clock.systemUTC(), w -> {})
            .resolve(entry, null);
    return ((Resolution.Ready) r).provider();
  }

  /** What {@code provider} makes of the reply {@code body} (status 200) to {@code request}. */
  public ChatResponse answered(ChatProvider provider, ChatRequest request, String body)
      throws ProviderException {
    server.enqueue(new MockResponse.Builder().code(200).body(body).build());
    return provider.complete(request);
  }

  /** Sends {@code request} to a server that answers {@code reply}; the body it got. */
  public JsonNode sent(ChatProvider provider, ChatRequest request, String reply) throws Exception {
    server.enqueue(new MockResponse.Builder().body(reply).build());
    provider.complete(request);
    RecordedRequest taken = server.takeRequest(5, TimeUnit.SECONDS);
    return JSON.readTree(taken.getBody().utf8());
  }

  /** The sample error {@code request} gets, having checked that nothing was sent. */
  public ProviderException refused(ChatProvider provider, ChatRequest request) {
    ProviderException e =
        catchThrowableOfType(ProviderException.class, () -> provider.complete(request));
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(ProviderException.Kind.SAMPLE_ERROR);
    assertThat(server.getRequestCount()).isZero();
    return e;
  }

  public static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
