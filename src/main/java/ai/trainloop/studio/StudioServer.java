package ai.trainloop.studio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * TrainLoop's web studio: serves the runs of a data folder ({@code
 * <data_folder>/benchmarks/<run_id>/}) to a browser. It answers only its own page and assets (from
 * the classpath) and a read-only JSON API over the runs' reports; a path with {@code ..} or an
 * encoded slash is refused with 400, anything else unknown gets 404, and a run that cannot be read
 * gets 500 with the problem. Every response carries a Content-Security-Policy that allows only the
 * studio's own scripts. A client gets {@link #READ_DEADLINE} to send its request line and headers;
 * after that its connection is closed, so clients that send half a request cannot hold the workers.
 *
 * <pre>{@code
 * try (StudioServer studio = new StudioServer(dataFolder, "127.0.0.1", 8888).start()) {
 *   out.println("TrainLoop Studio: " + studio.url());
 *   ...wait for Ctrl-C...
 * }
 * }</pre>
 */
public final class StudioServer implements AutoCloseable {
  /** Host used unless the user names another: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** Port used unless the user names another. */
  public static final int DEFAULT_PORT = 8888;

  /** The highest TCP port. */
  public static final int MAX_PORT = 65535;

  /** How long a client may take to send a request's line and headers. */
  static final Duration READ_DEADLINE = Duration.ofSeconds(10);

  /** Worker threads: requests being read or handled at once; more wait their turn. */
  static final int WORKERS = 16;

  static final String PAGE_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private static final java.util.Set<String> LOOPBACK =
      java.util.Set.of("127.0.0.1", "localhost", "::1", "[::1]");

  private final String host;
  private final int port;
  private final Duration readDeadline;
  private final RunStore store;
  private final StudioApi api;
  private final StudioAssets assets;
  private HttpServer server;
  private StudioWorkers workers;

  /** A studio on {@value #DEFAULT_HOST}:{@value #DEFAULT_PORT}. */
  public StudioServer(Path dataFolder) {
    this(dataFolder, DEFAULT_HOST, DEFAULT_PORT);
  }

  /**
   * @param dataFolder the TrainLoop data folder (the one holding {@code benchmarks/})
   * @param host address to bind, e.g. 127.0.0.1
   * @param port port to bind; 0 picks a free one (see {@link #url()})
   * @throws IllegalStateException when the jar lacks the studio's assets
   */
  public StudioServer(Path dataFolder, String host, int port) {
    this(dataFolder, host, port, READ_DEADLINE);
  }

  StudioServer(Path dataFolder, String host, int port, Duration readDeadline) {
    if (port < 0 || port > MAX_PORT) {
      throw new IllegalArgumentException("port must be 0.." + MAX_PORT + ", got " + port);
    }
    this.host = Objects.requireNonNull(host, "host");
    this.port = port;
    this.readDeadline = Objects.requireNonNull(readDeadline, "readDeadline");
    this.store = new RunStore(Objects.requireNonNull(dataFolder, "dataFolder"));
    this.api = new StudioApi(store);
    this.assets = new StudioAssets();
  }

  /**
   * Binds and starts serving; returns this.
   *
   * @throws java.net.BindException when the port is taken, or the address is not one of this
   *     machine's
   * @throws java.net.UnknownHostException when the host name does not resolve
   */
  public synchronized StudioServer start() throws IOException {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new UnknownHostException(host);
    }
    HttpServer http = HttpServer.create(address, 0);
    workers = new StudioWorkers(WORKERS, readDeadline);
    http.setExecutor(workers);
    http.createContext("/", this::handle);
    http.start();
    server = http;
    workers.background(api::prefetchNewest);
    return this;
  }

  /**
   * True when the server listens on a loopback address only (not, say, 0.0.0.0 or a LAN address).
   */
  public synchronized boolean loopbackOnly() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return server.getAddress().getAddress().isLoopbackAddress();
  }

  /** The address to open in a browser, e.g. {@code http://127.0.0.1:8888/}. */
  public synchronized URI url() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + server.getAddress().getPort() + "/");
  }

  /** Stops serving at once; safe to call twice. */
  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
      workers.shutdownNow();
      server = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * Every path through here that can send a response sends one; the exchange is closed in all
   * cases.
   */
  private void handle(HttpExchange exchange) {
    try {
      if (workers.requestRead()) {
        respond(exchange);
      }
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      fail(exchange, e);
    } finally {
      exchange.close();
    }
  }

  private void respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      send(exchange, 405, "text/plain; charset=utf-8", bytes("method not allowed"));
      return;
    }
    String raw = exchange.getRequestURI().getRawPath();
    String lower = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
    if (raw == null
        || !raw.startsWith("/")
        || lower.contains("..")
        || lower.contains("%2e")
        || lower.contains("%2f")
        || lower.contains("%5c")
        || lower.contains("\\")
        || lower.contains("//")) {
      send(exchange, 400, "text/plain; charset=utf-8", bytes("bad path"));
      return;
    }
    if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
      send(exchange, 403, "text/plain; charset=utf-8", bytes("unexpected Host header"));
      return;
    }
    route(exchange, raw);
  }

  /**
   * A 500 naming the problem, unless the response had begun (then the client sees the connection
   * close).
   */
  private void fail(HttpExchange exchange, Throwable problem) {
    if (exchange.getResponseCode() != -1) {
      return;
    }
    try {
      exchange.getResponseHeaders().remove("Cache-Control");
      send(
          exchange,
          500,
          "text/plain; charset=utf-8",
          bytes("studio error: " + store.problem(problem)));
    } catch (IOException | RuntimeException e) {
      // the client went away: there is no one left to tell
    }
  }

  /**
   * On a loopback address, only requests naming a loopback host are answered: a web page on another
   * site cannot reach the studio by pointing its own domain name at 127.0.0.1 (DNS rebinding).
   */
  private boolean hostAllowed(String hostHeader) {
    if (!LOOPBACK.contains(host)) {
      return true;
    }
    if (hostHeader == null) {
      return false;
    }
    String name =
        hostHeader.startsWith("[")
            ? hostHeader.substring(0, hostHeader.indexOf(']') + 1)
            : hostHeader.contains(":")
                ? hostHeader.substring(0, hostHeader.indexOf(':'))
                : hostHeader;
    return LOOPBACK.contains(name.toLowerCase(Locale.ROOT));
  }

  private void route(HttpExchange exchange, String raw) throws IOException {
    if (raw.equals("/") || raw.equals("/index.html")) {
      send(exchange, 200, assets.page().contentType(), assets.page().bytes());
    } else if (raw.startsWith("/assets/")) {
      var asset = assets.get(raw.substring("/assets/".length()));
      if (asset.isPresent()) {
        send(exchange, 200, asset.get().contentType(), asset.get().bytes());
      } else {
        send(exchange, 404, "text/plain; charset=utf-8", bytes("not found"));
      }
    } else if (raw.startsWith("/api/")) {
      List<String> segments = new ArrayList<>();
      for (String s : Arrays.asList(raw.substring("/api/".length()).split("/"))) {
        segments.add(java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
      StudioApi.Reply reply = api.handle(segments, exchange.getRequestURI().getRawQuery());
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      send(
          exchange,
          reply.status(),
          "application/json; charset=utf-8",
          StudioJson.MAPPER.writeValueAsBytes(reply.body()));
    } else {
      send(exchange, 404, "text/plain; charset=utf-8", bytes("not found"));
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("Content-Security-Policy", PAGE_POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
