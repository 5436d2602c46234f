package ai.trainloop.run;

import ai.trainloop.chat.ParamsSummary;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.ReplayParams;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request one model gets for one recorded call. Each parameter comes from the first that sets
 * it: the command line ({@code --temperature}), the provider entry ({@code temperature}, {@code
 * max_tokens}), the recorded call (unless {@code replay_params: config_only}), the vendor's
 * default. The reply is streamed when the entry's {@code stream} says so, else when the run's does
 * ({@code --stream}, {@code benchmark.stream}); the recorded call's own {@code stream} decides
 * nothing (it is kept with the recorded parameters), and the recorded provider never streams.
 */
public final class CallRequests {
  private CallRequests() {}

  public static ChatRequest of(ModelTarget target, RecordedCall sample, RunOptions options) {
    ProviderEntry entry = target.entry();
    RequestParams recorded =
        options.replayParams() == ReplayParams.CONFIG_ONLY
            ? sample.params().taskOnly()
            : sample.params();
    Double temperature =
        first(options.temperatureOverride(), entry.temperature(), recorded.temperature());
    Integer maxTokens = first(entry.maxTokens(), recorded.maxTokens());
    return new ChatRequest(
        entry.model(),
        sample.input(),
        recorded.withLimits(temperature, maxTokens),
        new ChatRequest.Recorded(
            sample.output(),
            sample.durationMs(),
            sample.outputToolCalls(),
            sample.outputFinishReason()),
        streamed(entry, options));
  }

  /** Whether {@code entry}'s replies are streamed. */
  static boolean streamed(ProviderEntry entry, RunOptions options) {
    if (entry.isRecorded()) {
      return false;
    }
    return entry.stream() != null ? entry.stream() : options.stream();
  }

  /**
   * What {@code request} sends to {@code provider} beside its messages, and what it leaves out: the
   * fields dropped for every vendor, then those this vendor leaves out.
   */
  static SentParams sent(ChatProvider provider, ChatRequest request) {
    List<String> vendorDrops = provider.dropped(request);
    Map<String, Object> params = new LinkedHashMap<>(ParamsSummary.of(request.params()));
    params.keySet().removeAll(vendorDrops);
    List<String> dropped = new ArrayList<>(request.params().dropped());
    vendorDrops.stream().filter(f -> !dropped.contains(f)).forEach(dropped::add);
    return new SentParams(params, dropped);
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
