package ai.trainloop.provider.recorded;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.Usage;
import java.time.Duration;

/**
 * {@code provider: recorded}: answers with the reply already recorded in the events, so
 * production's own model is scored as a row beside the candidates. Never touches the network.
 * Tokens are unknown (the recorded call's usage is not part of the event); the latency is the
 * recorded duration, or null when the event did not record one. The tool calls are those the
 * recorded reply made; the finish reason is the recorded one when the event has one, else
 * tool_calls for a reply that made tool calls, else null ({@link ChatResponse#finish()}).
 */
public final class RecordedProvider implements ChatProvider {

  @Override
  public ChatResponse complete(ChatRequest request) throws ProviderException {
    ChatRequest.Recorded recorded = request.recorded();
    if (recorded == null) {
      throw new ProviderException(
          Kind.SAMPLE_ERROR, 0, "recorded: this sample has no recorded reply");
    }
    Duration latency =
        recorded.durationMs() == null ? null : Duration.ofMillis(recorded.durationMs());
    String text = recorded.output() == null ? "" : recorded.output();
    return new ChatResponse(
        text, Usage.UNKNOWN, recorded.finishReason(), latency, recorded.toolCalls());
  }

  @Override
  public String name() {
    return ProviderEntry.RECORDED;
  }
}
