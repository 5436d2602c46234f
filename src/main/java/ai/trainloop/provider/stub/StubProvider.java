package ai.trainloop.provider.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A local imitation of the providers for end-to-end tests and the benchmark harness, on MockWebServer: answers OpenAI
 * ({@code /chat/completions}), Anthropic ({@code /v1/messages}) and Gemini ({@code :generateContent}) requests in
 * their own wire formats, with the reply decided per call by a {@link Script}.
 */
public final class StubProvider extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One incoming call: which wire format, model, last user message, and the how-many-th attempt at that prompt. */
  public record Call(String format, String model, String prompt, int attempt) {}

  /** What to answer: a reply with its token counts, or a fault. */
  public sealed interface Reply {}

  /** A normal answer. */
  public record Text(String text, long inputTokens, long outputTokens, long delayMillis) implements Reply {
    public Text(String text, long inputTokens, long outputTokens) {
      this(text, inputTokens, outputTokens, 0);
    }
  }

  /** An HTTP error with headers and a body as the vendor writes it. */
  public record Fault(int status, Map<String, String> headers, String body) implements Reply {}

  /** The connection is dropped without an answer. */
  public record Drop() implements Reply {}

  /** No answer for this long (a hung call). */
  public record Hang(long millis) implements Reply {}

  @FunctionalInterface
  public interface Script {
    Reply answer(Call call);
  }

  private final Script script;
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  public final AtomicInteger requests = new AtomicInteger();
  public final Map<String, String> lastAuth = new ConcurrentHashMap<>();

  public StubProvider(Script script) {
    this.script = script;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.incrementAndGet();
    try {
      String path = request.getTarget();
      JsonNode body = JSON.readTree(request.getBody() == null ? "{}" : request.getBody().utf8());
      String format = path.contains("/chat/completions") ? "openai"
          : path.contains("/v1/messages") ? "anthropic" : path.contains(":generateContent") ? "gemini" : "?";
      String model = format.equals("gemini")
          ? path.replaceAll(".*/models/([^:]+):generateContent.*", "$1") : body.path("model").asText();
      String prompt = lastUserText(format, body);
      int attempt = attempts.computeIfAbsent(format + "|" + model + "|" + prompt, k -> new AtomicInteger())
          .incrementAndGet();
      for (String h : new String[] {"Authorization", "x-api-key", "x-goog-api-key", "api-key"}) {
        String v = request.getHeaders().get(h);
        if (v != null) {
          lastAuth.put(format, v);
        }
      }
      Reply reply = script.answer(new Call(format, model, prompt, attempt));
      return respond(format, model, reply);
    } catch (Exception e) {
      return new MockResponse.Builder().code(500).body("{\"error\": {\"message\": \"stub: " + e + "\"}}").build();
    }
  }

  private static String lastUserText(String format, JsonNode body) {
    JsonNode list = format.equals("gemini") ? body.path("contents") : body.path("messages");
    String text = "";
    for (JsonNode m : list) {
      String role = m.path("role").asText();
      if (role.equals("user")) {
        text = format.equals("gemini") ? m.path("parts").path(0).path("text").asText() : contentText(m.path("content"));
      }
    }
    return text;
  }

  private static String contentText(JsonNode content) {
    if (content.isArray()) {
      StringBuilder sb = new StringBuilder();
      content.forEach(p -> sb.append(p.path("text").asText()));
      return sb.toString();
    }
    return content.asText();
  }

  private static MockResponse respond(String format, String model, Reply reply) {
    if (reply instanceof Drop) {
      return new MockResponse.Builder().onRequestStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    }
    if (reply instanceof Hang h) {
      return new MockResponse.Builder().body("{}").headersDelay(h.millis(), TimeUnit.MILLISECONDS).build();
    }
    if (reply instanceof Fault f) {
      MockResponse.Builder b = new MockResponse.Builder().code(f.status()).addHeader("Content-Type",
          "application/json").body(f.body());
      f.headers().forEach(b::addHeader);
      return b.build();
    }
    Text t = (Text) reply;
    MockResponse.Builder b = new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body(body(format, model, t).toString());
    if (t.delayMillis() > 0) {
      b.headersDelay(t.delayMillis(), TimeUnit.MILLISECONDS);
    }
    return b.build();
  }

  static ObjectNode body(String format, String model, Text t) {
    ObjectNode root = JSON.createObjectNode();
    switch (format) {
      case "openai" -> {
        root.put("id", "chatcmpl-stub").put("object", "chat.completion").put("model", model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", t.text());
        root.putObject("usage").put("prompt_tokens", t.inputTokens()).put("completion_tokens", t.outputTokens())
            .put("total_tokens", t.inputTokens() + t.outputTokens());
      }
      case "anthropic" -> {
        root.put("id", "msg_stub").put("type", "message").put("role", "assistant").put("model", model)
            .put("stop_reason", "end_turn");
        root.putArray("content").addObject().put("type", "text").put("text", t.text());
        root.putObject("usage").put("input_tokens", t.inputTokens()).put("output_tokens", t.outputTokens())
            .put("cache_creation_input_tokens", 0).put("cache_read_input_tokens", 0);
      }
      default -> {
        ObjectNode cand = root.putArray("candidates").addObject();
        ArrayNode parts = cand.putObject("content").put("role", "model").putArray("parts");
        parts.addObject().put("text", t.text());
        cand.put("finishReason", "STOP");
        root.putObject("usageMetadata").put("promptTokenCount", t.inputTokens())
            .put("candidatesTokenCount", t.outputTokens())
            .put("totalTokenCount", t.inputTokens() + t.outputTokens());
      }
    }
    return root;
  }
}
