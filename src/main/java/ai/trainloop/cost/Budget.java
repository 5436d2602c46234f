package ai.trainloop.cost;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.Usage;
import ai.trainloop.run.CallAdmission;
import ai.trainloop.run.ModelTarget;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The spending cap of {@code --max-cost USD} / {@code benchmark.max_cost}, asked by the runner
 * before each call.
 *
 * <p>A call is admitted only when <em>spent</em> (actual costs of finished calls) plus <em>in
 * flight</em> (the estimates of calls admitted but not yet settled) plus <em>its own estimate</em>
 * stays within the budget. The estimate is {@link TokenEstimator#estimateCost}: the prompt's tokens
 * and the recorded reply's length capped at {@code max_tokens}. Once a call is refused, every later
 * call is refused too: the run stops sending. When a call ends, the caller {@link #settle settles}
 * it: its estimate is replaced by its actual cost, or released when the call failed or its cost is
 * unknown. So the final spend passes the budget only by what the calls already in flight cost
 * beyond their estimates.
 *
 * <p>A model without a price is estimated at $0 and its actual cost is unknown: the budget cannot
 * cover it. One warning per such model says so. The recorded provider replays replies and costs
 * nothing (no warning).
 *
 * <p>All arithmetic is exact {@link BigDecimal}; every method is thread-safe (one lock).
 */
public final class Budget implements CallAdmission {

  private final BigDecimal limit;
  private final PriceResolver prices;
  private final TokenEstimator estimator;
  private final Consumer<String> warnings;
  private final Map<String, Optional<ModelPrice>> priceByModel = new HashMap<>();
  private final Map<String, Deque<BigDecimal>> admitted = new HashMap<>();
  private final Map<String, Integer> settledOnReply = new HashMap<>();
  private BigDecimal spent = BigDecimal.ZERO;
  private BigDecimal inFlight = BigDecimal.ZERO;
  private String refusal;

  /**
   * @param limit the budget in USD, zero or more
   * @param prices resolves each model's price once
   * @param estimator estimates each call's cost
   * @param warnings receives one warning per model the budget cannot cover (no price)
   * @throws IllegalArgumentException when the limit is negative
   */
  public Budget(
      BigDecimal limit, PriceResolver prices, TokenEstimator estimator, Consumer<String> warnings) {
    Objects.requireNonNull(limit, "limit");
    if (limit.signum() < 0) {
      throw new IllegalArgumentException(
          "the budget must not be negative: " + limit.toPlainString());
    }
    this.limit = limit;
    this.prices = Objects.requireNonNull(prices, "prices");
    this.estimator = Objects.requireNonNull(estimator, "estimator");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  @Override
  public synchronized String refuse(ModelTarget model, RecordedCall sample) {
    if (refusal != null) {
      return refusal;
    }
    BigDecimal estimate = estimate(model.entry(), sample);
    if (spent.add(inFlight).add(estimate).compareTo(limit) > 0) {
      refusal =
          "budget of "
              + UsdFormat.format(limit)
              + " reached: spent "
              + UsdFormat.format(spent)
              + (inFlight.signum() > 0 ? " (+ ~" + UsdFormat.format(inFlight) + " in flight)" : "")
              + ", next call ~"
              + UsdFormat.format(estimate)
              + " ("
              + model.id()
              + ")";
      return refusal;
    }
    inFlight = inFlight.add(estimate);
    admitted
        .computeIfAbsent(key(model.id(), sample.id()), k -> new ArrayDeque<>())
        .addLast(estimate);
    return null;
  }

  /**
   * Asked before each judge call: admitted only when the spend, the calls in flight and {@code
   * estimate} stay within the budget (as {@link #refuse}); settle it with {@link #settle} under the
   * same {@code judgeId} and {@code callKey}.
   *
   * @return null when admitted; otherwise why the run stops
   */
  public synchronized String admitJudge(String judgeId, String callKey, BigDecimal estimate) {
    if (refusal != null) {
      return refusal;
    }
    if (spent.add(inFlight).add(estimate).compareTo(limit) > 0) {
      refusal =
          "budget of "
              + UsdFormat.format(limit)
              + " reached: spent "
              + UsdFormat.format(spent)
              + (inFlight.signum() > 0 ? " (+ ~" + UsdFormat.format(inFlight) + " in flight)" : "")
              + ", next judge call ~"
              + UsdFormat.format(estimate)
              + " ("
              + judgeId
              + ")";
      return refusal;
    }
    inFlight = inFlight.add(estimate);
    admitted.computeIfAbsent(key(judgeId, callKey), k -> new ArrayDeque<>()).addLast(estimate);
    return null;
  }

  /**
   * The call's reply arrived: it is settled now at its actual cost (unknown without a price or
   * usage), not when its row is written after scoring, so calls waiting for a slow metric do not
   * hold the budget at their estimates. Its row's later {@link #settle} is then a no-op.
   */
  @Override
  public synchronized void replied(ModelTarget model, RecordedCall sample, Usage usage) {
    String key = key(model.id(), sample.id());
    if (!admitted.containsKey(key)) {
      return; // never admitted: its row settles it
    }
    Optional<ModelPrice> price = priceByModel.getOrDefault(model.id(), Optional.empty());
    BigDecimal cost =
        price.isPresent() && usage != null && usage.known()
            ? CostCalculator.cost(usage, price.get())
            : null;
    release(key, cost);
    settledOnReply.merge(key, 1, Integer::sum);
  }

  /**
   * A call has ended: its estimate leaves the in-flight sum and its actual cost, when known, is
   * added to the spend. Pass null when the call failed or its cost is unknown. A call that was
   * never admitted (a model stopped before sending it) has no estimate to release; its actual cost,
   * if any, is still counted.
   */
  public synchronized void settle(String modelId, String sampleId, BigDecimal actualCost) {
    String key = key(modelId, sampleId);
    if (!takeSettledOnReply(key)) {
      release(key, actualCost);
    }
  }

  private void release(String key, BigDecimal actualCost) {
    Deque<BigDecimal> estimates = admitted.get(key);
    if (estimates != null) {
      inFlight = inFlight.subtract(estimates.removeFirst());
      if (estimates.isEmpty()) {
        admitted.remove(key);
      }
    }
    if (actualCost != null) {
      spent = spent.add(actualCost);
    }
  }

  private boolean takeSettledOnReply(String key) {
    Integer n = settledOnReply.get(key);
    if (n == null) {
      return false;
    }
    if (n == 1) {
      settledOnReply.remove(key);
    } else {
      settledOnReply.put(key, n - 1);
    }
    return true;
  }

  /**
   * A call cancelled in flight at the end of a stopped run's grace period: the provider may bill
   * it, so its estimate is kept as spent, not released.
   */
  public synchronized void settleUnfinished(String modelId, String sampleId) {
    if (takeSettledOnReply(key(modelId, sampleId))) {
      return; // its reply came and was counted; it was cut short while being scored
    }
    Deque<BigDecimal> estimates = admitted.get(key(modelId, sampleId));
    if (estimates != null) {
      BigDecimal estimate = estimates.removeFirst();
      if (estimates.isEmpty()) {
        admitted.remove(key(modelId, sampleId));
      }
      inFlight = inFlight.subtract(estimate);
      spent = spent.add(estimate);
    }
  }

  /** The budget in USD. */
  public BigDecimal limit() {
    return limit;
  }

  /** Actual costs of the settled calls. */
  public synchronized BigDecimal spent() {
    return spent;
  }

  /** Estimates of the calls admitted and not yet settled. */
  public synchronized BigDecimal inFlight() {
    return inFlight;
  }

  /** Why the budget stopped the run; null while it has not. */
  public synchronized String refusal() {
    return refusal;
  }

  /** Whether the budget has refused a call (the run is incomplete: exit 3). */
  public synchronized boolean reached() {
    return refusal != null;
  }

  private BigDecimal estimate(ProviderEntry entry, RecordedCall sample) {
    Optional<ModelPrice> price =
        priceByModel.computeIfAbsent(
            entry.id(),
            id -> {
              Optional<ModelPrice> p = prices.resolve(entry);
              if (p.isEmpty() && !entry.isRecorded()) {
                warnings.accept(
                    "the budget of "
                        + UsdFormat.format(limit)
                        + " cannot cover "
                        + id
                        + ": it has no price, so its calls count as $0 against the budget");
              }
              return p;
            });
    return price.map(p -> estimator.estimateCost(entry, sample, p)).orElse(BigDecimal.ZERO);
  }

  private static String key(String modelId, String sampleId) {
    return modelId + '\n' + sampleId;
  }
}
