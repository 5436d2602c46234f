package ai.trainloop.provider;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One model at one provider. Implementations are thread-safe: the runner calls {@link #complete}
 * from many threads. An adapter makes exactly one HTTP request per call; retries, rate limits and
 * timing belong to the runner.
 */
public interface ChatProvider {

  /**
   * Sends one request. Every failure is a {@link ProviderException} with its {@link
   * ProviderException.Kind}.
   */
  ChatResponse complete(ChatRequest request) throws ProviderException;

  /**
   * Sends one request that another thread may abandon through {@code cancel} (the runner does at
   * the end of a stopped run's grace period). Adapters that make HTTP requests close the connection
   * then; others ignore it.
   */
  default ChatResponse complete(ChatRequest request, CallCancel cancel) throws ProviderException {
    return complete(request);
  }

  /**
   * Opens a connection to the provider before the first call, where that costs nothing: a GET of
   * its model list, with its key, to its own base URL, so that the first calls find a connection
   * (and TLS) set up. Never throws and changes nothing when it fails: that is told to {@code debug}
   * only. Does nothing by default.
   */
  default void preopen(Consumer<String> debug) {}

  /**
   * The fields of {@code request} this vendor leaves out though they were set, each a field that
   * does not change the task (OpenAI's reasoning models take no temperature, Anthropic no seed);
   * the runner warns about each once per model. What a vendor cannot take and would change the task
   * fails the call instead. None by default.
   */
  default List<String> dropped(ChatRequest request) {
    return List.of();
  }

  /**
   * Whether the request {@code request} builds, as repeat {@code repeat} of its pair, would be
   * answered from the response cache now, sending nothing and costing nothing: the budget does not
   * hold such a call back. False by default (the request is then not built).
   */
  default boolean answersFromCache(Supplier<ChatRequest> request, int repeat) {
    return false;
  }

  /** The provider's name as in the config ({@code openai}, {@code anthropic}, ...). */
  String name();

  /**
   * The variable the key is read from, for messages ("set OPENAI_API_KEY"); null when no key is
   * used.
   */
  default String keyVariable() {
    return null;
  }
}
