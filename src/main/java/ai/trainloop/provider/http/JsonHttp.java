package ai.trainloop.provider.http;

import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.CallTrace;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.http.StreamAssembler.Seen;
import ai.trainloop.provider.http.StreamAssembler.StreamError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * One JSON POST, one HTTP request, and every way it can fail classified into a {@link
 * ProviderException}: the HTTP boundary every adapter goes through. No exception from OkHttp leaves
 * it with a message that could hold a header value. What it sees of each attempt (the phases' times
 * from OkHttp's events, the rate-limit headers, a timeout) goes into the attempt's {@link
 * CallTrace}. Thread-safe.
 */
public final class JsonHttp {

  private static final MediaType JSON = MediaType.get("application/json");

  /** The most a {@link #preopen} may take. */
  public static final Duration PREOPEN_TIMEOUT = Duration.ofSeconds(5);

  private final HttpSetup setup;
  private final OkHttpClient client;
  private final ErrorClassifier classifier;
  private final Duration callTimeout;
  private final Duration readTimeout;
  private final Duration connectTimeout;
  private final LongSupplier nanos = System::nanoTime;

  /**
   * @param errors how this vendor's error bodies read
   */
  public JsonHttp(HttpSetup setup, ApiError.Parser errors) {
    this.setup = setup;
    this.classifier = new ErrorClassifier(setup.key(), errors, setup.mapper(), setup.clock());
    // the same pool and dispatcher, with the listener that times each call's phases
    this.client =
        setup.client().newBuilder().eventListenerFactory(TimingListener.factory(nanos)).build();
    this.callTimeout = millis(client.callTimeoutMillis());
    this.readTimeout = millis(client.readTimeoutMillis());
    this.connectTimeout = millis(client.connectTimeoutMillis());
  }

  /**
   * Posts {@code body} as JSON and reads a 2xx reply as {@code replyType}. Redirects are not
   * followed, and no reply body larger than {@link HttpSetup#maxReplyBytes()} is read.
   *
   * @throws ProviderException for a non-2xx status, an I/O failure or timeout, or a 2xx body that
   *     cannot be read
   */
  public <T> T post(HttpUrl url, Headers headers, Object body, Class<T> replyType)
      throws ProviderException {
    return post(url, headers, body, replyType, CallCancel.none());
  }

  /**
   * As {@link #post(HttpUrl, Headers, Object, Class)}, cancelled (its connection closed) by {@code
   * cancel}.
   */
  public <T> T post(
      HttpUrl url, Headers headers, Object body, Class<T> replyType, CallCancel cancel)
      throws ProviderException {
    String text;
    CallTrace trace = cancel.trace();
    try {
      Request request =
          new Request.Builder()
              .url(url)
              .headers(headers)
              .header("User-Agent", "trainloop")
              .post(RequestBody.create(toJson(body), JSON))
              .tag(CallTrace.class, trace)
              .build();
      Call call = client.newCall(request);
      cancel.onCancel(call::cancel);
      try (Response response = call.execute()) {
        trace.rateLimits(RateLimitHeaders.read(response.headers(), setup.clock()));
        if (response.code() >= 300 && response.code() < 400) {
          throw classifier.redirect(response.code(), redirectTarget(response));
        }
        text = bounded(response);
        if (!response.isSuccessful()) {
          throw classifier.fromResponse(response.code(), response.headers(), text);
        }
      }
    } catch (IOException e) {
      if (cancel.cancelled()) {
        throw new ProviderException(ProviderException.Kind.RETRYABLE, 0, "cancelled", null, e);
      }
      trace.timedOut(ErrorClassifier.timeoutLimit(e, callTimeout, readTimeout, connectTimeout));
      throw classifier.fromIo(e, callTimeout, readTimeout, connectTimeout);
    } catch (IllegalArgumentException e) {
      // OkHttp's header checks quote the header's value, which can be a key: its message is never
      // passed on
      throw classifier.unsendable(e);
    }
    return read(text, replyType);
  }

  /**
   * Posts {@code body} with {@code stream: true} (and {@code extra}'s fields) and reads the reply's
   * server-sent events into {@code assembler}, whose whole reply is then read as {@code replyType}:
   * the same record a non-streamed call reads. The first event with content marks the attempt's
   * time to first token in its {@link CallTrace}. A reply that is not an event stream (a server
   * that ignores {@code stream}) is read as a whole reply. A stream cut off before the vendor's
   * last event (the connection closed, a data line that is not JSON) is a retryable error, never a
   * short reply; an error event is classified as the same error sent as a status. The call's
   * timeouts cover the whole stream, and the read timeout each wait between events.
   */
  public <T> T stream(
      HttpUrl url,
      Headers headers,
      ObjectNode body,
      ObjectNode extra,
      StreamAssembler assembler,
      Class<T> replyType,
      CallCancel cancel)
      throws ProviderException {
    ObjectNode sent = body.deepCopy();
    sent.setAll(extra);
    CallTrace trace = cancel.trace();
    JsonNode whole;
    try {
      Request request =
          new Request.Builder()
              .url(url)
              .headers(headers)
              .header("User-Agent", "trainloop")
              .header("Accept", "text/event-stream")
              .post(RequestBody.create(toJson(sent), JSON))
              .tag(CallTrace.class, trace)
              .build();
      Call call = client.newCall(request);
      cancel.onCancel(call::cancel);
      try (Response response = call.execute()) {
        trace.rateLimits(RateLimitHeaders.read(response.headers(), setup.clock()));
        if (response.code() >= 300 && response.code() < 400) {
          throw classifier.redirect(response.code(), redirectTarget(response));
        }
        MediaType type = response.body().contentType();
        if (!response.isSuccessful()
            || type == null
            || !"event-stream".equalsIgnoreCase(type.subtype())) {
          String text = bounded(response);
          if (!response.isSuccessful()) {
            throw classifier.fromResponse(response.code(), response.headers(), text);
          }
          return read(text, replyType);
        }
        whole =
            events(
                new SseReader(response.body().source(), setup.maxReplyBytes()), assembler, trace);
      }
      trace.firstTokenTimed();
    } catch (SseReader.TooLarge e) {
      throw classifier.tooLarge(200, setup.maxReplyBytes());
    } catch (IOException e) {
      if (cancel.cancelled()) {
        throw new ProviderException(ProviderException.Kind.RETRYABLE, 0, "cancelled", null, e);
      }
      trace.timedOut(ErrorClassifier.timeoutLimit(e, callTimeout, readTimeout, connectTimeout));
      throw classifier.fromIo(e, callTimeout, readTimeout, connectTimeout);
    } catch (IllegalArgumentException e) {
      throw classifier.unsendable(e);
    }
    try {
      T reply = setup.mapper().treeToValue(whole, replyType);
      if (reply == null) {
        throw classifier.unparseable("empty stream");
      }
      return reply;
    } catch (JsonProcessingException e) {
      throw classifier.unparseable(setup.key().scrub(e.getOriginalMessage()));
    }
  }

  /** Reads events until the vendor's last one; the assembled reply. */
  private JsonNode events(SseReader reader, StreamAssembler assembler, CallTrace trace)
      throws IOException, ProviderException {
    int events = 0;
    while (true) {
      SseReader.Event event = reader.next();
      if (event == null) {
        if (events > 0 && assembler.completeAtEnd()) {
          return assembler.reply();
        }
        throw classifier.cutStream(
            events == 0
                ? "the stream ended before its first event"
                : "the stream ended after " + events + " events, before its last one");
      }
      events++;
      Seen seen;
      try {
        seen = assembler.take(event.name(), event.data());
      } catch (JsonProcessingException e) {
        throw classifier.cutStream(
            "event " + events + " is not JSON: " + setup.key().scrub(e.getOriginalMessage()));
      } catch (StreamError e) {
        throw classifier.streamError(e.status(), e.body());
      }
      if (seen == Seen.CONTENT) {
        trace.firstToken(nanos.getAsLong());
      } else if (seen == Seen.END) {
        return assembler.reply();
      }
    }
  }

  private <T> T read(String text, Class<T> replyType) throws ProviderException {
    try {
      T reply = setup.mapper().readValue(text, replyType);
      if (reply == null) {
        throw classifier.unparseable("empty body");
      }
      return reply;
    } catch (JsonProcessingException e) {
      throw classifier.unparseable(setup.key().scrub(e.getOriginalMessage()));
    }
  }

  /**
   * The body as text, or a sample error, before reading it, when it is (or turns out) larger than
   * the cap.
   */
  private String bounded(Response response) throws IOException, ProviderException {
    ResponseBody body = response.body();
    long max = setup.maxReplyBytes();
    BufferedSource source = body.source();
    if (body.contentLength() > max || source.request(max + 1)) {
      throw classifier.tooLarge(response.code(), max);
    }
    MediaType type = body.contentType();
    String text =
        source.readString(
            type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8));
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The host (and port when not the scheme's own) a redirect points to; null without a usable
   * Location.
   */
  private static String redirectTarget(Response response) {
    String location = response.header("Location");
    HttpUrl target = location == null ? null : response.request().url().resolve(location);
    if (target == null) {
      return null;
    }
    return target.port() == HttpUrl.defaultPort(target.scheme())
        ? target.host()
        : target.host() + ":" + target.port();
  }

  /**
   * GETs {@code url} with {@code headers} and reads the reply, up to the body cap, only to leave an
   * open connection (and TLS session) in the pool for the calls to come; for {@link
   * ai.trainloop.provider.ChatProvider#preopen}. Any failure is told to {@code debug}, scrubbed of
   * the key, and is otherwise ignored; it is given {@link #PREOPEN_TIMEOUT} at most.
   */
  public void preopen(HttpUrl url, Headers headers, Consumer<String> debug) {
    Request request =
        new Request.Builder()
            .url(url)
            .headers(headers)
            .header("User-Agent", "trainloop")
            .get()
            .build();
    try (Response response =
        client.newBuilder().callTimeout(PREOPEN_TIMEOUT).build().newCall(request).execute()) {
      boolean whole = !response.body().source().request(setup.maxReplyBytes());
      debug.accept(
          "pre-opened a connection to "
              + url.host()
              + " (GET "
              + url.encodedPath()
              + ": HTTP "
              + response.code()
              + (whole ? "" : ", body not read to its end")
              + ")");
    } catch (IOException | RuntimeException e) {
      debug.accept(
          setup
              .key()
              .scrub(
                  "pre-opening a connection to "
                      + url.host()
                      + " failed (harmless): "
                      + e.getClass().getSimpleName()
                      + ": "
                      + e.getMessage()));
    }
  }

  /** A reply that parsed but says nothing usable (no choices, no content): that sample's error. */
  public ProviderException unusable(String detail) {
    return classifier.unparseable(detail);
  }

  private byte[] toJson(Object body) {
    try {
      return setup.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // The wire records are plain strings and numbers: failing to write one is a programming
      // error.
      throw new UncheckedIOException(e);
    }
  }

  private static Duration millis(int ms) {
    return ms <= 0 ? null : Duration.ofMillis(ms);
  }
}
