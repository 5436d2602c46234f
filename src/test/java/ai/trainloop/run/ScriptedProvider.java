package ai.trainloop.run;

import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Usage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A provider whose answer to each call is decided by a script over (last user message, attempt
 * number).
 */
class ScriptedProvider implements ChatProvider {
  interface Script {
    ChatResponse answer(String prompt, int attempt) throws ProviderException;
  }

  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final String name;
  private final Script script;
  private final long holdMillis;

  ScriptedProvider(String name, long holdMillis, Script script) {
    this.name = name;
    this.script = script;
    this.holdMillis = holdMillis;
  }

  static ScriptedProvider echo(String name, long holdMillis) {
    return new ScriptedProvider(
        name, holdMillis, (p, a) -> new ChatResponse("reply to " + p, Usage.of(10, 5), "stop"));
  }

  static Function<String, ChatResponse> text(String t) {
    return p -> new ChatResponse(t, Usage.of(1, 1), "stop");
  }

  @Override
  public ChatResponse complete(ChatRequest request) throws ProviderException {
    calls.incrementAndGet();
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      if (holdMillis > 0) {
        Thread.sleep(holdMillis);
      }
      String prompt = request.messages().get(request.messages().size() - 1).content();
      int attempt = attempts.computeIfAbsent(prompt, k -> new AtomicInteger()).incrementAndGet();
      return script.answer(prompt, attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException(ProviderException.Kind.RETRYABLE, 0, "interrupted");
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public String name() {
    return name;
  }
}
