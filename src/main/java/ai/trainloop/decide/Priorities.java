package ai.trainloop.decide;

import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.config.ConfigException;
import ai.trainloop.config.SourceLocation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The decision matrix's weights, summing to 1, in config order. {@code accuracy}, {@code cost} and
 * {@code speed} are reserved names; any other name is a metric's name (so a metric called {@code
 * accuracy} cannot be weighted apart).
 *
 * <p>Read from {@code benchmark.priorities}, else from the tutorial's short form {@code
 * accuracy_weight} / {@code cost_weight} (either or both); when both forms are set, {@code
 * priorities} wins and a warning says the short form is ignored. Weights must be finite and not
 * negative, and at least one must be positive (else a {@link ConfigException}). Weights that do not
 * sum to 1 (as decimals written, so 0.1 + 0.2 counts as 0.3) are divided by their sum, with one
 * warning.
 *
 * @param weights name to weight, summing to 1, in config order
 */
public record Priorities(Map<String, Double> weights) {

  public static final String ACCURACY = "accuracy";
  public static final String COST = "cost";
  public static final String SPEED = "speed";
  private static final List<String> RESERVED = List.of(ACCURACY, COST, SPEED);

  public Priorities {
    if (weights == null || weights.isEmpty()) {
      throw new IllegalArgumentException("priorities need at least one weight");
    }
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
  }

  /** Whether a name is accuracy, cost or speed (else it names a metric). */
  public static boolean reserved(String name) {
    return RESERVED.contains(name);
  }

  /** The names in config order. */
  public List<String> names() {
    return List.copyOf(weights.keySet());
  }

  /** Whether this priority has a weight above 0. */
  public boolean weighs(String name) {
    Double w = weights.get(name);
    return w != null && w > 0;
  }

  /**
   * The priorities of a benchmark config, or empty when none are set (then there is no decision
   * matrix).
   *
   * @param metricNames the metrics of the benchmarked suites: other names in {@code priorities} are
   *     errors
   * @param where the config file, for error messages
   * @param warnings receives the warnings (weights normalised, short form ignored)
   * @throws ConfigException for a negative or non-finite weight, an unknown name, or weights
   *     summing to 0
   */
  public static Optional<Priorities> from(
      BenchmarkConfig config,
      Collection<String> metricNames,
      SourceLocation where,
      Consumer<String> warnings) {
    Map<String, Double> raw = new LinkedHashMap<>();
    Map<String, String> keyPaths = new LinkedHashMap<>();
    boolean shortForm = config.accuracyWeight() != null || config.costWeight() != null;
    boolean fromPriorities = config.priorities() != null && !config.priorities().isEmpty();
    if (fromPriorities) {
      config
          .priorities()
          .forEach(
              (name, w) -> {
                raw.put(name, w);
                keyPaths.put(name, "trainloop.benchmark.priorities." + name);
              });
      if (shortForm) {
        warnings.accept("accuracy_weight and cost_weight are ignored: benchmark.priorities is set");
      }
    } else {
      if (config.accuracyWeight() != null) {
        raw.put(ACCURACY, config.accuracyWeight());
        keyPaths.put(ACCURACY, "trainloop.benchmark.accuracy_weight");
      }
      if (config.costWeight() != null) {
        raw.put(COST, config.costWeight());
        keyPaths.put(COST, "trainloop.benchmark.cost_weight");
      }
    }
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      validate(e.getKey(), e.getValue(), keyPaths.get(e.getKey()), metricNames, where);
      sum = sum.add(BigDecimal.valueOf(e.getValue()));
    }
    String group =
        fromPriorities ? "trainloop.benchmark.priorities" : "trainloop.benchmark.accuracy_weight";
    if (sum.signum() == 0) {
      throw new ConfigException(
          where, group, "the weights sum to 0: give at least one a weight above 0");
    }
    if (sum.compareTo(BigDecimal.ONE) == 0) {
      return Optional.of(new Priorities(raw));
    }
    Map<String, Double> normalised = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      normalised.put(
          e.getKey(),
          BigDecimal.valueOf(e.getValue()).divide(sum, MathContext.DECIMAL64).doubleValue());
    }
    warnings.accept(
        "the priority weights sum to "
            + sum.stripTrailingZeros().toPlainString()
            + ", not 1: each is divided by the sum, giving "
            + normalised.entrySet().stream()
                .map(e -> e.getKey() + " " + Num.weight(e.getValue()))
                .collect(Collectors.joining(", ")));
    return Optional.of(new Priorities(normalised));
  }

  private static void validate(
      String name, Double w, String keyPath, Collection<String> metricNames, SourceLocation where) {
    if (w == null || w.isNaN() || w.isInfinite()) {
      throw new ConfigException(where, keyPath, "a weight must be a number, got " + w);
    }
    if (w < 0) {
      throw new ConfigException(
          where, keyPath, "a weight must not be negative, got " + Num.plain(w));
    }
    if (!reserved(name) && !metricNames.contains(name)) {
      String known = metricNames.isEmpty() ? "none" : String.join(", ", metricNames);
      throw new ConfigException(
          where,
          keyPath,
          "'"
              + name
              + "' is not accuracy, cost, speed or a metric of the "
              + "benchmarked suites (metrics: "
              + known
              + ")");
    }
  }
}
