package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.ProviderEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code --models a,b}: keeps the configured models the user named, as the tables show them ({@code
 * openai/gpt-4o}), by bare model name ({@code gpt-4o-mini}), or by a unique prefix of a dated model
 * id ({@code claude-3-haiku} for {@code claude-3-haiku-20240307}). Config order is kept.
 */
final class ModelSelector {
  private ModelSelector() {}

  static List<ProviderEntry> select(List<ProviderEntry> entries, List<String> names) {
    if (names == null || names.isEmpty()) {
      return entries;
    }
    Set<ProviderEntry> chosen = new LinkedHashSet<>();
    for (String raw : names) {
      String name = raw.strip();
      if (!name.isEmpty()) {
        chosen.add(match(entries, name));
      }
    }
    List<ProviderEntry> kept = new ArrayList<>();
    for (ProviderEntry e : entries) {
      if (chosen.contains(e)) {
        kept.add(e);
      }
    }
    return kept;
  }

  private static ProviderEntry match(List<ProviderEntry> entries, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    List<ProviderEntry> exact = new ArrayList<>();
    List<ProviderEntry> prefix = new ArrayList<>();
    for (ProviderEntry e : entries) {
      String id = e.id().toLowerCase(Locale.ROOT);
      String model = e.model() == null ? "" : e.model().toLowerCase(Locale.ROOT);
      if (id.equals(n) || model.equals(n)) {
        exact.add(e);
      } else if (id.startsWith(n) || model.startsWith(n)) {
        prefix.add(e);
      }
    }
    List<ProviderEntry> found = exact.isEmpty() ? prefix : exact;
    if (found.size() == 1) {
      return found.get(0);
    }
    List<String> ids = entries.stream().map(ProviderEntry::id).toList();
    if (found.isEmpty()) {
      throw new ConfigException(
          null,
          "--models",
          "no configured model matches '" + name + "'; configured: " + String.join(", ", ids));
    }
    throw new ConfigException(
        null,
        "--models",
        "'"
            + name
            + "' matches several models ("
            + String.join(", ", found.stream().map(ProviderEntry::id).toList())
            + "); name one of them in full");
  }
}
