package ai.trainloop.decide;

import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.cost.UsdFormat;
import ai.trainloop.format.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tutorial's threshold gates; only the gates that are set are checked.
 *
 * <ul>
 *   <li>{@code performance_threshold}: the Avg score must be at least this. A model with no scored
 *       sample fails.
 *   <li>{@code cost_threshold}: USD per 1K tokens must be at most this. A model whose cost is
 *       unknown (no price) fails: it cannot be shown to be within the limit, and a gate that passed
 *       on an unknown would recommend a model that may cost anything.
 *   <li>{@code max_response_time} (seconds): the p95 response time must stay below it. It is also
 *       each call's timeout, and an attempt that timed out is in the latency distribution at that
 *       limit, even when a retry then succeeded: so a p95 at the limit means more than 5% of
 *       attempts timed out, and fails. A model with neither a successful call nor a timeout fails.
 * </ul>
 *
 * <ul>
 *   <li>{@code max_error_rate} (default 0.05): the share of the model's calls that failed must not
 *       pass it (equal passes). Its Avg covers only the prompts it answered, so a model that failed
 *       more is never recommended. Checked for called models whose error rate is known; a model
 *       without results already fails as below.
 * </ul>
 *
 * A model with no results at all fails every gate set, with the one reason {@code no results}. The
 * recorded row was not called: only {@code performance_threshold} applies to it.
 *
 * @param performanceThreshold minimum Avg score; null when not set
 * @param costThresholdPer1k maximum USD per 1K tokens; null when not set
 * @param maxResponseTimeSeconds maximum p95 in seconds; null when not set
 * @param maxErrorRate maximum error rate (0..1); null when not checked
 */
public record Thresholds(
    Double performanceThreshold,
    BigDecimal costThresholdPer1k,
    Double maxResponseTimeSeconds,
    Double maxErrorRate) {

  public static final String PERFORMANCE = "performance_threshold";
  public static final String COST = "cost_threshold";
  public static final String RESPONSE_TIME = "max_response_time";
  public static final String ERROR_RATE = "max_error_rate";

  /** The threshold gates without the error-rate gate. */
  public Thresholds(
      Double performanceThreshold, BigDecimal costThresholdPer1k, Double maxResponseTimeSeconds) {
    this(performanceThreshold, costThresholdPer1k, maxResponseTimeSeconds, null);
  }

  /** No gate set. */
  public static Thresholds none() {
    return new Thresholds(null, null, null, null);
  }

  /**
   * The gates of {@code trainloop.benchmark}; the cost threshold is taken as the decimal written.
   */
  public static Thresholds from(BenchmarkConfig config) {
    Double cost = config.costThreshold();
    return new Thresholds(
        config.performanceThreshold(),
        cost == null ? null : BigDecimal.valueOf(cost),
        config.maxResponseTimeSeconds(),
        config.maxErrorRate());
  }

  /**
   * Whether any gate the user set is set (the error-rate gate, on by default, does not count here).
   */
  public boolean anySet() {
    return performanceThreshold != null
        || costThresholdPer1k != null
        || maxResponseTimeSeconds != null;
  }

  /** The model's verdict on every gate set. */
  public GateCheck check(ModelFigures m) {
    Map<String, Boolean> gates = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    if (!m.hasResults()) {
      for (String name : setGates(m)) {
        gates.put(name, false);
      }
      if (!gates.isEmpty()) {
        failures.add("no results");
      }
      return new GateCheck(gates, failures);
    }
    if (performanceThreshold != null) {
      String why = performance(m.avgScore());
      gates.put(PERFORMANCE, why == null);
      addIfFailed(failures, why);
    }
    if (costThresholdPer1k != null && !m.recorded()) {
      String why = cost(m.costPer1kTokens());
      gates.put(COST, why == null);
      addIfFailed(failures, why);
    }
    if (maxResponseTimeSeconds != null && !m.recorded()) {
      String why = responseTime(m.p95LatencyMs());
      gates.put(RESPONSE_TIME, why == null);
      addIfFailed(failures, why);
    }
    if (maxErrorRate != null && !m.recorded() && m.errorRate() != null) {
      String why = errorRate(m.errorRate());
      gates.put(ERROR_RATE, why == null);
      addIfFailed(failures, why);
    }
    return new GateCheck(gates, failures);
  }

  private String errorRate(Double rate) {
    if (rate == null || rate <= maxErrorRate) {
      return null;
    }
    return "error rate "
        + Formats.percent(rate)
        + " > "
        + Formats.percent(maxErrorRate)
        + " (its Avg covers only the prompts it answered)";
  }

  /**
   * The names of the gates set that apply to {@code m}, in report order: the recorded row, never
   * called, has only {@code performance_threshold}.
   */
  public List<String> setGates(ModelFigures m) {
    boolean recordedRow = m.recorded();
    List<String> names = new ArrayList<>();
    if (performanceThreshold != null) {
      names.add(PERFORMANCE);
    }
    if (costThresholdPer1k != null && !recordedRow) {
      names.add(COST);
    }
    if (maxResponseTimeSeconds != null && !recordedRow) {
      names.add(RESPONSE_TIME);
    }
    return names;
  }

  private String performance(Double avg) {
    if (avg == null) {
      return "no sample scored, so the Avg score cannot reach " + Num.plain(performanceThreshold);
    }
    if (avg >= performanceThreshold) {
      return null;
    }
    String[] p = Num.pair(avg, performanceThreshold);
    return "avg " + p[0] + " < " + p[1];
  }

  private String cost(BigDecimal per1k) {
    String limit = UsdFormat.format(costThresholdPer1k) + "/1K tok";
    if (per1k == null) {
      return "cost unknown (no price), so it cannot be shown to be within " + limit;
    }
    if (per1k.compareTo(costThresholdPer1k) <= 0) {
      return null;
    }
    String shown = UsdFormat.format(per1k);
    if (shown.equals(UsdFormat.format(costThresholdPer1k))) {
      shown = "$" + per1k.stripTrailingZeros().toPlainString();
    }
    return "cost " + shown + "/1K tok > " + limit;
  }

  private String responseTime(Double p95Ms) {
    if (p95Ms == null) {
      return "no successful call, so the p95 response time is unknown (limit "
          + Num.plain(maxResponseTimeSeconds)
          + " s)";
    }
    double seconds = p95Ms / 1000.0;
    if (seconds < maxResponseTimeSeconds) {
      return null;
    }
    String[] p = Num.pair(seconds, maxResponseTimeSeconds);
    if (seconds == maxResponseTimeSeconds) {
      return "p95 reached the " + p[1] + " s limit (more than 5% of attempts timed out)";
    }
    return "p95 " + p[0] + " s > " + p[1] + " s";
  }

  private static void addIfFailed(List<String> failures, String why) {
    if (why != null) {
      failures.add(why);
    }
  }
}
