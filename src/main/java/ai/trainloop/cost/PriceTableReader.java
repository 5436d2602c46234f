package ai.trainloop.cost;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the YAML price table into {@link PriceTable}; numbers are read as exact decimals, never
 * doubles.
 */
final class PriceTableReader {

  private static final ObjectMapper YAML =
      JsonMapper.builder(new YAMLFactory())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private PriceTableReader() {}

  record FileDoc(String asOf, String source, List<ModelDoc> models) {}

  record ModelDoc(
      String model,
      String provider,
      List<String> aliases,
      BigDecimal input,
      BigDecimal output,
      BigDecimal cachedInput,
      BigDecimal cacheWrite,
      List<TierDoc> longContext) {}

  record TierDoc(
      Long aboveInputTokens,
      BigDecimal input,
      BigDecimal output,
      BigDecimal cachedInput,
      BigDecimal cacheWrite) {}

  static PriceTable read(InputStream in, String name) throws IOException {
    FileDoc doc = YAML.readValue(in, FileDoc.class);
    if (doc == null || doc.asOf() == null || doc.source() == null || doc.models() == null) {
      throw new IOException(name + ": as_of, source and models are required");
    }
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(doc.asOf());
    } catch (DateTimeParseException e) {
      throw new IOException(name + ": as_of is not a date (YYYY-MM-DD): " + doc.asOf(), e);
    }
    String label = PriceTable.labelFor(asOf);
    List<PricedModel> models = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ModelDoc m : doc.models()) {
      models.add(toModel(m, name, label, seen));
    }
    return new PriceTable(asOf, doc.source().strip(), models);
  }

  private static PricedModel toModel(ModelDoc m, String name, String label, Set<String> seen)
      throws IOException {
    if (m.model() == null || m.provider() == null || m.input() == null || m.output() == null) {
      throw new IOException(name + ": every model needs model, provider, input and output: " + m);
    }
    List<String> aliases = m.aliases() == null ? List.of() : m.aliases();
    for (String id : concat(m.model(), aliases)) {
      if (!seen.add(m.provider() + "/" + id)) {
        throw new IOException(
            name + ": model id or alias listed twice for " + m.provider() + ": " + id);
      }
    }
    List<PriceTier> tiers = new ArrayList<>();
    for (TierDoc t : m.longContext() == null ? List.<TierDoc>of() : m.longContext()) {
      if (t.aboveInputTokens() == null || t.input() == null || t.output() == null) {
        throw new IOException(
            name + ": " + m.model() + ": long_context needs above_input_tokens, input, output");
      }
      tiers.add(
          new PriceTier(
              t.aboveInputTokens(), t.input(), t.output(), t.cachedInput(), t.cacheWrite()));
    }
    Price base =
        new Price(m.input(), m.output(), m.cachedInput(), m.cacheWrite(), label + ": " + m.model());
    return new PricedModel(m.model(), m.provider(), aliases, new ModelPrice(base, tiers));
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
