package ai.trainloop.provider.http;

import ai.trainloop.provider.CallTrace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * {@code --verbose}: one line per HTTP exchange (method, URL, status, attempt, time) and, at {@link
 * Level#BODIES}, the headers and bodies, to a sink (stderr). Secrets never reach it: the headers
 * that carry keys are shown as {@code [redacted]}, and every value of an environment variable whose
 * name holds KEY, TOKEN or SECRET is replaced by {@code [redacted]} wherever it appears (a URL, a
 * body, an error message echoing it). A streamed reply's body is not read here.
 */
public final class HttpLog implements Interceptor {
  /** How much is logged. */
  public enum Level {
    OFF,
    CALLS,
    BODIES
  }

  static final Set<String> KEY_HEADERS =
      Set.of("authorization", "x-api-key", "x-goog-api-key", "api-key", "proxy-authorization");
  private static final long MAX_BODY = 64 * 1024;

  private final Level level;
  private final List<String> secrets;
  private final Consumer<String> sink;
  private final Set<String> quiet = ConcurrentHashMap.newKeySet();

  public HttpLog(Level level, Map<String, String> env, Consumer<String> sink) {
    this.level = level;
    this.sink = sink;
    List<String> s = new ArrayList<>();
    env.forEach(
        (name, value) -> {
          String n = name.toUpperCase(Locale.ROOT);
          if ((n.contains("KEY") || n.contains("TOKEN") || n.contains("SECRET"))
              && value != null
              && value.strip().length() >= 6) {
            s.add(value.strip());
          }
        });
    s.sort(Comparator.comparingInt(String::length).reversed()); // the longest first
    this.secrets = List.copyOf(s);
  }

  /**
   * Exchanges with {@code base}'s host and port are not logged (the warm-up's loopback server: its
   * calls are ours, not a provider's).
   */
  public void ignore(HttpUrl base) {
    quiet.add(base.host() + ":" + base.port());
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (quiet.contains(request.url().host() + ":" + request.url().port())) {
      return chain.proceed(request);
    }
    List<String> keys = keysIn(request.headers());
    CallTrace trace = request.tag(CallTrace.class);
    String attempt =
        trace == null || trace.attempt() == 0 ? "" : " (attempt " + trace.attempt() + ")";
    String line = request.method() + " " + request.url() + attempt;
    if (level == Level.BODIES) {
      log("http: → " + line, keys);
      headers(request.headers(), "http:   > ", keys);
      if (request.body() != null) {
        Buffer copy = new Buffer();
        request.body().writeTo(copy);
        log(
            "http:   > " + copy.readString(Math.min(copy.size(), MAX_BODY), StandardCharsets.UTF_8),
            keys);
      }
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log("http: " + line + " → failed after " + ms(start) + " ms: " + e.getMessage(), keys);
      throw e;
    }
    log("http: " + line + " → " + response.code() + " in " + ms(start) + " ms (headers)", keys);
    if (level == Level.BODIES) {
      headers(response.headers(), "http:   < ", keys);
      ResponseBody body = response.body();
      MediaType type = body.contentType();
      if (type != null && "event-stream".equals(type.subtype())) {
        log("http:   < (a stream of events: not shown)", keys);
      } else {
        log("http:   < " + response.peekBody(MAX_BODY).string(), keys);
      }
    }
    return response;
  }

  private void headers(Headers headers, String prefix, List<String> keys) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean key = KEY_HEADERS.contains(name.toLowerCase(Locale.ROOT));
      log(prefix + name + ": " + (key ? "[redacted]" : headers.value(i)), keys);
    }
  }

  /** The values of the headers that carry a key (without "Bearer "): scrubbed from everything. */
  private static List<String> keysIn(Headers headers) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      if (KEY_HEADERS.contains(headers.name(i).toLowerCase(Locale.ROOT))) {
        String v = headers.value(i).strip();
        v = v.regionMatches(true, 0, "Bearer ", 0, 7) ? v.substring(7).strip() : v;
        if (v.length() >= 4) {
          keys.add(v);
        }
      }
    }
    return keys;
  }

  private void log(String text, List<String> keys) {
    String out = scrub(text);
    for (String k : keys) {
      out = out.replace(k, "[redacted]");
    }
    sink.accept(out);
  }

  /** {@code text} with every secret replaced by {@code [redacted]}. */
  String scrub(String text) {
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, "[redacted]");
    }
    return out;
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
