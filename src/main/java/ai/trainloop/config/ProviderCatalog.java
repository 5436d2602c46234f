package ai.trainloop.config;

import java.util.List;
import java.util.Map;

/**
 * What validating {@code benchmark.providers} needs to know about the providers an entry may name.
 * The provider registry ({@code ai.trainloop.provider.ProviderRegistry}) supplies it: {@code
 * config} comes before {@code provider} in the flow and cannot ask it directly.
 */
public interface ProviderCatalog {

  /** The provider names, as normalised into {@link ProviderEntry#provider()}, in listing order. */
  List<String> names();

  /** Other names accepted for a provider, each to the name it stands for, in listing order. */
  Map<String, String> aliases();

  /**
   * The rules of the entry's provider that span keys (a required {@code base_url}, a narrower
   * temperature range), checked once the entry is complete.
   *
   * @param entry an entry whose provider is one of {@link #names()}
   * @param path the entry's key path, for the message
   * @throws ConfigException naming the entry's location when a rule is broken
   */
  void check(ProviderEntry entry, String path);
}
