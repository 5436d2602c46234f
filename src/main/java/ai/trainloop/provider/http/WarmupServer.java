package ai.trainloop.provider.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;

/**
 * A provider imitation on loopback, inside the process, that warms the call path before the first
 * real call is timed: it answers the OpenAI ({@code .../chat/completions}), Anthropic ({@code
 * .../v1/messages}) and Gemini ({@code ...:generateContent}) endpoints with one fixed reply in each
 * vendor's wire format, and anything else with a 404. On the JDK's {@code com.sun.net.httpserver}:
 * nothing leaves the machine, and no key is sent to it. Close it when done.
 */
public final class WarmupServer implements AutoCloseable {
  private static final String TEXT = "Hello there, Alice! Nice to meet you.";

  private final HttpServer server;
  private final ExecutorService threads;

  private WarmupServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Starts one on a free loopback port, answering on {@code workers} threads. */
  public static WarmupServer start(int workers) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      AtomicInteger n = new AtomicInteger();
      ExecutorService threads =
          Executors.newFixedThreadPool(
              Math.max(1, workers),
              r -> {
                Thread t = new Thread(r, "trainloop-warmup-server-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(threads);
      server.createContext("/", WarmupServer::answer);
      server.start();
      return new WarmupServer(server, threads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Its base URL, {@code http://127.0.0.1:<port>}. */
  public HttpUrl baseUrl() {
    InetSocketAddress a = server.getAddress();
    return new HttpUrl.Builder()
        .scheme("http")
        .host(a.getAddress().getHostAddress())
        .port(a.getPort())
        .build();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      boolean streamed =
          path.endsWith(":streamGenerateContent")
              || body.replace(" ", "").contains("\"stream\":true");
      String reply = streamed ? events(path) : reply(path);
      byte[] bytes =
          (reply == null ? "{\"error\": {\"message\": \"no such endpoint\"}}" : reply)
              .getBytes(StandardCharsets.UTF_8);
      exchange
          .getResponseHeaders()
          .set(
              "Content-Type", streamed && reply != null ? "text/event-stream" : "application/json");
      exchange.sendResponseHeaders(reply == null ? 404 : 200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /**
   * The fixed reply for an endpoint as the server-sent events of a streamed reply (the text in two
   * deltas, then the usage and the end), so the streaming readers are warmed too; null for an
   * unknown endpoint.
   */
  static String events(String path) {
    String[] half = {TEXT.substring(0, 12), TEXT.substring(12)};
    if (path.endsWith("/chat/completions")) {
      String chunk =
          "data: {\"id\": \"chatcmpl-warmup\", \"object\": \"chat.completion.chunk\", "
              + "\"model\": \"m\", \"choices\": [{\"index\": 0, \"delta\": {\"content\": \"%s\"}, "
              + "\"finish_reason\": %s}]}\n\n";
      return String.format(chunk, half[0], "null")
          + String.format(chunk, half[1], "\"stop\"")
          + "data: {\"id\": \"chatcmpl-warmup\", \"object\": \"chat.completion.chunk\", "
          + "\"model\": \"m\", \"choices\": [], \"usage\": {\"prompt_tokens\": 12, "
          + "\"completion_tokens\": 9, \"total_tokens\": 21}}\n\n"
          + "data: [DONE]\n\n";
    }
    if (path.endsWith("/v1/messages")) {
      String delta =
          "event: content_block_delta\ndata: {\"type\": \"content_block_delta\", \"index\": 0, "
              + "\"delta\": {\"type\": \"text_delta\", \"text\": \"%s\"}}\n\n";
      return "event: message_start\ndata: {\"type\": \"message_start\", \"message\": "
          + "{\"id\": \"msg_warmup\", \"type\": \"message\", \"role\": \"assistant\", "
          + "\"model\": \"m\", \"content\": [], \"stop_reason\": null, "
          + "\"usage\": {\"input_tokens\": 12, \"output_tokens\": 1}}}\n\n"
          + "event: content_block_start\ndata: {\"type\": \"content_block_start\", "
          + "\"index\": 0, \"content_block\": {\"type\": \"text\", \"text\": \"\"}}\n\n"
          + String.format(delta, half[0])
          + String.format(delta, half[1])
          + "event: content_block_stop\ndata: {\"type\": \"content_block_stop\", \"index\": 0}\n\n"
          + "event: message_delta\ndata: {\"type\": \"message_delta\", \"delta\": "
          + "{\"stop_reason\": \"end_turn\"}, \"usage\": {\"output_tokens\": 9}}\n\n"
          + "event: message_stop\ndata: {\"type\": \"message_stop\"}\n\n";
    }
    if (path.endsWith(":streamGenerateContent")) {
      String chunk =
          "data: {\"candidates\": [{\"content\": {\"role\": \"model\", \"parts\": "
              + "[{\"text\": \"%s\"}]}%s}]%s}\r\n\r\n";
      return String.format(chunk, half[0], "", "")
          + String.format(
              chunk,
              half[1],
              ", \"finishReason\": \"STOP\"",
              ", \"usageMetadata\": {\"promptTokenCount\": 12, \"candidatesTokenCount\": 9, "
                  + "\"totalTokenCount\": 21}");
    }
    return null;
  }

  /** The fixed reply for an endpoint; null for an unknown one. */
  static String reply(String path) {
    if (path.endsWith("/chat/completions")) {
      return "{\"id\": \"chatcmpl-warmup\", \"object\": \"chat.completion\", \"model\": \"m\", "
          + "\"choices\": [{\"index\": 0, \"finish_reason\": \"stop\", "
          + "\"message\": {\"role\": \"assistant\", \"content\": \""
          + TEXT
          + "\"}}], "
          + "\"usage\": {\"prompt_tokens\": 12, \"completion_tokens\": 9, \"total_tokens\": 21}}";
    }
    if (path.endsWith("/v1/messages")) {
      return "{\"id\": \"msg_warmup\", \"type\": \"message\", \"role\": \"assistant\", "
          + "\"model\": \"m\", \"stop_reason\": \"end_turn\", "
          + "\"content\": [{\"type\": \"text\", \"text\": \""
          + TEXT
          + "\"}], \"usage\": {\"input_tokens\": 12, \"output_tokens\": 9, "
          + "\"cache_creation_input_tokens\": 0, \"cache_read_input_tokens\": 0}}";
    }
    if (path.endsWith(":generateContent")) {
      return "{\"candidates\": [{\"content\": {\"role\": \"model\", \"parts\": [{\"text\": \""
          + TEXT
          + "\"}]}, \"finishReason\": \"STOP\"}], \"usageMetadata\": {\"promptTokenCount\": 12, "
          + "\"candidatesTokenCount\": 9, \"totalTokenCount\": 21}}";
    }
    return null;
  }
}
