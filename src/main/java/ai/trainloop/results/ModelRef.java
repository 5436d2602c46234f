package ai.trainloop.results;

import ai.trainloop.config.ProviderEntry;
import java.util.Objects;

/**
 * Which model a row of the report is about.
 *
 * @param id as the tables show it: the label, else {@code provider/model} ({@code recorded} for
 *     recorded)
 * @param provider the provider's name, e.g. {@code openai}
 * @param model the provider's model id, e.g. {@code gpt-4o}
 */
public record ModelRef(String id, String provider, String model) {
  public ModelRef {
    Objects.requireNonNull(id, "id");
  }

  /** The model of one configured provider entry. */
  public static ModelRef of(ProviderEntry entry) {
    return new ModelRef(entry.id(), entry.provider(), entry.model());
  }
}
