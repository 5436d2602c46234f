package ai.trainloop.decide;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tutorial's {@code calculate_composite_score}, exactly: accuracy = Avg score; cost = 1 − cost
 * per token ÷ the highest cost per token among the models; speed = 1 − mean response time ÷ the
 * highest mean (or, under {@code speed_measure: ttft}, 1 − median time to first token ÷ the
 * highest); a metric = its mean score; composite = Σ weight × normalised value.
 *
 * <p>Edge cases: the costliest (slowest) model gets 0; when the highest is 0 every model gets 1.
 * The maxima are taken over the called models whose figure is known; the recorded row never counts
 * (it was not called). A term with weight 0 is left out. When a weighted term is unknown (no price,
 * no successful call, no score for the metric) the composite is null and the reason is kept: the
 * model is not ranked (and so not recommended), rather than ranked on a guess. Products and sums
 * are taken in decimal, so 0.4 × 0.85 + 0.3 × 0.2 + 0.2 × 0.7 + 0.1 × 0.8 is 0.62.
 */
final class DecisionMatrix {

  /**
   * One model's normalised values (accuracy, cost, speed, then the weighted metrics; null when
   * unknown).
   */
  record Row(Map<String, Double> normalized, Double composite, String unranked) {}

  private DecisionMatrix() {}

  /** Whether the recorded row stays out: it has no cost or speed to weigh. */
  static boolean excludes(ModelFigures m, Priorities p) {
    return m.recorded() && (p.weighs(Priorities.COST) || p.weighs(Priorities.SPEED));
  }

  /** Rows for the models of the matrix, by model id (excluded models have none). */
  static Map<String, Row> compute(List<ModelFigures> models, Priorities p) {
    BigDecimal maxCost =
        models.stream()
            .filter(ModelFigures::candidate)
            .map(ModelFigures::costPerToken)
            .filter(Objects::nonNull)
            .max(BigDecimal::compareTo)
            .orElse(null);
    BigDecimal maxTime =
        models.stream()
            .filter(ModelFigures::candidate)
            .map(ModelFigures::speedMs)
            .filter(Objects::nonNull)
            .map(BigDecimal::valueOf)
            .max(BigDecimal::compareTo)
            .orElse(null);
    Map<String, Row> rows = new LinkedHashMap<>();
    for (ModelFigures m : models) {
      if (!excludes(m, p)) {
        rows.put(m.id(), row(m, p, maxCost, maxTime));
      }
    }
    return rows;
  }

  private static Row row(ModelFigures m, Priorities p, BigDecimal maxCost, BigDecimal maxTime) {
    Map<String, Double> normalized = new LinkedHashMap<>();
    normalized.put(Priorities.ACCURACY, m.avgScore());
    normalized.put(Priorities.COST, m.candidate() ? inverse(m.costPerToken(), maxCost) : null);
    BigDecimal mean = m.speedMs() == null ? null : BigDecimal.valueOf(m.speedMs());
    normalized.put(Priorities.SPEED, m.candidate() ? inverse(mean, maxTime) : null);
    for (String name : p.names()) {
      if (!Priorities.reserved(name)) {
        normalized.put(name, m.metricScores().get(name));
      }
    }
    if (!m.hasResults()) {
      return new Row(normalized, null, "no results");
    }
    BigDecimal sum = BigDecimal.ZERO;
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Double> w : p.weights().entrySet()) {
      if (w.getValue() == 0) {
        continue;
      }
      Double v = normalized.get(w.getKey());
      if (v == null) {
        missing.add(whyUnknown(w.getKey(), m));
      } else {
        sum = sum.add(BigDecimal.valueOf(w.getValue()).multiply(BigDecimal.valueOf(v)));
      }
    }
    return missing.isEmpty()
        ? new Row(normalized, sum.doubleValue(), null)
        : new Row(normalized, null, String.join("; ", missing));
  }

  /** 1 − value ÷ max; 1 when the max is 0; null when either is unknown. */
  private static Double inverse(BigDecimal value, BigDecimal max) {
    if (value == null || max == null) {
      return null;
    }
    if (max.signum() == 0) {
      return 1.0;
    }
    return BigDecimal.ONE.subtract(value.divide(max, MathContext.DECIMAL64)).doubleValue();
  }

  private static String whyUnknown(String name, ModelFigures m) {
    return switch (name) {
      case Priorities.ACCURACY -> "no sample scored";
      case Priorities.COST -> m.recorded() ? "not called, so no cost" : "cost unknown (no price)";
      case Priorities.SPEED ->
          m.recorded()
              ? "not called, so no response time"
              : m.speedUnknown() != null ? m.speedUnknown() : "no successful call";
      default -> "metric " + name + " has no score";
    };
  }
}
