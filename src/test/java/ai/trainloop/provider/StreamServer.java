package ai.trainloop.provider;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.config.ProviderEntry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/**
 * Streamed replies for the adapters' streaming tests: a provider of one vendor on a local server.
 */
final class StreamServer {
  private StreamServer() {}

  /** {@code provider} ("openai", "anthropic", "google") against {@code server}, with a test key. */
  static ChatProvider provider(MockWebServer server, String provider) {
    return provider(server, provider, Providers.defaultClient(2));
  }

  static ChatProvider provider(MockWebServer server, String provider, okhttp3.OkHttpClient client) {
    ProviderEntry entry =
        ProviderEntry.builder()
            .provider(provider)
            .model(provider.equals("google") ? "gemini-2.0-flash" : "m")
            .baseUrl(server.url(provider.equals("openai") ? "/v1" : "/").toString())
            .build();
    Resolution r =
        new Providers(
                client,
                Map.of(
                    "OPENAI_API_KEY", "sk-test-0123456789",
                    "ANTHROPIC_API_KEY", "sk-ant-test-0123456789",
                    "GEMINI_API_KEY", "AIza-test-0123456789",
                    "GOOGLE_API_KEY", "AIza-test-0123456789"),
                Clock.systemUTC(),
                w -> {})
            .resolve(entry, null);
    return ((Resolution.Ready) r).provider();
  }

  /** A streamed request of one user message. */
  static ChatRequest request(String model) {
    return new ChatRequest(
            model, List.of(new ChatMessage("user", "Hi")), (RequestParams) null, null)
        .streamed(true);
  }

  /** A 200 {@code text/event-stream} reply with {@code body}. */
  static MockResponse events(String body) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "text/event-stream; charset=utf-8")
        .body(body)
        .build();
  }

  /** Server-sent events of data lines alone (OpenAI, Gemini). */
  static String data(String... chunks) {
    StringBuilder sb = new StringBuilder();
    for (String c : chunks) {
      sb.append("data: ").append(c.replace('\n', ' ')).append("\n\n");
    }
    return sb.toString();
  }
}
