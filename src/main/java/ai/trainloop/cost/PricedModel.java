package ai.trainloop.cost;

import java.util.List;
import java.util.Objects;

/**
 * One model of the bundled price table.
 *
 * @param model the provider's canonical (usually dated) model id, e.g. {@code
 *     claude-3-5-sonnet-20241022}
 * @param provider the table's provider name: {@code openai}, {@code anthropic} or {@code google}
 * @param aliases other ids the provider accepts for exactly this model at exactly this price
 * @param price its price, source text included
 */
public record PricedModel(String model, String provider, List<String> aliases, ModelPrice price) {

  public PricedModel {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(provider, "provider");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(price, "price");
  }

  /** Whether {@code id} is this model's id or one of its aliases. */
  public boolean answersTo(String id) {
    return model.equals(id) || aliases.contains(id);
  }
}
