package ai.trainloop.provider.cache;

import ai.trainloop.eval.FinishReason;
import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.CallTiming;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@link ChatProvider} that answers from a {@link ResponseCache} when it holds the call's reply,
 * and stores each reply it had to fetch. A reply from the cache is marked on the call's trace
 * ({@link ai.trainloop.provider.CallTrace#cached()}). Errors and content-filtered replies are never
 * stored.
 */
public final class CachingProvider implements ChatProvider {

  private final ChatProvider delegate;
  private final ResponseCache cache;
  private final String baseUrl;
  private final int repeat;

  /**
   * @param baseUrl the URL the delegate calls (part of the key); "" for a provider without one
   * @param repeat added to each call's own repeat index ({@link
   *     ai.trainloop.provider.CallTrace#repeat()}); 0 for a model's calls
   */
  public CachingProvider(ChatProvider delegate, ResponseCache cache, String baseUrl, int repeat) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.baseUrl = baseUrl == null ? "" : baseUrl;
    this.repeat = repeat;
  }

  @Override
  public ChatResponse complete(ChatRequest request) throws ProviderException {
    return complete(request, new CallCancel());
  }

  @Override
  public ChatResponse complete(ChatRequest request, CallCancel cancel) throws ProviderException {
    String key = CacheKey.of(delegate.name(), baseUrl, request, repeat + cancel.trace().repeat());
    var hit = cache.get(key);
    if (hit.isPresent()) {
      cancel.trace().cached(true);
      ChatResponse r = hit.get().response();
      Duration latency = hit.get().latency() == null ? Duration.ZERO : hit.get().latency();
      return new ChatResponse(r.text(), r.usage(), r.finishReason(), latency, r.toolCalls());
    }
    ChatResponse response = delegate.complete(request, cancel);
    if (response.finish() != FinishReason.CONTENT_FILTER) {
      CallTiming timing = cancel.trace().timing();
      Duration latency =
          response.latency() != null ? response.latency() : timing != null ? timing.total() : null;
      cache.put(key, response, latency);
    }
    return response;
  }

  @Override
  public boolean answersFromCache(Supplier<ChatRequest> request, int repeat) {
    return cache
        .get(CacheKey.of(delegate.name(), baseUrl, request.get(), this.repeat + repeat))
        .isPresent();
  }

  @Override
  public void preopen(Consumer<String> debug) {
    delegate.preopen(debug);
  }

  @Override
  public List<String> dropped(ChatRequest request) {
    return delegate.dropped(request);
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public String keyVariable() {
    return delegate.keyVariable();
  }
}
