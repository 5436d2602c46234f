package ai.trainloop.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.SourceLocation;
import ai.trainloop.provider.recorded.RecordedProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The registry lists each vendor once, with the facts README's provider table documents, and
 * applies their config rules.
 */
class ProviderRegistryTest {
  private static final ProviderRegistry REGISTRY = ProviderRegistry.builtIn();
  private static final SourceLocation AT =
      new SourceLocation(Path.of("trainloop.config.yaml"), 4, 7);
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** One row of README's "Providers and keys" table, for each name in its first cell. */
  private record Documented(List<String> aliases, List<String> keys, String cell) {}

  @Test
  void should_give_every_vendor_a_unique_name_and_unique_aliases() {
    List<String> all = new ArrayList<>();
    for (ProviderSpec spec : REGISTRY.specs()) {
      all.add(spec.name());
      all.addAll(spec.aliases());
    }
    assertThat(all).doesNotHaveDuplicates().allMatch(n -> n.equals(n.toLowerCase(Locale.ROOT)));
    assertThat(REGISTRY.names())
        .containsExactly(
            "openai",
            "anthropic",
            "google",
            "openai-compatible",
            "ollama",
            "openrouter",
            "groq",
            "together",
            "azure",
            "recorded");
    assertThat(REGISTRY.aliases()).containsExactly(Map.entry("gemini", "google"));
    assertThat(REGISTRY.spec("gemini")).containsSame(REGISTRY.spec("google").orElseThrow());
    assertThat(REGISTRY.spec("mistral")).isEmpty();
  }

  @Test
  void should_refuse_a_name_or_alias_registered_twice() {
    ProviderSpec openai = REGISTRY.spec("openai").orElseThrow();
    ProviderSpec google = REGISTRY.spec("google").orElseThrow();
    ProviderSpec geminiAgain =
        ProviderSpec.calling("gemini", openai.factory()).baseUrl("http://x", null).build();

    assertThatThrownBy(() -> new ProviderRegistry(List.of(openai, openai)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'openai' is registered twice");
    assertThatThrownBy(() -> new ProviderRegistry(List.of(google, geminiAgain)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gemini' is registered twice");
  }

  @Test
  void should_give_every_vendor_a_factory_and_a_base_url_or_what_to_set() {
    for (ProviderSpec spec : REGISTRY.specs()) {
      assertThat(spec.factory()).as(spec.name()).isNotNull();
      if (spec.callsModels()) {
        assertThat(spec.defaultBaseUrl() != null || spec.baseUrlHint() != null)
            .as(spec.name())
            .isTrue();
      }
    }
    assertThat(REGISTRY.spec("openai-compatible").orElseThrow().needsBaseUrl()).isTrue();
    assertThat(REGISTRY.spec("azure").orElseThrow().needsBaseUrl()).isTrue();
    assertThat(REGISTRY.spec("ollama").orElseThrow().needsBaseUrl()).isFalse();
  }

  @Test
  void should_make_recorded_the_one_provider_that_calls_nothing() {
    List<String> replaying =
        REGISTRY.specs().stream().filter(s -> !s.callsModels()).map(ProviderSpec::name).toList();
    assertThat(replaying).containsExactly(ProviderEntry.RECORDED);

    ProviderSpec recorded = REGISTRY.spec(ProviderEntry.RECORDED).orElseThrow();
    assertThat(recorded.factory().create(ProviderEntry.of("recorded", "recorded"), null))
        .isInstanceOf(RecordedProvider.class);
    assertThat(recorded.keyVariables()).isEmpty();
    assertThat(recorded.priceTableKey()).isNull();
    assertThat(recorded.needsBaseUrl()).isFalse();
  }

  @Test
  void should_list_the_vendors_keys_aliases_and_base_urls_as_readme_documents_them()
      throws IOException {
    Map<String, Documented> readme = readmeTable();

    assertThat(readme.keySet()).containsExactlyInAnyOrderElementsOf(REGISTRY.names());
    for (ProviderSpec spec : REGISTRY.specs()) {
      Documented doc = readme.get(spec.name());
      assertThat(spec.aliases()).as(spec.name() + " aliases").isEqualTo(doc.aliases());
      assertThat(spec.keyVariables()).as(spec.name() + " keys").isEqualTo(doc.keys());
      if (spec.defaultBaseUrl() != null && doc.cell().contains("://")) {
        assertThat(doc.cell()).as(spec.name() + " base URL").contains(spec.defaultBaseUrl());
      }
      if (spec.baseUrlVariable() != null && spec.defaultBaseUrl() != null) {
        assertThat(doc.cell()).as(spec.name() + " variable").contains(spec.baseUrlVariable());
      }
    }
  }

  @Test
  void should_key_the_bundled_prices_only_for_vendors_that_bill_list_prices() {
    assertThat(REGISTRY.priceTableKey("openai")).contains("openai");
    assertThat(REGISTRY.priceTableKey("anthropic")).contains("anthropic");
    assertThat(REGISTRY.priceTableKey("google")).contains("google");
    assertThat(REGISTRY.priceTableKey("Gemini")).contains("google");
    for (String other :
        List.of("openai-compatible", "ollama", "openrouter", "groq", "together", "azure")) {
      assertThat(REGISTRY.priceTableKey(other)).as(other).isEmpty();
    }
    assertThat(REGISTRY.priceTableKey("recorded")).isEmpty();
    assertThat(REGISTRY.priceTableKey("mistral")).isEmpty();
    assertThat(REGISTRY.priceTableKey(null)).isEmpty();
  }

  @Test
  void should_check_an_entry_with_its_vendors_rules() {
    ConfigException noUrl =
        catchThrowableOfType(
            ConfigException.class,
            () -> REGISTRY.check(entry("azure", "prod", null), "trainloop.benchmark.providers[1]"));
    ConfigException hot =
        catchThrowableOfType(
            ConfigException.class,
            () ->
                REGISTRY.check(
                    entry("anthropic", "claude", 1.5), "trainloop.benchmark.providers[0]"));

    assertThat(noUrl.location()).isEqualTo(AT);
    assertThat(noUrl.keyPath()).isEqualTo("trainloop.benchmark.providers[1]");
    assertThat(noUrl.detail()).isEqualTo("azure needs a 'base_url' (the server's address)");
    assertThat(hot.keyPath()).isEqualTo("trainloop.benchmark.providers[0].temperature");
    assertThat(hot.detail()).isEqualTo("anthropic accepts a temperature between 0 and 1, got 1.5");
    REGISTRY.check(entry("openai", "gpt-4o", 1.5), "p");
    REGISTRY.check(entry("anthropic", "claude", 1.0), "p");
    assertThat(REGISTRY.spec("anthropic").orElseThrow().acceptsTemperature(1.01)).isFalse();
    assertThat(REGISTRY.spec("openai").orElseThrow().acceptsTemperature(2.0)).isTrue();
  }

  private static ProviderEntry entry(String provider, String model, Double temperature) {
    return ProviderEntry.builder()
        .provider(provider)
        .model(model)
        .temperature(temperature)
        .location(AT)
        .build();
  }

  /**
   * The rows of README's table under "## Providers and keys": each name of the first cell (several
   * are written {@code `a` / `b`}), its aliases, its key variables (the matching part of the last
   * cell; "none", "—" and {@code api_key_env} give none) and the endpoint cell.
   */
  private static Map<String, Documented> readmeTable() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int start = lines.indexOf("## Providers and keys");
    assertThat(start).as("README's provider section").isNotNegative();
    Map<String, Documented> rows = new LinkedHashMap<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (!line.startsWith("| `") || line.startsWith("| `provider:`")) {
        continue;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
      String first = cells[0];
      int alias = first.indexOf("(alias");
      List<String> names = codes(alias < 0 ? first : first.substring(0, alias));
      List<String> aliases = alias < 0 ? List.of() : codes(first.substring(alias));
      String[] keyParts = cells[cells.length - 1].split(" / ", -1);
      assertThat(keyParts.length == 1 || keyParts.length == names.size()).as(line).isTrue();
      for (int i = 0; i < names.size(); i++) {
        String part = keyParts.length == 1 ? keyParts[0] : keyParts[i];
        List<String> keys =
            codes(part).stream().filter(c -> VARIABLE.matcher(c).matches()).toList();
        rows.put(names.get(i), new Documented(aliases, keys, cells[1]));
      }
    }
    return rows;
  }

  private static List<String> codes(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
