package ai.trainloop.provider.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A local imitation of the providers for end-to-end tests and the benchmark harness, on
 * MockWebServer: answers OpenAI ({@code /chat/completions}), Anthropic ({@code /v1/messages}) and
 * Gemini ({@code :generateContent}) requests in their own wire formats, with the reply decided per
 * call by a {@link Script}. Every exchange is logged with its arrival time ({@link #exchanges()}),
 * so a test can check how long a client waited before retrying; vendor-shaped error replies are in
 * {@link StubFaults}.
 */
public final class StubProvider extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One incoming call: which wire format, model, last user message, and the how-many-th attempt at
   * that prompt.
   */
  public record Call(String format, String model, String prompt, int attempt) {}

  /** What to answer: a reply with its token counts, or a fault. */
  public sealed interface Reply {}

  /** A normal answer. */
  public record Text(String text, long inputTokens, long outputTokens, long delayMillis)
      implements Reply {
    public Text(String text, long inputTokens, long outputTokens) {
      this(text, inputTokens, outputTokens, 0);
    }
  }

  /** An HTTP error with headers and a body as the vendor writes it. */
  public record Fault(int status, Map<String, String> headers, String body) implements Reply {}

  /** Another reply with extra headers (the rate-limit headers of {@link StubRateLimit}). */
  public record WithHeaders(Reply reply, Map<String, String> headers) implements Reply {}

  /** The connection is dropped without an answer. */
  public record Drop() implements Reply {}

  /** No answer for this long (a hung call). */
  public record Hang(long millis) implements Reply {}

  /**
   * No answer at all: the connection stays open until the client gives up (its timeout) or the
   * server closes.
   */
  public record Stall() implements Reply {}

  /**
   * One request the stub answered.
   *
   * @param call what was asked
   * @param reply what the script answered
   * @param arrivedNanos when the request arrived, on the stub's clock ({@link System#nanoTime()} by
   *     default)
   */
  public record Exchange(Call call, Reply reply, long arrivedNanos) {}

  @FunctionalInterface
  public interface Script {
    Reply answer(Call call);

    /**
     * This script with faults: each attempt up to {@code faultyAttempts} of a prompt gets, with
     * probability {@code rate}, one of {@code faults} instead of its answer, so every prompt is
     * answered in the end when the client retries more often than that. The draw depends only on
     * the seed and the call, never on the order of arrival.
     */
    default Script withFaults(double rate, int faultyAttempts, long seed, List<Reply> faults) {
      List<Reply> choices = List.copyOf(faults);
      return call -> {
        SplittableRandom random = draw(seed, call);
        if (call.attempt() <= faultyAttempts && random.nextDouble() < rate) {
          return choices.get(random.nextInt(choices.size()));
        }
        return answer(call);
      };
    }

    /**
     * This script with each text reply delayed by a latency drawn (per call, from the seed) in
     * [min, max] ms.
     */
    default Script withLatency(long minMillis, long maxMillis, long seed) {
      return call -> {
        Reply reply = answer(call);
        if (reply instanceof Text t) {
          long delay =
              minMillis + draw(seed, call).nextLong(Math.max(1, maxMillis - minMillis + 1));
          return new Text(t.text(), t.inputTokens(), t.outputTokens(), t.delayMillis() + delay);
        }
        return reply;
      };
    }

    private static SplittableRandom draw(long seed, Call call) {
      // Objects.hash is specified (a record's hashCode is not), so a seed draws the same faults on
      // every JDK
      return new SplittableRandom(
          seed * 0x9E3779B97F4A7C15L
              + Objects.hash(call.format(), call.model(), call.prompt(), call.attempt()));
    }
  }

  private final Script script;
  private final LongSupplier nanos;
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
  public final AtomicInteger requests = new AtomicInteger();
  public final Map<String, String> lastAuth = new ConcurrentHashMap<>();

  public StubProvider(Script script) {
    this(script, System::nanoTime);
  }

  /**
   * @param nanos the clock arrival times are read from
   */
  public StubProvider(Script script, LongSupplier nanos) {
    this.script = script;
    this.nanos = nanos;
  }

  /** Every request answered so far, in order of arrival. */
  public List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    long arrived = nanos.getAsLong();
    requests.incrementAndGet();
    try {
      String path = request.getTarget();
      JsonNode body = JSON.readTree(request.getBody() == null ? "{}" : request.getBody().utf8());
      String format =
          path.contains("/chat/completions")
              ? "openai"
              : path.contains("/v1/messages")
                  ? "anthropic"
                  : path.contains("enerateContent") ? "gemini" : "?";
      String model =
          format.equals("gemini")
              ? path.replaceAll(".*/models/([^:]+):(stream)?[gG]enerateContent.*", "$1")
              : body.path("model").asText();
      boolean stream =
          path.contains(":streamGenerateContent") || body.path("stream").asBoolean(false);
      String prompt = StubWire.lastUserText(format, body);
      int attempt =
          attempts
              .computeIfAbsent(format + "|" + model + "|" + prompt, k -> new AtomicInteger())
              .incrementAndGet();
      for (String h : new String[] {"Authorization", "x-api-key", "x-goog-api-key", "api-key"}) {
        String v = request.getHeaders().get(h);
        if (v != null) {
          lastAuth.put(format, v);
        }
      }
      Call call = new Call(format, model, prompt, attempt);
      Reply reply = script.answer(call);
      exchanges.add(new Exchange(call, reply, arrived));
      return respond(format, model, reply, stream);
    } catch (Exception e) {
      return new MockResponse.Builder()
          .code(500)
          .body("{\"error\": {\"message\": \"stub: " + e + "\"}}")
          .build();
    }
  }

  /**
   * A text reply as the vendor streams it ({@link StubWire#events}): its headers after half the
   * delay, its events over the other half, so the first token comes before the end.
   */
  private static MockResponse streamed(String format, String model, Text t) {
    String events = StubWire.events(format, model, t);
    MockResponse.Builder b =
        new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(events);
    if (t.delayMillis() > 0) {
      b.headersDelay(t.delayMillis() / 2, TimeUnit.MILLISECONDS);
      long periods = 4;
      b.throttleBody(
          (events.length() + periods - 1) / periods,
          Math.max(1, t.delayMillis() / 2 / periods),
          TimeUnit.MILLISECONDS);
    }
    return b.build();
  }

  private static MockResponse respond(String format, String model, Reply reply, boolean stream) {
    if (reply instanceof WithHeaders w) {
      MockResponse inner = respond(format, model, w.reply(), stream);
      MockResponse.Builder b = inner.newBuilder();
      w.headers().forEach(b::addHeader);
      return b.build();
    }
    if (reply instanceof Drop) {
      // onRequestStart is read only from a dispatcher's peek(), before dispatch(): a reply from
      // dispatch() has
      // to cut the connection when its response would start
      return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }
    if (reply instanceof Stall) {
      return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
    }
    if (reply instanceof Hang h) {
      return new MockResponse.Builder()
          .body("{}")
          .headersDelay(h.millis(), TimeUnit.MILLISECONDS)
          .build();
    }
    if (reply instanceof Fault f) {
      MockResponse.Builder b =
          new MockResponse.Builder()
              .code(f.status())
              .addHeader("Content-Type", "application/json")
              .body(f.body());
      f.headers().forEach(b::addHeader);
      return b.build();
    }
    Text t = (Text) reply;
    if (stream) {
      return streamed(format, model, t);
    }
    MockResponse.Builder b =
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(StubWire.reply(format, model, t).toString());
    if (t.delayMillis() > 0) {
      b.headersDelay(t.delayMillis(), TimeUnit.MILLISECONDS);
    }
    return b.build();
  }
}
