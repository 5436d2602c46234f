package ai.trainloop.provider;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.ProviderCatalog;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.anthropic.AnthropicSpec;
import ai.trainloop.provider.gemini.GeminiSpec;
import ai.trainloop.provider.openai.OpenAiSpecs;
import ai.trainloop.provider.recorded.RecordedSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The providers a config entry can name, each registered once with its {@link ProviderSpec}. Adding
 * a vendor means its own package with its spec and one line in {@link #builtIn()}. It is also the
 * config loader's {@link ProviderCatalog}: the names, aliases and rules it validates {@code
 * benchmark.providers} with.
 */
public final class ProviderRegistry implements ProviderCatalog {

  private static final ProviderRegistry BUILT_IN =
      new ProviderRegistry(
          List.of(
              OpenAiSpecs.OPENAI,
              AnthropicSpec.SPEC,
              GeminiSpec.SPEC,
              OpenAiSpecs.COMPATIBLE,
              OpenAiSpecs.OLLAMA,
              OpenAiSpecs.OPENROUTER,
              OpenAiSpecs.GROQ,
              OpenAiSpecs.TOGETHER,
              OpenAiSpecs.AZURE,
              RecordedSpec.SPEC));

  private final List<ProviderSpec> specs;
  private final Map<String, ProviderSpec> byName = new LinkedHashMap<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();
  private final List<String> names;

  /**
   * @param specs in listing order (the order error messages list the names in)
   * @throws IllegalArgumentException when two specs share a name or an alias
   */
  public ProviderRegistry(List<ProviderSpec> specs) {
    this.specs = List.copyOf(specs);
    for (ProviderSpec spec : this.specs) {
      if (byName.putIfAbsent(spec.name(), spec) != null) {
        throw new IllegalArgumentException("provider '" + spec.name() + "' is registered twice");
      }
    }
    for (ProviderSpec spec : this.specs) {
      for (String alias : spec.aliases()) {
        if (byName.containsKey(alias) || aliases.putIfAbsent(alias, spec.name()) != null) {
          throw new IllegalArgumentException("the name '" + alias + "' is registered twice");
        }
      }
    }
    this.names = List.copyOf(byName.keySet());
  }

  /** The providers trainloop ships. */
  public static ProviderRegistry builtIn() {
    return BUILT_IN;
  }

  /** Every spec, in listing order. */
  public List<ProviderSpec> specs() {
    return specs;
  }

  /** The spec a name or alias stands for ({@code gemini} is {@code google}), as written. */
  public Optional<ProviderSpec> spec(String name) {
    ProviderSpec spec = byName.get(name);
    if (spec == null && aliases.containsKey(name)) {
      spec = byName.get(aliases.get(name));
    }
    return Optional.ofNullable(spec);
  }

  /**
   * The bundled price table's provider for a config provider name, in any case; empty when the list
   * prices do not apply to it (or the name is unknown).
   */
  public Optional<String> priceTableKey(String provider) {
    String name = provider == null ? "" : provider.toLowerCase(Locale.ROOT);
    return spec(name).map(ProviderSpec::priceTableKey);
  }

  @Override
  public List<String> names() {
    return names;
  }

  @Override
  public Map<String, String> aliases() {
    return Collections.unmodifiableMap(aliases);
  }

  /**
   * A calling vendor without a default base URL needs {@code base_url}; one with a narrower
   * temperature range refuses a temperature above it.
   */
  @Override
  public void check(ProviderEntry e, String path) {
    ProviderSpec spec =
        spec(e.provider())
            .orElseThrow(() -> new IllegalArgumentException("unknown provider " + e.provider()));
    if (e.baseUrl() == null && spec.needsBaseUrl()) {
      throw new ConfigException(
          e.location(), path, e.provider() + " needs a 'base_url' (the server's address)");
    }
    if (spec.maxTemperature() != null
        && e.temperature() != null
        && e.temperature() > spec.maxTemperature().doubleValue()) {
      throw new ConfigException(
          e.location(),
          path + ".temperature",
          e.provider()
              + " accepts a temperature between 0 and "
              + spec.maxTemperature().toPlainString()
              + ", got "
              + e.temperature());
    }
  }
}
