package ai.trainloop.provider;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.anthropic.AnthropicChatProvider;
import ai.trainloop.provider.batch.AnthropicBatchClient;
import ai.trainloop.provider.batch.BatchClient;
import ai.trainloop.provider.batch.BatchLimits;
import ai.trainloop.provider.batch.OpenAiBatchClient;
import ai.trainloop.provider.http.ApiKey;
import ai.trainloop.provider.http.HttpLimits;
import ai.trainloop.provider.http.HttpLog;
import ai.trainloop.provider.http.HttpSetup;
import ai.trainloop.provider.openai.OpenAiChatProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Builds a {@link ChatProvider} for each provider entry of the config. One instance per run: it
 * shares one HTTP client (its connection pool) and one JSON mapper between all providers. Keys and
 * base URLs come from the given environment map (the process environment merged with {@code .env}),
 * never from {@code System.getenv}.
 */
public final class Providers {

  private final Function<HttpUrl, OkHttpClient> clients;
  private final Map<String, String> env;
  private final Consumer<String> warnings;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final HttpLimits limits;
  private final ProviderRegistry registry = ProviderRegistry.builtIn();

  /**
   * @param http the shared client, e.g. {@link #defaultClient(int)}
   * @param env environment variables (keys, base URLs)
   * @param clock for {@code retry-after} dates
   * @param warnings receives one line per problem worth telling but not fatal (a temperature a
   *     reasoning model will not get)
   */
  public Providers(
      OkHttpClient http, Map<String, String> env, Clock clock, Consumer<String> warnings) {
    this(http, env, clock, warnings, HttpLimits.DEFAULTS);
  }

  /** As above, with other limits than {@link HttpLimits#DEFAULTS} (tests use small ones). */
  public Providers(
      OkHttpClient http,
      Map<String, String> env,
      Clock clock,
      Consumer<String> warnings,
      HttpLimits limits) {
    this(fixed(Objects.requireNonNull(http, "http")), env, clock, warnings, limits);
  }

  private Providers(
      Function<HttpUrl, OkHttpClient> clients,
      Map<String, String> env,
      Clock clock,
      Consumer<String> warnings,
      HttpLimits limits) {
    this.clients = clients;
    this.limits = Objects.requireNonNull(limits, "limits");
    this.env = Collections.unmodifiableMap(new HashMap<>(env));
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.mapper = HttpSetup.newMapper();
  }

  /**
   * The client to share: connect timeout 10 s, read timeout 120 s, a pool that keeps one idle
   * connection per concurrent call, no silent OkHttp retry of a POST (the runner decides about
   * retries) and no redirects.
   */
  public static OkHttpClient defaultClient(int maxConcurrency) {
    return defaultBuilder(maxConcurrency).build();
  }

  /**
   * Providers sharing clients with {@link #defaultClient}'s settings and one pool, each built on
   * first use: plain HTTP for http base URLs, TLS for https. Setting up TLS (the JDK's trust store,
   * an SSL context) costs about 0.15 s of CPU, which a run against local servers, or one where no
   * key is set, never needs.
   */
  public static Providers withDefaultClients(
      int maxConcurrency, Map<String, String> env, Clock clock, Consumer<String> warnings) {
    return withDefaultClients(maxConcurrency, env, clock, warnings, null);
  }

  /**
   * As {@link #withDefaultClients(int, Map, Clock, Consumer)}, each exchange logged to {@code log}.
   */
  public static Providers withDefaultClients(
      int maxConcurrency,
      Map<String, String> env,
      Clock clock,
      Consumer<String> warnings,
      HttpLog log) {
    OkHttpClient.Builder builder = defaultBuilder(maxConcurrency);
    if (log != null) {
      builder.addInterceptor(log);
    }
    return new Providers(new LazyClients(builder), env, clock, warnings, HttpLimits.DEFAULTS);
  }

  static OkHttpClient.Builder defaultBuilder(int maxConcurrency) {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(120))
        .connectionPool(new ConnectionPool(Math.max(1, maxConcurrency), 5, TimeUnit.MINUTES))
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false);
  }

  private static Function<HttpUrl, OkHttpClient> fixed(OkHttpClient http) {
    return url -> http;
  }

  /**
   * Resolves one entry.
   *
   * @param callTimeout the whole-call limit ({@code max_response_time}), or null for the default
   *     deadline ({@link HttpLimits#defaultDeadline()}, 10 minutes)
   * @return a ready provider, the key variable to set when no key is found, or the key's variable
   *     and the position of its first character that cannot be sent (surrounding whitespace is
   *     trimmed first)
   * @throws ConfigException for an entry that can never work (a provider {@link ProviderRegistry}
   *     does not list, missing base_url, a temperature the provider rejects); checked before the
   *     key, so it shows even without keys
   */
  public Resolution resolve(ProviderEntry entry, Duration callTimeout) {
    ProviderSpec spec = registry.spec(entry.provider()).orElse(null);
    if (spec == null) {
      throw new ConfigException(
          entry.location(),
          "provider",
          "unknown provider '"
              + entry.provider()
              + "' (known: "
              + String.join(", ", registry.names())
              + ")");
    }
    if (!spec.callsModels()) {
      return new Resolution.Ready(spec.factory().create(entry, null));
    }
    if (entry.model() == null || entry.model().isBlank()) {
      throw new ConfigException(
          entry.location(), "model", "provider " + spec.name() + " needs a model");
    }
    HttpUrl baseUrl = baseUrl(spec, entry);
    if (!spec.acceptsTemperature(entry.temperature())) {
      throw new ConfigException(
          entry.location(),
          "temperature",
          spec.name()
              + " accepts a temperature from 0 to "
              + spec.maxTemperature().toPlainString()
              + ", not "
              + entry.temperature());
    }
    String namedKey = nonBlank(entry.apiKeyEnv());
    List<String> keyVariables = namedKey != null ? List.of(namedKey) : spec.keyVariables();
    ApiKey key = findKey(spec.name(), keyVariables);
    if (key == null && (spec.keyRequired() || namedKey != null)) {
      return new Resolution.MissingKey(keyVariables, entry.id());
    }
    int bad = key == null ? -1 : ApiKey.firstUnsendable(key.value());
    if (bad >= 0) {
      return new Resolution.BadKey(
          key.variable(), bad + 1, key.value().codePoints().toArray()[bad], entry.id());
    }
    // never follow a redirect, whatever client was handed in: the key headers would go with it to
    // the new host
    OkHttpClient client =
        clients
            .apply(baseUrl)
            .newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .callTimeout(callTimeout != null ? callTimeout : limits.defaultDeadline())
            .build();
    HttpSetup setup =
        new HttpSetup(
            client,
            mapper,
            clock,
            key != null ? key : ApiKey.none(spec.name()),
            limits.maxReplyBytes());
    return new Resolution.Ready(
        spec.factory().create(entry, new ProviderSpec.Wiring(baseUrl, setup, env, warnings)));
  }

  /**
   * The batch API client for {@code entry}'s model, with the same base URL, key and client settings
   * (no redirects) as its chat calls; null when its provider has no batch API this version uses
   * (only {@code openai} and {@code anthropic} do) or it has no usable key.
   */
  public BatchClient batchClient(ProviderEntry entry, BatchLimits batchLimits) {
    ProviderSpec spec = registry.spec(entry.provider()).orElse(null);
    if (spec == null
        || !(spec.name().equals("openai") || spec.name().equals("anthropic"))
        || entry.model() == null) {
      return null;
    }
    HttpUrl baseUrl = baseUrl(spec, entry);
    String namedKey = nonBlank(entry.apiKeyEnv());
    ApiKey key = findKey(spec.name(), namedKey != null ? List.of(namedKey) : spec.keyVariables());
    if (key == null || ApiKey.firstUnsendable(key.value()) >= 0) {
      return null;
    }
    OkHttpClient client =
        clients
            .apply(baseUrl)
            .newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .callTimeout(limits.defaultDeadline())
            .build();
    HttpSetup setup = new HttpSetup(client, mapper, clock, key, limits.maxReplyBytes());
    return spec.name().equals("openai")
        ? new OpenAiBatchClient(
            baseUrl, setup, OpenAiChatProvider.standard("openai", baseUrl, setup), batchLimits)
        : new AnthropicBatchClient(
            baseUrl, setup, new AnthropicChatProvider(baseUrl, setup), batchLimits);
  }

  /**
   * The same adapter as {@code entry}'s, calling {@code loopback} instead and sending no key,
   * through a client with the same settings and the same JSON mapper: for warming the call path up
   * on an in-process server before the first real call is timed ({@code WarmupServer}). Null for a
   * provider that calls nothing, or an entry its adapter cannot be built for.
   */
  public ChatProvider loopbackTwin(ProviderEntry entry, HttpUrl loopback) {
    ProviderSpec spec = registry.spec(entry.provider()).orElse(null);
    if (spec == null || !spec.callsModels() || loopback.isHttps()) {
      return null;
    }
    OkHttpClient client =
        clients
            .apply(loopback)
            .newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .callTimeout(Duration.ofSeconds(5))
            .build();
    HttpSetup setup =
        new HttpSetup(client, mapper, clock, ApiKey.none(spec.name()), limits.maxReplyBytes());
    try {
      return spec.factory()
          .create(entry, new ProviderSpec.Wiring(loopback, setup, env, line -> {}));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The base URL {@code entry}'s adapter calls, as {@link #resolve} finds it; "" for a provider
   * that calls nothing.
   */
  public String baseUrlOf(ProviderEntry entry) {
    ProviderSpec spec = registry.spec(entry.provider()).orElse(null);
    return spec == null || !spec.callsModels() ? "" : baseUrl(spec, entry).toString();
  }

  /**
   * The entry's base_url, else the vendor's variable, else its default; a ConfigException when none
   * or invalid.
   */
  private HttpUrl baseUrl(ProviderSpec spec, ProviderEntry entry) {
    String variable = spec.baseUrlVariable();
    String fromEnv = variable == null ? null : nonBlank(env.get(variable));
    String source = entry.baseUrl() != null ? "base_url" : fromEnv != null ? variable : "default";
    String value =
        entry.baseUrl() != null
            ? entry.baseUrl()
            : fromEnv != null ? fromEnv : spec.defaultBaseUrl();
    if (value == null) {
      throw new ConfigException(
          entry.location(),
          "base_url",
          "provider " + spec.name() + " needs a base_url: " + spec.baseUrlHint());
    }
    HttpUrl url = HttpUrl.parse(value.strip());
    if (url == null) {
      throw new ConfigException(
          entry.location(),
          "base_url",
          (source.equals("base_url") ? "" : source + ": ") + "not an http(s) URL: " + value);
    }
    return url;
  }

  private ApiKey findKey(String provider, List<String> variables) {
    for (String variable : variables) {
      String value = nonBlank(env.get(variable));
      if (value != null) {
        return new ApiKey(provider, variable, value);
      }
    }
    return null;
  }

  private static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
