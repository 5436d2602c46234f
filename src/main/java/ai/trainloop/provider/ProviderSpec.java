package ai.trainloop.provider;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.http.HttpSetup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * Everything trainloop knows about one vendor, in one place: the name a config entry gives and its
 * aliases, the default base URL and the variable that overrides it, the key variables, the rules
 * its entries follow, its key in the bundled price table, and the factory of its {@link
 * ChatProvider}. Each vendor package declares its own; {@link ProviderRegistry} lists them once.
 */
public final class ProviderSpec {

  /** Builds a vendor's {@link ChatProvider} for one entry once its base URL and key are settled. */
  @FunctionalInterface
  public interface AdapterFactory {
    /**
     * @param entry the entry, checked
     * @param wiring the base URL, HTTP setup and environment; null for a provider that calls
     *     nothing ({@link #callsModels()} false)
     */
    ChatProvider create(ProviderEntry entry, Wiring wiring);
  }

  /**
   * What a calling provider is built from.
   *
   * @param baseUrl the entry's base_url, else the vendor's variable, else its default
   * @param setup the shared client (with the call's deadline), mapper, clock, key and reply cap
   * @param env environment variables (the process environment merged with {@code .env})
   * @param warnings one line per problem worth telling but not fatal
   */
  public record Wiring(
      HttpUrl baseUrl, HttpSetup setup, Map<String, String> env, Consumer<String> warnings) {

    /** The variable's value, stripped, or null when it is unset or blank. */
    public String variable(String name) {
      String value = env.get(name);
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  private final String name;
  private final List<String> aliases;
  private final boolean callsModels;
  private final String defaultBaseUrl;
  private final String baseUrlVariable;
  private final String baseUrlHint;
  private final List<String> keyVariables;
  private final String priceTableKey;
  private final BigDecimal maxTemperature;
  private final AdapterFactory factory;

  private ProviderSpec(Builder b) {
    this.name = b.name;
    this.aliases = List.copyOf(b.aliases);
    this.callsModels = b.callsModels;
    this.defaultBaseUrl = b.defaultBaseUrl;
    this.baseUrlVariable = b.baseUrlVariable;
    this.baseUrlHint = b.baseUrlHint;
    this.keyVariables = List.copyOf(b.keyVariables);
    this.priceTableKey = b.priceTableKey;
    this.maxTemperature = b.maxTemperature;
    this.factory = b.factory;
  }

  /** A vendor whose entries name a model and are sent over HTTP. */
  public static Builder calling(String name, AdapterFactory factory) {
    return new Builder(name, true, factory);
  }

  /**
   * A provider that calls nothing: no model, base URL, key or price ({@link
   * ProviderEntry#RECORDED}).
   */
  public static Builder replaying(String name, Supplier<ChatProvider> provider) {
    Objects.requireNonNull(provider, "provider");
    return new Builder(name, false, (entry, wiring) -> provider.get());
  }

  /** The name config entries give and {@link ProviderEntry#provider()} holds. */
  public String name() {
    return name;
  }

  /** Other names accepted for it in the config ({@code gemini} for {@code google}). */
  public List<String> aliases() {
    return aliases;
  }

  /** False for the recorded provider, which replays the recorded replies and calls nothing. */
  public boolean callsModels() {
    return callsModels;
  }

  /** The base URL when neither the entry nor {@link #baseUrlVariable()} gives one; null if none. */
  public String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /** The variable that overrides the default base URL ({@code OPENAI_BASE_URL}); null if none. */
  public String baseUrlVariable() {
    return baseUrlVariable;
  }

  /**
   * Whether a config entry must give {@code base_url}: a calling vendor without a default (a
   * compatible server, an Azure resource).
   */
  public boolean needsBaseUrl() {
    return callsModels && defaultBaseUrl == null;
  }

  /** What to write as base_url, told when there is none: {@code the resource URL, e.g. …}. */
  public String baseUrlHint() {
    return baseUrlHint;
  }

  /**
   * The variables its key is read from, in order (the first set one wins); empty when it needs no
   * key, unless the entry names one with {@code api_key_env}.
   */
  public List<String> keyVariables() {
    return keyVariables;
  }

  /** Whether a model is skipped when none of {@link #keyVariables()} is set. */
  public boolean keyRequired() {
    return !keyVariables.isEmpty();
  }

  /**
   * Its provider in the bundled price table, or null when the list prices do not apply (compatible
   * servers, routers and Azure deployments bill differently).
   */
  public String priceTableKey() {
    return priceTableKey;
  }

  /** The highest temperature it accepts, when lower than the config's own limit; else null. */
  public BigDecimal maxTemperature() {
    return maxTemperature;
  }

  /** Whether it accepts the temperature (null, the vendor's default, always). */
  public boolean acceptsTemperature(Double temperature) {
    return temperature == null
        || maxTemperature == null
        || (temperature >= 0.0 && temperature <= maxTemperature.doubleValue());
  }

  /** The factory of its {@link ChatProvider}. */
  public AdapterFactory factory() {
    return factory;
  }

  @Override
  public String toString() {
    return "ProviderSpec[" + name + "]";
  }

  /** The optional facts of a spec; the name and factory are given first. */
  public static final class Builder {
    private final String name;
    private final boolean callsModels;
    private final AdapterFactory factory;
    private List<String> aliases = List.of();
    private String defaultBaseUrl;
    private String baseUrlVariable;
    private String baseUrlHint;
    private List<String> keyVariables = List.of();
    private String priceTableKey;
    private BigDecimal maxTemperature;

    private Builder(String name, boolean callsModels, AdapterFactory factory) {
      this.name = Objects.requireNonNull(name, "name");
      this.callsModels = callsModels;
      this.factory = Objects.requireNonNull(factory, "factory");
    }

    public Builder aliases(String... names) {
      this.aliases = List.of(names);
      return this;
    }

    /** Its default base URL, and the variable that overrides it (or null). */
    public Builder baseUrl(String defaultUrl, String variable) {
      this.defaultBaseUrl = Objects.requireNonNull(defaultUrl, "defaultUrl");
      this.baseUrlVariable = variable;
      return this;
    }

    /**
     * No default base URL: entries must give one (or, outside the config, set {@code variable}).
     */
    public Builder baseUrlRequired(String variable, String hint) {
      this.defaultBaseUrl = null;
      this.baseUrlVariable = variable;
      this.baseUrlHint = Objects.requireNonNull(hint, "hint");
      return this;
    }

    public Builder keys(String... variables) {
      this.keyVariables = List.of(variables);
      return this;
    }

    public Builder priceTableKey(String key) {
      this.priceTableKey = key;
      return this;
    }

    /** A narrower temperature range than the config allows, from 0 to {@code max}. */
    public Builder maxTemperature(String max) {
      this.maxTemperature = new BigDecimal(max);
      return this;
    }

    public ProviderSpec build() {
      if (callsModels && defaultBaseUrl == null && baseUrlHint == null) {
        throw new IllegalStateException(name + ": give a default base URL or say what to set");
      }
      return new ProviderSpec(this);
    }
  }
}
