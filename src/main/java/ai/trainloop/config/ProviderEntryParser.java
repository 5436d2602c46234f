package ai.trainloop.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code benchmark.providers}: each entry in any of its three shapes ({@code {provider, model, …}},
 * {@code "provider/model"}, {@code {name, models: […], …}}) becomes one {@link ProviderEntry} per
 * model.
 */
final class ProviderEntryParser {
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String RECORDED = ProviderEntry.RECORDED;

  private final Path file;
  private final ProviderCatalog catalog;

  ProviderEntryParser(Path file, ProviderCatalog catalog) {
    this.file = file;
    this.catalog = catalog;
  }

  /** Every entry of {@code benchmark.providers}, expanded and checked; ids are unique. */
  List<ProviderEntry> parse(YamlMap benchmark) {
    return parse(benchmark, "providers");
  }

  /**
   * Every entry of the list under {@code key} (a single entry counts as a list of one), expanded
   * and checked; ids are unique.
   */
  List<ProviderEntry> parse(YamlMap map, String key) {
    List<ProviderEntry> out = new ArrayList<>();
    Map<String, ProviderEntry> byId = new HashMap<>();
    boolean single = map.value(key) instanceof ScalarNode && map.has(key);
    List<Node> items = single ? List.of(map.value(key)) : map.items(key);
    for (int i = 0; i < items.size(); i++) {
      String path = map.path(key) + (single ? "" : "[" + i + "]");
      for (ProviderEntry e : entry(items.get(i), path)) {
        ProviderEntry first = byId.putIfAbsent(e.id(), e);
        if (first != null) {
          throw new ConfigException(
              e.location(),
              path,
              "the model id '"
                  + e.id()
                  + "' is configured twice (first at line "
                  + first.location().line()
                  + "); give one of them a distinct 'label'");
        }
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  private List<ProviderEntry> entry(Node node, String path) {
    if (node instanceof MappingNode) {
      return fromMapping(YamlMap.of(node, path, file, ConfigSchema.PROVIDER_ENTRY));
    }
    if (node instanceof ScalarNode s && !Nodes.isNull(node)) {
      return List.of(fromString(s, path));
    }
    throw new ConfigException(
        Nodes.location(node, file),
        path,
        "expected a provider entry ({provider: …, model: …} or 'provider/model'), got "
            + Nodes.describe(node));
  }

  private ProviderEntry fromString(ScalarNode s, String path) {
    SourceLocation at = Nodes.location(s, file);
    String text = s.getValue().trim();
    int slash = text.indexOf('/');
    String name = (slash < 0 ? text : text.substring(0, slash)).trim().toLowerCase(Locale.ROOT);
    String model = slash < 0 ? null : text.substring(slash + 1).trim();
    if (slash < 0 && !RECORDED.equals(name)) {
      String hint =
          known(name) ? "; '" + name + "' needs a model, like '" + name + "/<model>'" : "";
      throw new ConfigException(
          at,
          path,
          "expected 'provider/model' (like 'openai/gpt-4o') or 'recorded', got "
              + Nodes.describe(s)
              + hint);
    }
    String provider = provider(name, at, path);
    if (RECORDED.equals(provider)) {
      return recordedEntry(model, at, path);
    }
    if (model.isEmpty()) {
      throw new ConfigException(at, path, "the model after '" + name + "/' is missing");
    }
    return check(
        ProviderEntry.builder().provider(provider).model(model).location(at).build(), path);
  }

  private List<ProviderEntry> fromMapping(YamlMap m) {
    if (m.has("provider") && m.has("name")) {
      throw m.error("name", "give either 'provider' or 'name', not both");
    }
    if (m.has("model") && m.has("models")) {
      throw m.error("models", "give either 'model' or 'models', not both");
    }
    String providerKey = m.has("name") ? "name" : "provider";
    if (!m.has(providerKey)) {
      throw new ConfigException(
          m.location(), m.path(), "missing 'provider' (e.g. provider: openai)");
    }
    String provider =
        provider(
            m.text(providerKey).toLowerCase(Locale.ROOT),
            m.location(providerKey),
            m.path(providerKey));
    PriceOverride pricing =
        m.has("pricing") ? PricingParser.price(m.map("pricing", ConfigSchema.PRICE)) : null;
    ProviderEntry template =
        ProviderEntry.builder()
            .provider(provider)
            .temperature(m.number("temperature", Bounds.TEMPERATURE))
            .maxTokens(m.integer("max_tokens", Bounds.AT_LEAST_ONE))
            .baseUrl(baseUrl(m))
            .apiKeyEnv(apiKeyEnv(m))
            .label(m.text("label"))
            .pricing(pricing)
            .rpm(m.integer("rpm", Bounds.AT_LEAST_ONE))
            .tpm(m.integer("tpm", Bounds.AT_LEAST_ONE))
            .apiVersion(m.text("api_version"))
            .stream(m.bool("stream"))
            .batch(m.bool("batch"))
            .location(m.location())
            .build();
    if (RECORDED.equals(provider)) {
      ProviderEntry r = recordedEntry(m.text("model"), m.location(), m.path());
      return List.of(with(template, r.model(), r.location()));
    }
    if (m.has("model")) {
      return List.of(check(with(template, m.text("model"), m.location()), m.path()));
    }
    if (m.has("models")) {
      List<String> models = m.strings("models");
      List<Node> nodes =
          m.value("models") instanceof SequenceNode seq
              ? seq.getValue()
              : List.of(m.value("models"));
      List<ProviderEntry> out = new ArrayList<>();
      for (int i = 0; i < models.size(); i++) {
        SourceLocation at = Nodes.location(nodes.get(i), file);
        out.add(check(with(template, models.get(i), at), m.path()));
      }
      if (out.isEmpty()) {
        throw m.error("models", "the list of models is empty");
      }
      return out;
    }
    throw new ConfigException(
        m.location(), m.path(), "missing 'model' (or 'models: [...]') for provider " + provider);
  }

  private ProviderEntry recordedEntry(String model, SourceLocation at, String path) {
    if (model != null && !model.isEmpty() && !RECORDED.equals(model)) {
      throw new ConfigException(
          at, path, "the recorded provider replays the recorded replies and takes no model");
    }
    return ProviderEntry.builder().provider(RECORDED).model(RECORDED).location(at).build();
  }

  private static ProviderEntry with(ProviderEntry t, String model, SourceLocation at) {
    return t.toBuilder().model(model).location(at).build();
  }

  /** The provider's rules that span keys (see {@link ProviderCatalog#check}). */
  private ProviderEntry check(ProviderEntry e, String path) {
    catalog.check(e, path);
    return e;
  }

  private boolean known(String name) {
    return catalog.names().contains(name) || catalog.aliases().containsKey(name);
  }

  private String provider(String name, SourceLocation at, String path) {
    if (catalog.names().contains(name)) {
      return name;
    }
    if (catalog.aliases().containsKey(name)) {
      return catalog.aliases().get(name);
    }
    List<String> names = new ArrayList<>(catalog.names());
    names.addAll(catalog.aliases().keySet());
    String hint =
        Suggestions.hint(name, names, "known providers: " + String.join(", ", catalog.names()));
    throw new ConfigException(at, path, "unknown provider '" + name + "'; " + hint);
  }

  private static String baseUrl(YamlMap m) {
    String url = m.text("base_url");
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      if (uri.getHost() != null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        return url;
      }
    } catch (URISyntaxException e) {
      // reported below, without echoing the URL: it may hold credentials
    }
    throw m.error("base_url", "expected an http:// or https:// URL with a host");
  }

  private static String apiKeyEnv(YamlMap m) {
    String name = m.text("api_key_env");
    if (name != null && !ENV_NAME.matcher(name).matches()) {
      // never echo the value: people paste the key itself here
      throw m.error(
          "api_key_env",
          "expected the name of an environment variable (like OPENAI_API_KEY), "
              + "not the key itself");
    }
    return name;
  }
}
