package ai.trainloop.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bundled list prices ({@code ai/trainloop/cost/prices.yaml}): USD per 1M tokens, with the date
 * they were compiled and where they come from. Lookups are by the table's provider (each vendor's
 * price-table key in the provider registry) and an exact model id or alias; a model missing here
 * has an unknown price, never $0.
 *
 * @param asOf when the table was compiled
 * @param source where its prices come from, in a sentence or two
 * @param models the priced models, in file order
 */
public record PriceTable(LocalDate asOf, String source, List<PricedModel> models) {

  /** The resource the bundled table is read from. */
  public static final String RESOURCE = "prices.yaml";

  public PriceTable {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(source, "source");
    models = List.copyOf(models);
  }

  /** The table shipped with trainloop, read once. */
  public static PriceTable bundled() {
    return Bundled.TABLE;
  }

  /** Reads a table in the bundled file's format; {@code name} names the file in error messages. */
  public static PriceTable read(InputStream in, String name) throws IOException {
    return PriceTableReader.read(in, name);
  }

  /**
   * The model a provider's model id names: by exact model id first, then by alias. Gemini's {@code
   * models/} prefix is accepted. Any other prefix (for example {@code openai/gpt-4o}) matches
   * nothing.
   */
  public Optional<PricedModel> find(String tableProvider, String modelId) {
    if (tableProvider == null || modelId == null) {
      return Optional.empty();
    }
    String id = modelId.strip();
    if ("google".equals(tableProvider) && id.startsWith("models/")) {
      id = id.substring("models/".length());
    }
    String wanted = id;
    List<PricedModel> ofProvider =
        models.stream().filter(m -> m.provider().equals(tableProvider)).toList();
    return ofProvider.stream()
        .filter(m -> m.model().equals(wanted))
        .findFirst()
        .or(() -> ofProvider.stream().filter(m -> m.aliases().contains(wanted)).findFirst());
  }

  /**
   * A model by id or alias under any provider, for keys of {@code trainloop.pricing} that name no
   * provider.
   */
  public Optional<PricedModel> findAnyProvider(String modelId) {
    return models.stream()
        .map(PricedModel::provider)
        .distinct()
        .map(p -> find(p, modelId))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * The text that starts the {@code source} of every bundled price, e.g. {@code bundled table as of
   * 2026-11-28}.
   */
  public String sourceLabel() {
    return labelFor(asOf);
  }

  static String labelFor(LocalDate asOf) {
    return "bundled table as of " + asOf;
  }

  /** Holds the bundled table; class initialisation makes the one read lazy and thread-safe. */
  private static final class Bundled {
    static final PriceTable TABLE = load();

    private static PriceTable load() {
      try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "the bundled price table is missing: ai/trainloop/cost/" + RESOURCE);
        }
        return read(in, "ai/trainloop/cost/" + RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled price table", e);
      }
    }
  }
}
