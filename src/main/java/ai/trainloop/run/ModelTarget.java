package ai.trainloop.run;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.ChatProvider;

/**
 * One model to benchmark: its config entry and a ready provider.
 *
 * @param entry the config entry (temperature, max_tokens, rpm, tpm, ...)
 * @param provider the adapter that sends its calls
 * @param limiterKey models with the same key share one in-flight limit (the provider and its base
 *     URL)
 */
public record ModelTarget(ProviderEntry entry, ChatProvider provider, String limiterKey) {
  public String id() {
    return entry.id();
  }
}
