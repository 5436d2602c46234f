import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny provider imitation on loopback, for the {@code trainloop} launcher only: after each build the launcher runs
 * one small benchmark against it to write the start-up archive (AppCDS). It answers OpenAI
 * ({@code .../chat/completions}), Anthropic ({@code /v1/messages}) and Gemini ({@code ...:generateContent}) requests
 * with one fixed reply in each vendor's wire format, prints {@code loopback: <base URL>} on stdout and serves until
 * killed. Only the JDK is needed ({@code java launcher/LoopbackProvider.java}); it is not part of the product jar.
 */
public final class LoopbackProvider {
  private static final String TEXT = "Hello there, Alice! Nice to meet you.";
  private static final Pattern MODEL = Pattern.compile("\"model\"\\s*:\\s*\"([^\"\\\\]*)\"");
  private static final Pattern GEMINI = Pattern.compile(".*/models/[^/:]+:generateContent");

  private LoopbackProvider() {}

  public static void main(String... args) throws IOException, InterruptedException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    server.createContext("/", LoopbackProvider::answer);
    server.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "loopback");
      t.setDaemon(true);
      return t;
    }));
    server.start();
    System.out.println("loopback: http://" + loopback.getHostAddress() + ":" + server.getAddress().getPort());
    System.out.flush();
    new CountDownLatch(1).await();  // serves until the process is killed
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String reply;
      if (path.endsWith("/chat/completions")) {
        reply = openAi(model(body));
      } else if (path.endsWith("/v1/messages")) {
        reply = anthropic(model(body));
      } else {
        reply = GEMINI.matcher(path).matches() ? gemini() : null;
      }
      byte[] bytes = (reply == null ? "{\"error\": {\"message\": \"no such endpoint\"}}" : reply)
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply == null ? 404 : 200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static String model(String body) {
    Matcher m = MODEL.matcher(body);
    return m.find() ? m.group(1) : "model";
  }

  private static String openAi(String model) {
    return "{\"id\": \"chatcmpl-loopback\", \"object\": \"chat.completion\", \"model\": \"" + model + "\", "
        + "\"choices\": [{\"index\": 0, \"finish_reason\": \"stop\", "
        + "\"message\": {\"role\": \"assistant\", \"content\": \"" + TEXT + "\"}}], "
        + "\"usage\": {\"prompt_tokens\": 12, \"completion_tokens\": 9, \"total_tokens\": 21}}";
  }

  private static String anthropic(String model) {
    return "{\"id\": \"msg_loopback\", \"type\": \"message\", \"role\": \"assistant\", \"model\": \"" + model + "\", "
        + "\"stop_reason\": \"end_turn\", \"content\": [{\"type\": \"text\", \"text\": \"" + TEXT + "\"}], "
        + "\"usage\": {\"input_tokens\": 12, \"output_tokens\": 9, \"cache_creation_input_tokens\": 0, "
        + "\"cache_read_input_tokens\": 0}}";
  }

  private static String gemini() {
    return "{\"candidates\": [{\"content\": {\"role\": \"model\", \"parts\": [{\"text\": \"" + TEXT + "\"}]}, "
        + "\"finishReason\": \"STOP\"}], "
        + "\"usageMetadata\": {\"promptTokenCount\": 12, \"candidatesTokenCount\": 9, \"totalTokenCount\": 21}}";
  }
}
