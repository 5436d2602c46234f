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
      exchange.getRequestBody().readAllBytes();
      String reply = reply(path);
      byte[] bytes =
          (reply == null ? "{\"error\": {\"message\": \"no such endpoint\"}}" : reply)
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply == null ? 404 : 200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
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
